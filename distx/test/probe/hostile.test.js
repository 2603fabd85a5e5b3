import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { runCliAsync } from '../support/cli.js';
import { FIXTURES } from '../support/paths.js';
// Short bounds so every hostile case ends in seconds: 1 s per request, 6 s for the run.
const FAST = ['--timeout', '1', '--deadline', '6'];
const WITHIN_MS = 9_000;
const open = [];
const sockets = new Set();
after(() => {
    for (const socket of sockets)
        socket.destroy();
    for (const server of open)
        server.close();
});
async function listen(server, host = '127.0.0.1') {
    open.push(server);
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        // The probe hangs up on hostile answers mid-write; that reset is the expected outcome here.
        socket.on('error', () => { });
    });
    await new Promise((resolve) => server.listen(0, host, resolve));
    return `http://${host === '::1' ? '[::1]' : host}:${server.address().port}`;
}
async function probeExpectingExit2(url, pattern) {
    const run = await runCliAsync(['probe', url, ...FAST]);
    assert.equal(run.status, 2, `${run.stdout}\n${run.stderr}`);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line: ${run.stderr}`);
    assert.match(lines[0], /^agent-harden: cannot probe http/);
    assert.match(lines[0], pattern);
    assert.ok(run.ms < WITHIN_MS, `took ${Math.round(run.ms)} ms`);
    return run;
}
describe('probe against hostile or broken targets', () => {
    it('slow headers: the per-request timeout ends it with exit 2', async () => {
        const url = await listen(createNetServer(() => { }));
        await probeExpectingExit2(url, /did not answer within the per-request timeout/);
    });
    it('slow body: headers, then a trickle that never ends, ends with exit 2', async () => {
        const url = await listen(createHttpServer((req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            const timer = setInterval(() => res.write(' '), 200);
            res.on('close', () => clearInterval(timer));
        }));
        await probeExpectingExit2(url, /did not answer within the per-request timeout/);
    });
    it('connection reset: exit 2 naming the reset', async () => {
        const url = await listen(createNetServer((socket) => socket.once('data', () => socket.resetAndDestroy())));
        await probeExpectingExit2(url, /closed or reset the connection/);
    });
    it('non-HTTP listener: exit 2 saying it is not HTTP', async () => {
        const url = await listen(createNetServer((socket) => socket.end('SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n')));
        await probeExpectingExit2(url, /not HTTP/);
    });
    it('https:// against a plain-HTTP port: exit 2 suggesting http://', async () => {
        const url = await listen(createHttpServer((req, res) => res.end('ok')));
        const run = await runCliAsync(['probe', url.replace('http:', 'https:'), ...FAST]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^agent-harden: cannot probe https:.*TLS handshake .* failed; if the port serves plain HTTP, use http:\/\/\n$/);
    });
    it('nothing listening: exit 2 with connection refused', async () => {
        const server = createNetServer();
        const url = await listen(server);
        await new Promise((resolve) => server.close(resolve));
        await probeExpectingExit2(url, /connection refused/);
    });
    it('redirect loop: stops after 3 hops with exit 2', async () => {
        let hits = 0;
        const url = await listen(createHttpServer((req, res) => {
            hits++;
            res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end();
        }));
        await probeExpectingExit2(url, /redirects more than 3 times/);
        assert.equal(hits, 4, 'the first request and 3 followed redirects');
    });
    it('redirect to another host: not followed, exit 2, the other host sees nothing', async () => {
        let otherHits = 0;
        const other = await listen(createHttpServer((req, res) => {
            otherHits++;
            res.end('{}');
        }));
        const elsewhere = other.replace('127.0.0.1', 'localhost');
        const url = await listen(createHttpServer((req, res) => res.writeHead(302, { location: `${elsewhere}${req.url}` }).end()));
        await probeExpectingExit2(url, /redirects to another host \(http:\/\/localhost:\d+\/\); probe that URL directly/);
        assert.equal(otherHits, 0);
    });
    it('a 100 MB body: read up to 1 MiB, then the connection is dropped and the run goes on', async () => {
        let bytesWritten = 0;
        const url = await listen(createHttpServer((req, res) => {
            const chunk = Buffer.alloc(64 * 1024, 'a');
            res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(100 * 1024 * 1024) });
            const pump = () => {
                while (bytesWritten < 100 * 1024 * 1024 && !res.destroyed) {
                    bytesWritten += chunk.length;
                    if (!res.write(chunk))
                        return void res.once('drain', pump);
                }
                res.end();
            };
            pump();
        }));
        const run = await runCliAsync(['probe', url, ...FAST, '-f', 'json', '--budget', '20']);
        assert.ok(run.status === 0 || run.status === 1, run.stderr);
        assert.ok(run.ms < WITHIN_MS, `took ${Math.round(run.ms)} ms`);
        const report = JSON.parse(run.stdout);
        const reachability = report.summary.probeChecks.find((check) => check.id === 'probe-reachability');
        assert.match(reachability.note ?? '', /body cut at 1048576 bytes/);
        // 20 requests each dropped after about 1 MiB: far below the 2 GB a naive client would pull.
        assert.ok(bytesWritten < 20 * 8 * 1024 * 1024, `server wrote ${bytesWritten} bytes`);
    });
    it('a gzip bomb (2 GiB inflated) is never inflated: read raw up to 1 MiB, the run goes on', async () => {
        // Concatenated gzip members are one valid stream: 2,048 copies of 1 MiB of zeros, about 2 MB on the wire.
        const member = gzipSync(Buffer.alloc(1024 * 1024));
        const bomb = Buffer.concat(Array.from({ length: 2048 }, () => member));
        const url = await listen(createHttpServer((req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) }).end(bomb)));
        const run = await runCliAsync(['probe', url, ...FAST, '-f', 'json', '--budget', '20'], { env: { NODE_OPTIONS: '--max-old-space-size=128' } });
        assert.ok(run.status === 0 || run.status === 1, run.stderr);
        assert.ok(run.ms < WITHIN_MS, `took ${Math.round(run.ms)} ms`);
        const reachability = JSON.parse(run.stdout).summary.probeChecks.find((check) => check.id === 'probe-reachability');
        assert.match(reachability.note ?? '', /body cut at 1048576 bytes/);
    });
    it('10,000 response headers: exit 2 naming the oversized header block', async () => {
        const headers = Array.from({ length: 10_000 }, (_, i) => `x-filler-${i}: ${'v'.repeat(20)}`).join('\r\n');
        const url = await listen(createNetServer((socket) => socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\n${headers}\r\ncontent-length: 2\r\n\r\n{}`))));
        await probeExpectingExit2(url, /more header bytes than a client accepts/);
    });
    it('an invalid status line: exit 2 saying it is not HTTP', async () => {
        const url = await listen(createNetServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 2x0 Maybe\r\ncontent-length: 0\r\n\r\n'))));
        await probeExpectingExit2(url, /not HTTP/);
    });
    it('a TLS listener probed with http://: exit 2 pointing at a TLS port', async () => {
        const tls = join(FIXTURES, 'servers', 'tls');
        const server = createTlsServer({ cert: readFileSync(join(tls, 'test-only-cert.pem')), key: readFileSync(join(tls, 'test-only-key.pem')) });
        server.on('tlsClientError', () => { });
        const url = await listen(server);
        await probeExpectingExit2(url, /not HTTP \(a TLS port probed with http:\/\/|closed or reset the connection/);
    });
    it('a server error at the base URL is a finding, not a crash', async () => {
        const url = await listen(createHttpServer((req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom')));
        const run = await runCliAsync(['probe', url, ...FAST, '-f', 'json', '--rate-limit-burst', '2']);
        const report = JSON.parse(run.stdout);
        assert.ok(report.findings.some((finding) => finding.ruleId === 'probe-reachability' && finding.messageId === 'serverError'));
    });
    it('the run deadline cuts a long check short and marks it incomplete', async () => {
        const url = await listen(createHttpServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}')));
        const run = await runCliAsync(['probe', url, '--deadline', '2', '-f', 'json', '--rate-limit-burst', '200', '--budget', '300']);
        // 2 s deadline plus process start-up on a loaded CI machine; without the cut the 200-request check runs for ~20 s.
        assert.ok(run.ms < 10_000, `took ${Math.round(run.ms)} ms`);
        const report = JSON.parse(run.stdout);
        const rateLimit = report.summary.probeChecks.find((check) => check.id === 'missing-rate-limit');
        assert.equal(rateLimit.status, 'incomplete');
        assert.match(rateLimit.note ?? '', /deadline/);
    });
    it('a 429 outside the rate-limit check backs that check off and marks it incomplete', async () => {
        const url = await listen(createHttpServer((req, res) => {
            if (req.url === '/livez')
                return res.writeHead(429, { 'retry-after': '30' }).end();
            res.writeHead(404).end();
        }));
        const run = await runCliAsync(['probe', url, ...FAST, '-f', 'json']);
        const report = JSON.parse(run.stdout);
        const byId = Object.fromEntries(report.summary.probeChecks.map((check) => [check.id, check]));
        assert.equal(byId['missing-health-endpoint'].status, 'incomplete');
        assert.match(byId['missing-health-endpoint'].note ?? '', /429 with Retry-After; backed off/);
        assert.equal(byId['missing-health-endpoint'].requests, 1);
        assert.equal(byId['missing-rate-limit'].status, 'pass');
        assert.equal(byId['missing-rate-limit'].requests, 0);
    });
});
