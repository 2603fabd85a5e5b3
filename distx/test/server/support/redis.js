import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { scratchDir } from '../../support/scratch.js';
/** Fails with what to install: the live tests need Debian's redis-server, never a fake. */
export function requireRedisServer() {
    const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
    if (found.error || found.status !== 0) {
        throw new Error('redis-server is not installed: run `apt-get install -y redis-server` (listed in .ci/run)');
    }
}
async function waitForPing(port, up) {
    const giveUpAt = Date.now() + 10_000;
    while (Date.now() < giveUpAt) {
        const ping = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8', timeout: 2_000 });
        if ((ping.stdout.trim() === 'PONG') === up)
            return;
        await sleep(50);
    }
    throw new Error(`redis on port ${port} did not ${up ? 'start' : 'stop'} within 10 s`);
}
/** A real redis-server on loopback with append-only persistence, so a restart keeps every key. */
export async function startRedis(port) {
    requireRedisServer();
    const dir = scratchDir('redis');
    let child;
    const server = {
        port,
        url: `redis://127.0.0.1:${port}/0`,
        async start() {
            child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', ''], { stdio: 'ignore' });
            await waitForPing(port, true);
        },
        async stop() {
            if (!child || child.exitCode !== null)
                return;
            const exited = new Promise((resolve) => child?.once('exit', resolve));
            child.kill('SIGTERM');
            await exited;
            await waitForPing(port, false);
        },
    };
    await server.start();
    return server;
}
