import { SEVERITIES } from '../core/types.js';
const SEVERITY_ORDER = SEVERITIES;
const COMMAND = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'notice',
    info: 'notice',
};
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** GitHub shows at most this many annotations of each type (error, warning, notice) per step. */
export const ANNOTATIONS_PER_TYPE = 10;
/**
 * GitHub Actions workflow commands: one annotation per finding on its file and line (probe findings: on the run).
 * Past GitHub's per-step cap the most severe findings of each type are annotated and one notice counts the rest,
 * so the cap never hides silently which findings were left out.
 */
export const github = (result) => {
    const bySeverity = [...result.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    const shown = new Map();
    const kept = [];
    for (const finding of bySeverity) {
        const type = COMMAND[finding.severity];
        const count = shown.get(type) ?? 0;
        if (count < ANNOTATIONS_PER_TYPE)
            kept.push(finding);
        shown.set(type, count + 1);
    }
    let omitted = result.findings.length - kept.length;
    // The summary notice is itself a notice: make room for it.
    const notices = kept.filter((finding) => COMMAND[finding.severity] === 'notice');
    if (omitted > 0 && notices.length === ANNOTATIONS_PER_TYPE) {
        kept.splice(kept.lastIndexOf(notices.at(-1)), 1);
        omitted++;
    }
    const keptSet = new Set(kept);
    const lines = result.findings.filter((finding) => keptSet.has(finding)).map((finding) => {
        if (finding.http) {
            // A probe finding has no file in the repository; the annotation names the request instead.
            const title = `title=${escapeProperty(`${finding.ruleId} (${finding.severity})`)}`;
            return `::${COMMAND[finding.severity]} ${title}::${escapeData(`${finding.http.method} ${finding.http.url}: ${finding.message}. Fix: ${finding.fixHint}`)}`;
        }
        const { file, line, column, endLine, endColumn } = finding.location;
        const properties = [
            `file=${escapeProperty(file)}`,
            `line=${line}`,
            `col=${column}`,
            `endLine=${endLine}`,
            ...(endLine === line ? [`endColumn=${endColumn}`] : []),
            `title=${escapeProperty(`${finding.ruleId} (${finding.severity})`)}`,
        ];
        return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(`${finding.message}. Fix: ${finding.fixHint}`)}`;
    });
    if (omitted > 0) {
        lines.push(`::notice title=agent-harden::${omitted} more finding${omitted === 1 ? '' : 's'} not annotated (GitHub shows ${ANNOTATIONS_PER_TYPE} per type per step); the SARIF, JSON or text report lists all ${result.findings.length}`);
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
