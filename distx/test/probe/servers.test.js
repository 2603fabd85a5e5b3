import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sarifErrors } from '../support/sarif.js';
import { runCliAsync } from '../support/cli.js';
import { startFastApiServer, startNodeServer } from './servers.js';
function ruleIds(report) {
    return new Set(report.findings.map((finding) => finding.ruleId));
}
function messageIds(report, ruleId) {
    return report.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.messageId);
}
describe('probe against an insecure Express agent server', () => {
    let server;
    let report;
    let status;
    before(async () => {
        server = await startNodeServer('express-insecure');
        const run = await runCliAsync(['probe', server.url, '-f', 'json', '--rate-limit-burst', '10']);
        status = run.status;
        report = JSON.parse(run.stdout);
    });
    after(() => server.close());
    it('reports every gap the server has, with the audit rule ids, and fails the gate', () => {
        assert.equal(status, 1);
        assert.equal(report.kind, 'probe');
        for (const id of [
            'cors-wildcard',
            'missing-auth',
            'missing-health-endpoint',
            'missing-readiness-endpoint',
            'error-detail-leak',
            'unbounded-request-input',
            'insecure-cookie',
            'missing-rate-limit',
            'probe-security-headers',
            'probe-server-banner',
        ]) {
            assert.ok(ruleIds(report).has(id), `expected ${id} in ${[...ruleIds(report)].join(', ')}`);
        }
        const cors = report.findings.find((finding) => finding.ruleId === 'cors-wildcard');
        assert.equal(cors.messageId, 'withCredentials');
        assert.equal(cors.severity, 'critical');
        assert.deepEqual(messageIds(report, 'missing-auth'), ['readWithoutCredentials']);
        assert.deepEqual(messageIds(report, 'error-detail-leak'), ['stackTrace']);
    });
    it('locates each finding at its method and URL, line 1, source probe', () => {
        for (const finding of report.findings) {
            assert.equal(finding.source, 'probe');
            assert.equal(finding.location.file, finding.http.url);
            assert.equal(finding.location.line, 1);
            assert.ok(finding.http.url.startsWith(server.url));
        }
    });
});
describe('probe against an insecure FastAPI server (Debian python3-fastapi + python3-uvicorn)', () => {
    let server;
    let report;
    before(async () => {
        server = await startFastApiServer();
        const run = await runCliAsync(['probe', server.url, '-f', 'json', '--rate-limit-burst', '10']);
        assert.equal(run.status, 1, run.stderr);
        report = JSON.parse(run.stdout);
    });
    after(() => server?.close());
    it('reports wildcard CORS, open docs, chatty and static health, missing auth, no body or rate limit, a thin agent card', () => {
        for (const id of [
            'cors-wildcard',
            'api-docs-exposed',
            'health-leaks-internals',
            'static-health-check',
            'missing-auth',
            'unbounded-request-input',
            'missing-rate-limit',
            'probe-a2a-agent-card',
            'probe-server-banner',
        ]) {
            assert.ok(ruleIds(report).has(id), `expected ${id} in ${[...ruleIds(report)].join(', ')}`);
        }
        assert.deepEqual(messageIds(report, 'cors-wildcard'), ['wildcard']);
        // The OpenAPI document fed the auth check: a GET route and a POST validated without credentials.
        assert.deepEqual(messageIds(report, 'missing-auth').sort(), ['readWithoutCredentials', 'validatedWithoutCredentials']);
        assert.ok(!ruleIds(report).has('missing-health-endpoint'));
        assert.ok(!ruleIds(report).has('missing-readiness-endpoint'));
    });
});
describe('probe against a hardened Fastify server', () => {
    let server;
    before(async () => {
        server = await startNodeServer('fastify-hardened');
    });
    after(() => server.close());
    it('finds nothing at medium or above in a full default run, within the default budget', async () => {
        const run = await runCliAsync(['probe', server.url, '-f', 'json', '-H', 'Authorization: Bearer test-token', '--endpoint', 'POST /chat']);
        assert.equal(run.status, 0, run.stdout + run.stderr);
        const report = JSON.parse(run.stdout);
        const serious = report.findings.filter((finding) => ['critical', 'high', 'medium'].includes(finding.severity));
        assert.deepEqual(serious, []);
        const byId = Object.fromEntries(report.summary.probeChecks.map((check) => [check.id, check]));
        assert.equal(byId['missing-rate-limit'].status, 'pass', byId['missing-rate-limit'].note);
        assert.equal(byId['unbounded-request-input'].status, 'pass');
        assert.equal(report.summary.requests, server.requests, 'every request the server saw is counted');
        assert.ok(server.requests <= 120, `${server.requests} requests`);
        // The number the issue asks for: a full default probe against the hardened server.
        console.log(`# hardened full default probe: ${server.requests} requests, ${Math.round(run.ms)} ms wall (${report.summary.durationMs} ms in the run)`);
    });
    it('never prints a credential in any format', async () => {
        for (const format of ['text', 'json', 'sarif', 'github']) {
            const run = await runCliAsync(['probe', server.url, '-f', format, '-H', 'Authorization: Bearer test-token', '--rate-limit-burst', '2']);
            assert.ok(!(run.stdout + run.stderr).includes('test-token'), format);
        }
    });
});
describe('probe report formats', () => {
    let server;
    before(async () => {
        server = await startNodeServer('express-insecure');
    });
    after(() => server.close());
    it('text shows a per-check table with status and requests used', async () => {
        const run = await runCliAsync(['probe', server.url, '--rate-limit-burst', '3']);
        assert.equal(run.status, 1);
        assert.match(run.stdout, /Checks against http:\/\/127\.0\.0\.1:\d+\//);
        assert.match(run.stdout, /^ {2}fail {7}cors-wildcard +\d+\/4 +req/m);
        assert.match(run.stdout, /^ {2}skipped {4}probe-https-redirect +0\/1 +req +the target is not https/m);
        assert.match(run.stdout, /✖ \d+ findings .* · \d+ of 120 requests · /);
    });
    it('SARIF is valid 2.1.0 and names the URL as the artifact', async () => {
        const run = await runCliAsync(['probe', server.url, '-f', 'sarif', '--rate-limit-burst', '3']);
        const sarif = JSON.parse(run.stdout);
        assert.deepEqual(sarifErrors(sarif), []);
        const uris = sarif.runs[0].results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri);
        assert.ok(uris.length > 0 && uris.every((uri) => uri.startsWith(server.url)), uris.join(' '));
    });
    it('github annotations name the request, not a file', async () => {
        const run = await runCliAsync(['probe', server.url, '-f', 'github', '--rate-limit-burst', '3']);
        assert.match(run.stdout, /^::error title=cors-wildcard \(critical\)::GET http:\/\/127\.0\.0\.1:\d+\/: CORS allows/m);
        assert.ok(!run.stdout.includes('file='));
    });
});
