import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { computeScore } from '../core/score.js';
import { audit, loadAuditConfig } from './audit.js';
import { compareFindings } from './finalize.js';
/** Several directories on the command line are service roots of a monorepo (`audit services/*`). */
export function areServiceRoots(paths, cwd) {
    if (paths.length < 2)
        return false;
    return paths.every((path) => {
        try {
            return statSync(resolve(cwd, path)).isDirectory();
        }
        catch {
            return false;
        }
    });
}
const CHECK_RANK = { fail: 2, pass: 1, 'not-applicable': 0 };
/**
 * Audits each service root on its own, with the config found from that root
 * upward, and merges the results for the text and JSON reports; the per-service
 * results stay in `services` for formats that keep them apart (SARIF runs).
 */
export async function auditServices(paths, options) {
    const started = performance.now();
    const services = [];
    for (const path of paths) {
        const config = await loadAuditConfig({ paths: [path], cwd: options.cwd });
        const result = await audit({ paths: [path], cwd: options.cwd, config, maxFileSize: options.maxFileSize, inlineIgnores: options.inlineIgnores, jobs: options.jobs, prefilters: options.prefilters });
        services.push({ id: path.replace(/\\/g, '/').replace(/\/+$/, '') || '.', result });
    }
    const findings = services.flatMap((service) => service.result.findings).sort(compareFindings);
    const rules = new Map();
    const checks = {};
    for (const { result } of services) {
        for (const rule of result.rules)
            if (!rules.has(rule.id))
                rules.set(rule.id, rule);
        for (const [id, status] of Object.entries(result.checks))
            if (!checks[id] || CHECK_RANK[status] > CHECK_RANK[checks[id]])
                checks[id] = status;
    }
    const summaries = services.map((service) => service.result.summary);
    const byFile = (items) => items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const descriptors = [...rules.values()];
    return {
        kind: 'audit',
        findings,
        score: computeScore(descriptors, checks, findings),
        summary: {
            filesScanned: summaries.reduce((sum, summary) => sum + summary.filesScanned, 0),
            filesSkipped: byFile(summaries.flatMap((summary) => summary.filesSkipped)),
            parseErrors: byFile(summaries.flatMap((summary) => summary.parseErrors)),
            ruleErrors: byFile(summaries.flatMap((summary) => summary.ruleErrors)),
            suppressionProblems: byFile(summaries.flatMap((summary) => summary.suppressionProblems)),
            suppressed: summaries.reduce((sum, summary) => sum + summary.suppressed, 0),
            durationMs: Math.round(performance.now() - started),
        },
        rules: descriptors,
        checks,
        cwd: resolve(options.cwd),
        services,
    };
}
