import { execFile } from 'node:child_process';
import { CLI } from '../../support/paths.js';
/** The built binary without blocking the event loop: the servers under test live in this process. */
export function runCliAsync(args) {
    return new Promise((resolve) => {
        execFile(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 }, (error, stdout, stderr) => {
            resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
        });
    });
}
