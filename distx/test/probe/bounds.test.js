import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCliAsync } from '../support/cli.js';
import { startNodeServer } from './servers.js';
describe('probe bounds', () => {
    let server;
    before(async () => {
        server = await startNodeServer('express-insecure');
    });
    after(() => server.close());
    it('--dry-run lists every request and sends none', async () => {
        const before = server.requests;
        const run = await runCliAsync(['probe', server.url, '--dry-run', '-H', 'Authorization: Bearer secret-value']);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(server.requests, before, 'the server saw no request');
        assert.match(run.stdout, /^Dry run: at most \d+ requests to http:\/\/127\.0\.0\.1:\d+\/ \(budget 120\); nothing was sent\./);
        assert.match(run.stdout, /missing-health-endpoint +GET +http:\/\/127\.0\.0\.1:\d+\/livez/);
        assert.match(run.stdout, /unbounded-request-input +POST +http:\/\/127\.0\.0\.1:\d+\/ +\(2097152 byte body\)/);
        assert.match(run.stdout, /missing-rate-limit +GET +http:\/\/127\.0\.0\.1:\d+\/ ×60/);
        assert.match(run.stdout, /Headers sent \(names only\): .*authorization/);
        assert.ok(!run.stdout.includes('secret-value'));
        const planned = Number(/at most (\d+) requests/.exec(run.stdout)[1]);
        assert.ok(planned <= 120, `${planned} planned`);
    });
    it('a default run stays within its declared budget, and the count it reports is what the server saw', async () => {
        const before = server.requests;
        const run = await runCliAsync(['probe', server.url, '-f', 'json']);
        const report = JSON.parse(run.stdout);
        const seen = server.requests - before;
        assert.equal(report.summary.requests, seen);
        assert.ok(seen <= report.summary.budget && report.summary.budget === 120, `${seen} requests`);
        for (const check of report.summary.probeChecks)
            assert.ok(check.requests <= check.maxRequests, `${check.id} ${check.requests}/${check.maxRequests}`);
        assert.equal(report.summary.probeChecks.reduce((sum, check) => sum + check.requests, 0), seen);
    });
    it('--budget caps the whole run and leaves the remaining checks incomplete', async () => {
        const before = server.requests;
        const run = await runCliAsync(['probe', server.url, '-f', 'json', '--budget', '10']);
        const report = JSON.parse(run.stdout);
        assert.equal(server.requests - before, 10);
        const incomplete = report.summary.probeChecks.filter((check) => check.status === 'incomplete');
        assert.ok(incomplete.length > 0);
        assert.match(incomplete[0].note ?? '', /request budget \(10\) is spent/);
    });
    it('the config file probe section sets bounds and turns checks off; bad keys are a config error', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'agent-harden-probe-'));
        try {
            writeFileSync(join(dir, 'agent-harden.config.json'), JSON.stringify({ probe: { rateLimitBurst: 4, checks: { 'cors-wildcard': 'off' } } }));
            const run = await runCliAsync(['probe', server.url, '-f', 'json'], { cwd: dir });
            const report = JSON.parse(run.stdout);
            const byId = Object.fromEntries(report.summary.probeChecks.map((check) => [check.id, check]));
            assert.equal(byId['cors-wildcard'].status, 'skipped');
            assert.equal(byId['missing-rate-limit'].requests, 4);
            writeFileSync(join(dir, 'agent-harden.config.json'), JSON.stringify({ probe: { budget: 1000, headers: { authorization: 'x' } } }));
            const bad = await runCliAsync(['probe', server.url], { cwd: dir });
            assert.equal(bad.status, 2);
            assert.match(bad.stderr, /agent-harden\.config\.json: probe\.budget: .*; probe: Unrecognized key: "headers"/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    it('usage mistakes are one line and exit 2', async () => {
        const cases = [
            [['probe', 'ftp://127.0.0.1/'], /only http:\/\/ and https:\/\/ targets/],
            [['probe', 'http://user:pw@127.0.0.1/'], /pass them with --header/],
            [['probe', server.url, '--allow-mutating'], /--allow-mutating needs the endpoint/],
            [['probe', server.url, '--budget', '501'], /capped at 500/],
            [['probe', server.url, '-H', 'no colon here'], /--header must look like "Name: value"/],
        ];
        for (const [args, pattern] of cases) {
            const run = await runCliAsync(args);
            assert.equal(run.status, 2, args.join(' '));
            assert.match(run.stderr, pattern);
            assert.equal(run.stderr.trim().split('\n').length, 1);
        }
    });
    it('--allow-mutating sends the named endpoint a request without credentials', async () => {
        const run = await runCliAsync(['probe', server.url, '-f', 'json', '--rate-limit-burst', '2', '--allow-mutating', '--endpoint', 'POST /']);
        const report = JSON.parse(run.stdout);
        const mutated = report.findings.find((finding) => finding.messageId === 'mutatedWithoutCredentials');
        assert.ok(mutated, JSON.stringify(report.findings.map((finding) => finding.messageId)));
        assert.deepEqual(mutated.http, { method: 'POST', url: `${server.url}/` });
    });
});
