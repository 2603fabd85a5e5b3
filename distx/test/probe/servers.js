import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES } from '../support/paths.js';
/** The Node fixture servers in fixtures/servers/*.mjs, started in this process on 127.0.0.1:0. */
export async function startNodeServer(name) {
    const module = (await import(pathToFileURL(join(FIXTURES, 'servers', `${name}.mjs`)).href));
    return module.start();
}
const DEBIAN_PYTHON = '/usr/bin/python3';
const MISSING_PACKAGES = 'needs Debian packages python3-fastapi and python3-uvicorn for /usr/bin/python3: apt-get install -y python3-fastapi python3-uvicorn (.ci/run installs them)';
/** The FastAPI fixture under Debian's python3; fails (never skips) when the packages are missing. */
export async function startFastApiServer() {
    if (!existsSync(DEBIAN_PYTHON))
        throw new Error(`${DEBIAN_PYTHON} not found; ${MISSING_PACKAGES}`);
    const child = spawn(DEBIAN_PYTHON, [join(FIXTURES, 'servers', 'fastapi_insecure.py')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    const port = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the FastAPI fixture did not start within 15 s: ${stderr}`)), 15_000);
        child.stdout.on('data', (chunk) => {
            const match = /listening on (\d+)/.exec(chunk.toString());
            if (match) {
                clearTimeout(timer);
                resolve(Number(match[1]));
            }
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(/ModuleNotFoundError/.test(stderr) ? `the FastAPI fixture ${MISSING_PACKAGES}\n${stderr}` : `the FastAPI fixture exited with ${code}: ${stderr}`));
        });
    });
    return {
        url: `http://127.0.0.1:${port}`,
        requests: Number.NaN,
        child,
        close: () => new Promise((resolve) => {
            if (child.exitCode !== null)
                return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
        }),
    };
}
