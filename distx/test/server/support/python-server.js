import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../support/cli.js';
import { startReplica } from './replica.js';
import { startSentrySink } from './trace-sink.js';
// Debian 13 has the modern FastAPI stack as packages; no Python package index is reachable.
const TRIXIE_ROOT = process.env.AGENT_HARDEN_TRIXIE_ROOT ?? '/var/cache/agent-harden/trixie-root';
const PACKAGES = [
    'python3-fastapi', 'python3-uvicorn', 'python3-redis', 'python3-pydantic-settings',
    'python3-limits', 'python3-structlog', 'python3-prometheus-client', 'python3-httpx', 'python3-sentry-sdk',
];
/** A root built before a package joined PACKAGES gets it installed in place, not rebuilt. */
function completeRoot(root) {
    if (existsSync(join(root, 'usr', 'lib', 'python3', 'dist-packages', 'sentry_sdk')))
        return;
    const installed = spawnSync('chroot', [root, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { encoding: 'utf8', timeout: 300_000 });
    if (installed.status !== 0)
        throw new Error(`installing ${PACKAGES.join(' ')} into ${root} failed (needs root and Debian's archive):\n${installed.stderr.slice(-2000)}`);
}
/** The trixie root, built once with debootstrap (about a minute) and kept at a fixed path. */
function trixieRoot() {
    if (existsSync(join(TRIXIE_ROOT, 'usr', 'lib', 'python3', 'dist-packages', 'fastapi'))) {
        completeRoot(TRIXIE_ROOT);
        return TRIXIE_ROOT;
    }
    const found = spawnSync('debootstrap', ['--version'], { encoding: 'utf8' });
    if (found.error)
        throw new Error('debootstrap is not installed: run `apt-get install -y debootstrap` (listed in .ci/run)');
    const staging = `${TRIXIE_ROOT}.staging`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const built = spawnSync('debootstrap', ['--variant=minbase', `--include=${PACKAGES.join(',')}`, 'trixie', staging], { encoding: 'utf8', timeout: 600_000 });
    if (built.status !== 0)
        throw new Error(`debootstrap trixie failed (needs root and Debian's archive):\n${built.stderr.slice(-2000)}`);
    rmSync(TRIXIE_ROOT, { recursive: true, force: true });
    renameSync(staging, TRIXIE_ROOT);
    return TRIXIE_ROOT;
}
/** Scaffolds the Python server inside the trixie root and runs it there with chroot. */
export function preparePythonServer() {
    const root = trixieRoot();
    mkdirSync(join(root, 'srv'), { recursive: true });
    const serverDir = mkdtempSync(join(root, 'srv', 'agent-harden-'));
    process.on('exit', () => rmSync(serverDir, { recursive: true, force: true }));
    const inRoot = join(serverDir, 'support-agent');
    const scaffold = runCli(['scaffold', 'server', '--lang', 'python', '--name', 'support-agent', '--dir', inRoot]);
    if (scaffold.status !== 0)
        throw new Error(`scaffold failed: ${scaffold.stderr}`);
    const inside = inRoot.slice(root.length);
    return {
        dir: inRoot,
        start: (port, env) => startReplica(['chroot', root, '/usr/bin/env', '-C', inside, 'python3', '-m', 'app'], { cwd: '/', port, env }),
        startTraceSink: startSentrySink,
    };
}
