import type { Finding } from '../../src/core/types.js';
/** One line per finding: `<file relative to the project>:<line> <rule-id>`, sorted. */
export declare function findingLines(findings: {
    ruleId: string;
    location: Pick<Finding['location'], 'file' | 'line'>;
}[]): string[];
export declare function parseExpectedFindings(text: string): string[];
