import type { Finding } from '../../src/core/types.js';

/** One line per finding: `<file relative to the project>:<line> <rule-id>`, sorted. */
export function findingLines(findings: { ruleId: string; location: Pick<Finding['location'], 'file' | 'line'> }[]): string[] {
  return findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}`).sort();
}

export function parseExpectedFindings(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .sort();
}
