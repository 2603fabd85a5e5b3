import { execFile, spawnSync } from 'node:child_process';
import { CLI, REPO_ROOT } from './paths.js';
/** Runs the built binary the way a user does, without colour. */
export function runCli(args, options = {}) {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd: options.cwd ?? REPO_ROOT,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        encoding: 'utf8',
        timeout: 120_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** Like runCli, but does not block the event loop, so servers in the test process can answer. */
export function runCliAsync(args, options = {}) {
    const started = performance.now();
    return new Promise((resolve) => {
        execFile(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO_ROOT, env: { ...process.env, NO_COLOR: '1', ...options.env }, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
            resolve({ status, stdout, stderr, ms: performance.now() - started });
        });
    });
}
