import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, describe, it } from 'node:test';
import { runCliAsync } from '../support/cli.js';
const servers = [];
after(() => {
    for (const server of servers)
        server.closeAllConnections();
    for (const server of servers)
        server.close();
});
async function serve(handler) {
    const server = createServer(handler);
    servers.push(server);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${server.address().port}`;
}
function json(res, status, body, headers = {}) {
    res.writeHead(status, { 'content-type': 'application/json', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
}
async function probeJson(url, ...args) {
    const run = await runCliAsync(['probe', url, '-f', 'json', '--timeout', '3', ...args]);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    return JSON.parse(run.stdout);
}
describe('probe checks on purpose-built servers', () => {
    it('health: a slow liveness answer and a readiness status that contradicts its HTTP code', async () => {
        const url = await serve((req, res) => {
            if (req.url === '/livez')
                return void setTimeout(() => json(res, 200, { status: 'ok' }), 1200);
            if (req.url === '/readyz')
                return json(res, 200, { status: 'fail', checks: { database: 'fail' } }, { 'content-type': 'application/health+json' });
            json(res, 404, { error: 'not found' });
        });
        const report = await probeJson(url, '--rate-limit-burst', '2');
        const ids = report.findings.map((finding) => `${finding.ruleId}:${finding.messageId}`);
        assert.ok(ids.includes('missing-health-endpoint:slow'), ids.join(' '));
        const mismatch = report.findings.find((finding) => finding.messageId === 'statusMismatch');
        assert.ok(mismatch, ids.join(' '));
        assert.equal(mismatch.confidence, 'high');
        assert.ok(!ids.includes('static-health-check:bareBody'), 'a body that names its checks is not bare');
    });
    it('rate limit: a limit advertised in headers but not reached is a warning, not a finding', async () => {
        const url = await serve((req, res) => json(res, 200, { ok: true }, { 'ratelimit-limit': '1000', 'ratelimit-remaining': '990', 'ratelimit-reset': '60' }));
        const report = await probeJson(url, '--rate-limit-burst', '5');
        const check = report.summary.probeChecks.find((entry) => entry.id === 'missing-rate-limit');
        assert.equal(check.status, 'warn');
        assert.match(check.note ?? '', /a limit is advertised \(limit 1000, \d+ remaining\) but was not reached within 5 requests/);
        assert.ok(!report.findings.some((finding) => finding.ruleId === 'missing-rate-limit'));
    });
    it('every request identifies the probe in its User-Agent and uses a read-only method or a body that cannot validate', async () => {
        const seen = [];
        const url = await serve((req, res) => {
            let body = '';
            req.on('data', (chunk) => {
                if (body.length < 64)
                    body += chunk.toString();
            });
            req.on('end', () => {
                seen.push({ method: req.method, agent: req.headers['user-agent'] ?? '', body: body.slice(0, 64) });
                json(res, 404, { error: 'not found' });
            });
        });
        await probeJson(url, '--rate-limit-burst', '3');
        assert.ok(seen.length > 20);
        for (const request of seen) {
            assert.match(request.agent, /^agent-harden-probe\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/agent-harden\/agent-harden\)$/);
            if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
                assert.equal(request.method, 'POST');
                assert.throws(() => JSON.parse(request.body), SyntaxError, 'every POST body is unparseable JSON');
            }
        }
    });
});
