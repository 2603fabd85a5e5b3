import { DOCS_BASE_URL } from '../engine/registry.js';
import { assignFingerprints, compareFindings } from '../engine/finalize.js';
import { interpolate } from '../rule-kit/define-rule.js';
import { computeScore } from '../core/score.js';
import { atLeast, maxSeverity } from '../core/severity.js';
import { UsageError } from '../core/errors.js';
import { PROBE_CHECKS } from './checks/index.js';
import { maxRequestsOf } from './define-probe.js';
import { ProbeStop, ProbeTransportError } from './http-types.js';
import { createSession } from './session.js';
import { parseTarget } from './target.js';
import { createUndiciTransport } from './transport.js';
/** The check that decides whether the target is probeable at all; a transport failure there ends the run with exit 2. */
const GATE_CHECK = 'probe-reachability';
const NO_TRANSPORT = {
    send: () => Promise.reject(new Error('--dry-run sends nothing')),
    close: async () => { },
};
/** Shared ids link to the audit rule's page; `probe-…` ids to their section of docs/probe.md. */
export function describeProbe(check) {
    const shared = !check.id.startsWith('probe-');
    return {
        id: check.id,
        category: check.category,
        severity: check.severity,
        confidence: check.confidence,
        summary: check.summary,
        fixHint: check.fixHint,
        seeds: [],
        languages: [],
        helpUri: shared ? `${DOCS_BASE_URL}/${check.id}.md` : `${DOCS_BASE_URL.replace(/\/rules$/, '/docs')}/probe.md#checks`,
    };
}
function toFinding(check, report) {
    const template = check.messages[report.messageId];
    if (template === undefined)
        throw new TypeError(`probe ${check.id} reported unknown messageId "${report.messageId}"`);
    const data = report.data ?? {};
    const { method, url } = report.response;
    return {
        ruleId: check.id,
        messageId: report.messageId,
        data,
        message: interpolate(template, data, check.id),
        severity: report.severity ? maxSeverity(check.severity, report.severity) : check.severity,
        confidence: report.confidence ?? check.confidence,
        category: check.category,
        location: { file: url, line: 1, column: 1, endLine: 1, endColumn: 1 },
        snippet: `${method} ${url} → ${report.evidence}`,
        fixHint: check.fixHint,
        fixable: false,
        fingerprint: '',
        source: 'probe',
        http: { method, url },
    };
}
function statusOf(findings, warned) {
    if (findings.some((finding) => atLeast(finding.severity, 'medium')))
        return 'fail';
    return findings.length > 0 || warned ? 'warn' : 'pass';
}
const SCORE_STATUS = {
    pass: 'pass',
    warn: 'pass',
    fail: 'fail',
    skipped: 'not-applicable',
    incomplete: 'not-applicable',
};
/**
 * Runs every enabled check in order against one target, within the request
 * budget and the run deadline, and returns the findings as data.
 */
export async function probe({ url, options, dryRun = false }) {
    const started = performance.now();
    const target = parseTarget(url);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), options.deadlineMs);
    const deadlinePassed = new Promise((_, reject) => {
        deadline.signal.addEventListener('abort', () => reject(new ProbeStop('deadline', 'the run deadline passed')), { once: true });
    });
    deadlinePassed.catch(() => { });
    const transport = dryRun ? NO_TRANSPORT : await createUndiciTransport({ concurrency: options.concurrency, timeoutMs: options.timeoutMs });
    const session = createSession(target, options, transport, deadline.signal, dryRun);
    const state = { routes: [], responses: session.responses };
    const findings = [];
    const outcomes = [];
    try {
        for (const check of PROBE_CHECKS) {
            const maxRequests = maxRequestsOf(check, options);
            const outcome = { id: check.id, summary: check.summary, status: 'pass', requests: 0, maxRequests };
            outcomes.push(outcome);
            if (options.disabledChecks.has(check.id)) {
                Object.assign(outcome, { status: 'skipped', note: 'turned off in the config file' });
                continue;
            }
            if (deadline.signal.aborted) {
                Object.assign(outcome, { status: 'incomplete', note: 'not run: the run deadline passed' });
                continue;
            }
            const http = session.clientFor({ id: check.id, maxRequests, expectsRateLimit: check.expectsRateLimit });
            const reported = [];
            const notes = [];
            let skipped;
            let warned = false;
            const ctx = {
                report: (report) => reported.push(toFinding(check, report)),
                skip: (reason) => {
                    skipped = reason;
                },
                warn: (note) => {
                    warned = true;
                    notes.push(note);
                },
                note: (text) => notes.push(text),
                sleep: (ms) => Promise.race([new Promise((resolve) => setTimeout(resolve, ms)), deadlinePassed]),
                state,
                options,
            };
            try {
                await Promise.race([check.run(target, http, ctx), deadlinePassed]);
                outcome.status = skipped !== undefined ? 'skipped' : statusOf(reported, warned);
                if (skipped !== undefined)
                    notes.unshift(skipped);
            }
            catch (error) {
                if (check.id === GATE_CHECK && (error instanceof ProbeTransportError || error instanceof ProbeStop)) {
                    throw new UsageError(`cannot probe ${target.url}: ${error.message}`);
                }
                if (!(error instanceof ProbeStop || error instanceof ProbeTransportError))
                    throw error;
                outcome.status = 'incomplete';
                notes.unshift(error.message);
            }
            outcome.requests = http.used;
            if (notes.length > 0)
                outcome.note = notes.join('; ');
            // An incomplete check still reports what it saw before it stopped.
            findings.push(...reported);
        }
    }
    finally {
        clearTimeout(timer);
        await transport.close();
    }
    findings.sort(compareFindings);
    assignFingerprints(findings);
    const rules = PROBE_CHECKS.map((check) => describeProbe(check));
    const checks = Object.fromEntries(outcomes.map((outcome) => [outcome.id, SCORE_STATUS[outcome.status]]));
    const result = {
        kind: 'probe',
        findings,
        score: computeScore(rules, checks, findings),
        rules,
        checks,
        summary: {
            target: target.url,
            requests: session.used,
            budget: options.budget,
            durationMs: Math.round(performance.now() - started),
            probeChecks: outcomes,
        },
    };
    return { result, planned: session.planned };
}
