import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
export async function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
    });
}
/** Starts one server process and waits (bounded) until /livez answers. */
export async function startReplica(command, options) {
    const [file, ...args] = command;
    const child = spawn(file, args, { cwd: options.cwd, env: { PATH: process.env.PATH ?? '', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk) => (output += chunk.toString()));
    const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const url = `http://127.0.0.1:${options.port}`;
    const replica = {
        url,
        process: child,
        output: () => output,
        exit,
        async stop() {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            child.kill('SIGKILL');
            await exit;
        },
    };
    const giveUpAt = Date.now() + 20_000;
    while (Date.now() < giveUpAt) {
        if (child.exitCode !== null)
            throw new Error(`server exited with ${child.exitCode} before serving:\n${output}`);
        try {
            const response = await fetch(`${url}/livez`, { signal: AbortSignal.timeout(1_000) });
            if (response.ok)
                return replica;
        }
        catch {
            // not listening yet
        }
        await sleep(100);
    }
    await replica.stop();
    throw new Error(`server did not answer /livez within 20 s:\n${output}`);
}
