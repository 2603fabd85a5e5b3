import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer as createPlainServer } from 'node:http';
import { createServer } from 'node:https';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { runCliAsync } from '../support/cli.js';
import { FIXTURES } from '../support/paths.js';
const CERT = join(FIXTURES, 'servers', 'tls', 'test-only-cert.pem');
describe('probe over https (self-signed test certificate)', () => {
    let server;
    let url;
    before(async () => {
        server = createServer({ cert: readFileSync(CERT), key: readFileSync(join(FIXTURES, 'servers', 'tls', 'test-only-key.pem')) }, (req, res) => {
            const origin = req.headers.origin;
            // Allows any origin that is the target's own host name, whatever the scheme: the downgrade the probe looks for.
            const headers = { 'content-type': 'application/json', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
            if (origin?.includes('127.0.0.1'))
                headers['access-control-allow-origin'] = origin;
            res.writeHead(req.url === '/livez' ? 200 : 404, headers).end('{"status":"ok"}');
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        url = `https://127.0.0.1:${server.address().port}`;
    });
    after(() => {
        server.closeAllConnections();
        server.close();
    });
    it('an untrusted certificate ends the run with exit 2', async () => {
        const run = await runCliAsync(['probe', url, '--timeout', '2']);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^agent-harden: cannot probe https:\/\/127\.0\.0\.1:\d+\/: the TLS certificate of 127\.0\.0\.1:\d+ is not trusted\n$/);
    });
    it('with the certificate trusted: HSTS and the plain-http origin are checked', async () => {
        const run = await runCliAsync(['probe', url, '-f', 'json', '--timeout', '2', '--rate-limit-burst', '2'], { env: { NODE_EXTRA_CA_CERTS: CERT } });
        assert.ok(run.status === 0 || run.status === 1, run.stderr);
        const report = JSON.parse(run.stdout);
        const ids = report.findings.map((finding) => `${finding.ruleId}:${finding.messageId}`);
        assert.ok(ids.includes('probe-security-headers:noHsts'), ids.join(' '));
        assert.ok(ids.includes('cors-wildcard:httpOrigin'), ids.join(' '));
        const redirect = report.summary.probeChecks.find((check) => check.id === 'probe-https-redirect');
        assert.notEqual(redirect.status, 'skipped');
    });
    // probe-https-redirect asks port 80 of the target's host; the test is root on CI, so it can listen there.
    for (const [answer, expectFinding] of [
        ['200 page', true],
        ['308 to https', false],
    ]) {
        it(`plain http on port 80 answering ${answer} ${expectFinding ? 'is' : 'is not'} reported`, async () => {
            const plain = await listenOnPort80((req, res) => {
                if (answer === '200 page')
                    res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>agent</h1>');
                else
                    res.writeHead(308, { location: `https://127.0.0.1${req.url}` }).end();
            });
            try {
                const run = await runCliAsync(['probe', url, '-f', 'json', '--timeout', '2', '--rate-limit-burst', '2'], { env: { NODE_EXTRA_CA_CERTS: CERT } });
                const report = JSON.parse(run.stdout);
                const findings = report.findings.filter((finding) => finding.ruleId === 'probe-https-redirect');
                assert.deepEqual(findings.map((finding) => finding.messageId), expectFinding ? ['noRedirect'] : []);
                if (expectFinding)
                    assert.match(findings[0].message, /^http:\/\/127\.0\.0\.1\/ answers 200 instead of redirecting to https$/);
            }
            finally {
                plain.closeAllConnections();
                plain.close();
            }
        });
    }
});
/** Port 80 is shared with any other test run on the machine, so a busy port is retried for a few seconds. */
async function listenOnPort80(handler) {
    for (let attempt = 0;; attempt += 1) {
        const server = createPlainServer(handler);
        try {
            await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen(80, '127.0.0.1', resolve);
            });
            return server;
        }
        catch (error) {
            if (error.code === 'EACCES')
                throw new Error('this test listens on 127.0.0.1:80 and must run as root (CI does)');
            if (error.code !== 'EADDRINUSE' || attempt === 50)
                throw error;
            await sleep(100);
        }
    }
}
