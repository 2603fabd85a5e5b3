import type { Reporter } from './types.js';
/** SARIF 2.1.0 as GitHub code scanning accepts it: rules with help, %SRCROOT%-relative URIs. */
export declare const sarif: Reporter;
