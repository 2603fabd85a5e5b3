import type { Reporter } from './types.js';
/**
 * JUnit XML with one test case per rule that ran: a passing check passes, a failing one
 * lists its findings, a check that did not apply is skipped. CI test tabs show it as-is.
 */
export declare const junit: Reporter;
