import { SEVERITIES } from '../core/types.js';
import { severityRank } from '../core/severity.js';
const TOP = 10;
const ICON = { critical: '🛑', high: '🔴', medium: '🟠', low: '🟡', info: '⚪' };
function cell(value) {
    return value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function row(finding, helpUri) {
    const rule = helpUri ? `[\`${finding.ruleId}\`](${helpUri})` : `\`${finding.ruleId}\``;
    return `| ${ICON[finding.severity]} ${finding.severity} | ${rule} | \`${cell(finding.location.file)}:${finding.location.line}\` | ${cell(finding.message)} |`;
}
/** A pull-request comment: score, counts, category scores, the top findings and the rest folded. */
export const markdown = (result) => {
    const help = new Map(result.rules.map((rule) => [rule.id, rule.helpUri]));
    const { overall, categories } = result.score;
    const counts = SEVERITIES.map((severity) => [severity, result.findings.filter((f) => f.severity === severity).length]);
    const out = [
        `## agent-harden ${result.kind}: readiness ${overall ?? 'n/a'}/100`,
        '',
        result.findings.length === 0 ? 'No findings. ✅' : counts.filter(([, n]) => n > 0).map(([severity, n]) => `${ICON[severity]} **${n}** ${severity}`).join(' · '),
        '',
        '| category | score |',
        '|---|---|',
        ...Object.entries(categories).map(([category, score]) => `| ${category} | ${score ?? 'n/a'} |`),
    ];
    if (result.findings.length > 0) {
        const ranked = [...result.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
        const header = ['| severity | rule | location | finding |', '|---|---|---|---|'];
        out.push('', `### Top findings`, '', ...header, ...ranked.slice(0, TOP).map((f) => row(f, help.get(f.ruleId))));
        if (ranked.length > TOP) {
            out.push('', `<details><summary>${ranked.length - TOP} more</summary>`, '', ...header, ...ranked.slice(TOP).map((f) => row(f, help.get(f.ruleId))), '', '</details>');
        }
    }
    const scope = result.kind === 'probe'
        ? `${result.summary.requests} requests to ${result.summary.target}`
        : `${result.summary.filesScanned} files scanned${result.summary.filesSkipped.length ? `, ${result.summary.filesSkipped.length} skipped` : ''}`;
    out.push('', `<sub>${scope} · run \`agent-harden explain <rule>\` for the rationale and fix.</sub>`, '');
    return out.join('\n');
};
