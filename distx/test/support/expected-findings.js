/** One line per finding: `<file relative to the project>:<line> <rule-id>`, sorted. */
export function findingLines(findings) {
    return findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}`).sort();
}
export function parseExpectedFindings(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .sort();
}
