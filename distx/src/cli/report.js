import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { REPORT_FORMATS } from '../reporters/formats.js';
import { useColor, writeFileAtomic, writeToStdout } from './output.js';
/** A saved `--format json` document back as the result it was rendered from. */
function readSavedResult(file) {
    let data;
    try {
        data = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new UsageError(code ? `cannot read ${file} (${code})` : `${file} is not valid JSON; save one with --format json or --json-output`);
    }
    if (data.schemaVersion !== 1 || (data.kind !== 'audit' && data.kind !== 'probe') || !Array.isArray(data.findings)) {
        throw new UsageError(`${file} is not an agent-harden JSON report (schemaVersion 1); save one with --format json or --json-output`);
    }
    if (!Array.isArray(data.rules)) {
        throw new UsageError(`${file} was saved by an older agent-harden without rule descriptors; audit again to re-render it`);
    }
    const { findings, score, summary, rules, checks, kind } = data;
    // Locations are relative to where the audit ran; re-rendering from that same directory gives the same SARIF %SRCROOT%.
    return { kind, findings, score, summary, rules, checks, ...(kind === 'audit' ? { cwd: process.cwd() } : {}) };
}
export function registerReport(program) {
    program
        .command('report')
        .description('re-render a saved JSON result (from --format json or --json-output) in another format, without scanning')
        .argument('<results>', 'a JSON report file')
        .option('-f, --format <name>', `report format: ${REPORT_FORMATS.join(', ')}`, 'text')
        .option('-o, --output <file>', 'write the report to a file instead of stdout')
        .option('--no-color', 'never colour the output')
        .action(async (file, flags) => {
        const { rendererFor } = await import('./renderer.js');
        const render = await rendererFor(flags.format);
        const rendered = render(readSavedResult(file), { color: !flags.output && useColor(flags.color) });
        if (flags.output)
            writeFileAtomic(flags.output, rendered);
        else
            await writeToStdout(rendered);
    });
}
