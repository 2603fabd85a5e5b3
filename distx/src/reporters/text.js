import { Chalk } from 'chalk';
import { SEVERITIES } from '../core/types.js';
const SEVERITY_STYLE = {
    critical: (c) => c.bgRed.white.bold,
    high: (c) => c.red.bold,
    medium: (c) => c.yellow,
    low: (c) => c.cyan,
    info: (c) => c.gray,
};
// A route-level finding spans its whole handler; its first lines say where it is, the rest is noise on a terminal.
const MAX_FRAME_LINES = 3;
function frame(finding, chalk) {
    if (!finding.snippet)
        return [];
    const lines = finding.snippet.split('\n').slice(0, MAX_FRAME_LINES);
    const width = String(finding.location.line + lines.length - 1).length;
    const out = [];
    lines.forEach((text, index) => {
        const lineNumber = finding.location.line + index;
        out.push(`    ${chalk.gray(`${String(lineNumber).padStart(width)} |`)} ${text}`);
        if (lineNumber > finding.location.endLine)
            return;
        const start = index === 0 ? finding.location.column - 1 : text.search(/\S|$/);
        const end = lineNumber === finding.location.endLine ? finding.location.endColumn - 1 : text.length;
        if (end > start)
            out.push(`    ${' '.repeat(width)} ${chalk.gray('|')} ${' '.repeat(start)}${chalk.red('~'.repeat(end - start))}`);
    });
    const lastShown = finding.location.line + lines.length - 1;
    if (finding.location.endLine > lastShown)
        out.push(`    ${' '.repeat(width)} ${chalk.gray(`| … through line ${finding.location.endLine}`)}`);
    return out;
}
function counts(findings) {
    const bySeverity = SEVERITIES.map((severity) => [severity, findings.filter((f) => f.severity === severity).length]).filter(([, n]) => n > 0);
    return bySeverity.map(([severity, n]) => `${n} ${severity}`).join(', ');
}
function scoreLine(result) {
    const { overall, categories } = result.score;
    const parts = Object.entries(categories)
        .filter(([, value]) => value !== null)
        .map(([category, value]) => `${category} ${value}`);
    return `readiness score ${overall ?? 'n/a'}/100${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
/** Findings grouped by file with a code frame, then skips, parse errors and a summary line. */
export const text = (result, options) => {
    const chalk = new Chalk({ level: options.color ? 1 : 0 });
    const out = [];
    let currentFile = '';
    for (const finding of result.findings) {
        if (finding.location.file !== currentFile) {
            currentFile = finding.location.file;
            out.push('', chalk.underline(currentFile));
        }
        const where = finding.http ? finding.http.method : `${finding.location.line}:${finding.location.column}`;
        const severity = SEVERITY_STYLE[finding.severity](chalk)(finding.severity.padEnd(8));
        const confidence = finding.confidence === 'high' ? '' : chalk.gray(` (${finding.confidence} confidence)`);
        out.push(`  ${chalk.gray(where.padEnd(8))} ${severity} ${finding.message}${confidence}  ${chalk.gray(finding.ruleId)}`);
        if (!finding.http)
            out.push(...frame(finding, chalk));
        out.push(`    ${chalk.gray('fix:')} ${finding.fixHint}`);
    }
    out.push(...(result.kind === 'probe' ? probeFooter(result, chalk) : auditFooter(result, chalk)));
    return `${out.join('\n').replace(/^\n/, '')}\n`;
};
function auditFooter(result, chalk) {
    const out = [];
    const { summary } = result;
    if (summary.suppressionProblems.length > 0) {
        out.push('', chalk.bold('Suppression comments'));
        for (const problem of summary.suppressionProblems)
            out.push(`  ${problem.file}:${problem.line}  ${problem.message}`);
    }
    if (summary.parseErrors.length > 0) {
        out.push('', chalk.bold('Parse errors (the rest of each file was still checked)'));
        for (const note of summary.parseErrors)
            out.push(`  ${note.file}:${note.line}:${note.column}  ${note.message}`);
    }
    if (summary.ruleErrors.length > 0) {
        out.push('', chalk.bold.red('Rule errors (a bug in agent-harden; please report it)'));
        for (const note of summary.ruleErrors)
            out.push(`  ${note.file}  ${note.ruleId}: ${note.message}`);
    }
    if (summary.filesSkipped.length > 0) {
        out.push('', chalk.bold(`Skipped (${summary.filesSkipped.length})`));
        for (const skip of summary.filesSkipped)
            out.push(`  ${skip.file}  ${skip.reason}${skip.detail ? ` (${skip.detail})` : ''}`);
    }
    out.push('');
    const found = result.findings.length;
    const headline = found === 0 ? chalk.green('✔ no findings') : chalk.bold(`✖ ${found} finding${found === 1 ? '' : 's'} (${counts(result.findings)})`);
    const suppressed = summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : '';
    out.push(`${headline} in ${summary.filesScanned} file${summary.filesScanned === 1 ? '' : 's'}${suppressed} · ${scoreLine(result)} · ${summary.durationMs} ms`);
    return out;
}
const CHECK_STYLE = {
    pass: (c) => c.green,
    fail: (c) => c.red.bold,
    warn: (c) => c.yellow,
    skipped: (c) => c.gray,
    incomplete: (c) => c.magenta,
};
/** One row per check: status, requests used of its declared maximum, and its note. */
function probeFooter(result, chalk) {
    const { summary } = result;
    const width = Math.max(...summary.probeChecks.map((check) => check.id.length));
    const out = ['', chalk.bold(`Checks against ${summary.target}`)];
    for (const check of summary.probeChecks) {
        const status = CHECK_STYLE[check.status](chalk)(check.status.padEnd(10));
        const requests = chalk.gray(`${String(check.requests).padStart(3)}/${String(check.maxRequests).padEnd(3)} req`);
        out.push(`  ${status} ${check.id.padEnd(width)}  ${requests}${check.note ? `  ${chalk.gray(check.note)}` : ''}`);
    }
    out.push('');
    const found = result.findings.length;
    const headline = found === 0 ? chalk.green('✔ no findings') : chalk.bold(`✖ ${found} finding${found === 1 ? '' : 's'} (${counts(result.findings)})`);
    out.push(`${headline} · ${summary.requests} of ${summary.budget} requests · ${scoreLine(result)} · ${summary.durationMs} ms`);
    return out;
}
