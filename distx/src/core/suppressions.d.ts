import type { SuppressionProblem } from './types.js';
export interface Suppression {
    ruleId: string;
    reason: string;
    /** 1-based line of the comment. */
    line: number;
    /** True when the comment shares its line with code (it then covers that line only). */
    trailing: boolean;
    used: boolean;
}
/**
 * Reads inline suppressions from a file's text. A suppression covers its own line
 * and, when it stands alone, the next line. Problems (no reason, unknown rule)
 * are returned for reporting; those suppressions do not apply.
 */
export declare function readSuppressions(file: string, text: string, knownRuleIds: ReadonlySet<string>, now?: number): {
    suppressions: Suppression[];
    problems: SuppressionProblem[];
};
/** The suppression covering a finding of `ruleId` that starts on `line`, if any. */
export declare function matchSuppression(suppressions: Suppression[], ruleId: string, line: number): Suppression | undefined;
export declare function unusedSuppressionProblems(file: string, suppressions: Suppression[]): SuppressionProblem[];
