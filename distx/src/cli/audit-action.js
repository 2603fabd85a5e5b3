import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXIT, UsageError } from '../core/errors.js';
import { evaluateGate } from '../core/gate.js';
import { audit, loadAuditConfig } from '../engine/audit.js';
import { compareWithBaseline, createBaseline, pruneBaseline, readBaseline, serializeBaseline } from '../engine/baseline.js';
import { AuditCache, DEFAULT_CACHE_DIRECTORY } from '../engine/cache.js';
import { areServiceRoots, auditServices } from '../engine/services.js';
import { baselineAtRef, limitToChangedSince } from '../engine/since-ref.js';
import { Timings } from '../engine/timing.js';
import { loadRenderer } from '../reporters/load.js';
import { useColor, writeFileAtomic, writeToStdout } from './output.js';
import { rendererFor } from './renderer.js';
import { formatTimings, timingRows } from './timing.js';
/** `--<format>-output FILE` flags: extra reports of the same scan, written beside the main one. */
const EXTRA_OUTPUTS = [
    ['sarifOutput', 'sarif'],
    ['jsonOutput', 'json'],
    ['junitOutput', 'junit'],
    ['markdownOutput', 'markdown'],
];
function checkCombinations(flags) {
    if (flags.pruneBaseline && !flags.baseline)
        throw new UsageError('--prune-baseline needs --baseline FILE (the baseline to prune)');
    if (flags.baseline && flags.baselineRef)
        throw new UsageError('use either --baseline FILE or --baseline-ref REF, not both');
    if (flags.writeBaseline && (flags.baseline || flags.baselineRef || flags.changedSince)) {
        throw new UsageError('--write-baseline records every finding; drop --baseline, --baseline-ref and --changed-since');
    }
}
/** The audit command's work; imported only when `audit` runs, so other commands never load the engine. */
export async function auditAction(paths, flags, setExitCode) {
    const render = await rendererFor(flags.format);
    checkCombinations(flags);
    const config = await loadAuditConfig({ paths, configFile: flags.config });
    const timingRowCount = timingRows(process.env.AGENT_HARDEN_TIMING);
    const timings = timingRowCount ? new Timings() : undefined;
    const jobs = flags.jobs ?? config.config.jobs;
    // Like Semgrep's `--optimizations none`: every rule on every file, to check that a prefilter hides nothing.
    const prefilters = process.env.AGENT_HARDEN_PREFILTER !== 'off';
    // Several directories without --config are service roots: each is audited with its own nearest config.
    const perService = !flags.config && areServiceRoots(paths, process.cwd());
    const cache = !perService && (flags.cache || flags.cacheLocation) ? new AuditCache(resolve(flags.cacheLocation ?? DEFAULT_CACHE_DIRECTORY)) : undefined;
    const result = perService
        ? await auditServices(paths, { cwd: process.cwd(), maxFileSize: flags.maxFileSize, inlineIgnores: flags.inlineIgnores, jobs, prefilters })
        : await audit({ paths, config, maxFileSize: flags.maxFileSize, inlineIgnores: flags.inlineIgnores, jobs, timings, cache, prefilters });
    if (flags.writeBaseline) {
        writeFileAtomic(flags.writeBaseline, serializeBaseline(createBaseline(result.findings)));
        process.stderr.write(`agent-harden: wrote ${result.findings.length} finding(s) to baseline ${flags.writeBaseline}\n`);
        return;
    }
    await applyBaseline(result, flags, paths, config);
    if (flags.changedSince)
        result.findings = await limitToChangedSince(result, flags.changedSince, result.cwd);
    if (result.services) {
        const kept = new Set(result.findings);
        for (const service of result.services)
            service.result.findings = service.result.findings.filter((finding) => kept.has(finding));
    }
    const gate = evaluateGate(result, {
        failOn: flags.failOn ?? config.config.failOn ?? 'high',
        minConfidence: flags.minConfidence ?? config.config.minConfidence ?? 'medium',
        minScore: flags.minScore ?? config.config.minScore,
    });
    const reportStarted = performance.now();
    for (const [flag, extraFormat] of EXTRA_OUTPUTS) {
        const file = flags[flag];
        if (file)
            writeFileAtomic(file, (await loadRenderer(extraFormat))(result, { color: false }));
    }
    const report = render(result, { color: !flags.output && useColor(flags.color) });
    if (flags.output)
        writeFileAtomic(flags.output, report);
    else
        await writeToStdout(report);
    timings?.add(`(report: ${flags.format})`, performance.now() - reportStarted);
    if (gate.scoreBelowMinimum)
        process.stderr.write(`agent-harden: readiness score ${result.score.overall} is below --min-score ${flags.minScore ?? config.config.minScore}\n`);
    if (timings)
        process.stderr.write(formatTimings(timings, timingRowCount));
    if (timings && cache)
        process.stderr.write(`cache: ${cache.hits} files reused, ${cache.misses.length} analysed\n`);
    setExitCode(gate.passed ? EXIT.ok : EXIT.gateFailed);
}
/** Narrows `result.findings` to what the baseline (a file or another commit) does not hold; reports a stale baseline file. */
async function applyBaseline(result, flags, paths, config) {
    if (flags.baselineRef) {
        const baseline = await baselineAtRef(flags.baselineRef, { paths, cwd: result.cwd, config, maxFileSize: flags.maxFileSize, inlineIgnores: flags.inlineIgnores });
        result.findings = compareWithBaseline(result.findings, baseline).fresh;
        return;
    }
    if (!flags.baseline)
        return;
    const baseline = await readBaseline(flags.baseline);
    const { fresh, stale } = compareWithBaseline(result.findings, baseline);
    result.findings = fresh;
    const staleCount = stale.reduce((sum, entry) => sum + entry.count, 0);
    if (flags.pruneBaseline) {
        if (staleCount > 0)
            writeFileAtomic(flags.baseline, serializeBaseline(pruneBaseline(baseline, stale)));
        process.stderr.write(`agent-harden: pruned ${staleCount} stale entr${staleCount === 1 ? 'y' : 'ies'} from baseline ${flags.baseline}\n`);
    }
    else if (staleCount > 0) {
        process.stderr.write(`agent-harden: baseline ${flags.baseline} has ${staleCount} stale entr${staleCount === 1 ? 'y' : 'ies'} (fixed or gone); --prune-baseline drops them\n`);
    }
}
