import { type Rule } from '../rule-kit/define-rule.js';
import type { Finding, Severity } from '../core/types.js';
import type { RawFinding } from './report.js';
/**
 * Findings are sorted by file, line, column, rule id, end position and message,
 * so output never depends on walk or worker order (documented in docs/json-report.md).
 */
export declare function compareFindings(a: Finding, b: Finding): number;
/**
 * Stable when lines move: rule + path + normalised matched code + the index of
 * this occurrence among identical ones in the same file.
 */
export declare function assignFingerprints(findings: Finding[]): void;
/**
 * A secret found in a file is masked in every finding of that file, whichever
 * rule reported it: another finding's snippet may show the same line.
 */
export declare function shareRedactions(findings: RawFinding[]): RawFinding[];
/** Turns what a rule reported into a Finding: words from the rule's messages, policy from config. */
export declare function toFinding(raw: RawFinding, rule: Rule, severityOverride: Severity | undefined): Finding;
