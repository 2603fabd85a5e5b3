import { EXIT } from '../core/errors.js';
import { evaluateGate } from '../core/gate.js';
import { loadAuditConfig } from '../engine/audit.js';
import { parseProbeConfig, resolveProbeOptions } from '../probe/options.js';
import { probe } from '../probe/run.js';
import { useColor, writeFileAtomic, writeToStdout } from './output.js';
import { rendererFor } from './renderer.js';
/** Consecutive identical requests (the rate-limit burst) become one line with a count. */
function formatPlan(target, planned, budget) {
    const rows = [];
    for (const request of planned) {
        const last = rows.at(-1);
        if (last && last.request.check === request.check && last.request.method === request.method && last.request.url === request.url)
            last.times++;
        else
            rows.push({ request, times: 1 });
    }
    const width = Math.max(0, ...planned.map((request) => request.check.length));
    const lines = rows.map(({ request, times }) => {
        const body = request.bodyBytes > 0 ? `  (${request.bodyBytes} byte body)` : '';
        return `  ${request.check.padEnd(width)}  ${request.method.padEnd(7)} ${request.url}${times > 1 ? ` ×${times}` : ''}${body}`;
    });
    const headerNames = [...new Set(planned.flatMap((request) => request.headerNames))].sort();
    return [
        `Dry run: at most ${planned.length} requests to ${target} (budget ${budget}); nothing was sent.`,
        ...lines,
        `Headers sent (names only): ${headerNames.join(', ')}`,
        '',
    ].join('\n');
}
export async function runProbeCommand(url, flags) {
    const render = await rendererFor(flags.format);
    const loaded = await loadAuditConfig({ paths: ['.'], configFile: flags.config });
    const options = resolveProbeOptions(flags, parseProbeConfig(loaded.config.probe, loaded.file));
    const { result, planned } = await probe({ url, options, dryRun: flags.dryRun });
    if (flags.dryRun) {
        process.stdout.write(formatPlan(result.summary.target, planned, options.budget));
        return EXIT.ok;
    }
    const gate = evaluateGate(result, {
        failOn: flags.failOn ?? loaded.config.failOn ?? 'high',
        minConfidence: flags.minConfidence ?? loaded.config.minConfidence ?? 'medium',
    });
    const report = render(result, { color: !flags.output && useColor(flags.color) });
    if (flags.output)
        writeFileAtomic(flags.output, report);
    else
        await writeToStdout(report);
    return gate.passed ? EXIT.ok : EXIT.gateFailed;
}
