import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../support/cli.js';
import { REPO_ROOT } from '../../support/paths.js';
import { startReplica } from './replica.js';
import { startOtlpSink } from './trace-sink.js';
import { scratchDir } from '../../support/scratch.js';
/**
 * node_modules for the generated lockfile, installed once from the npm registry and
 * kept under .cache/ keyed by the lockfile's hash, so later runs skip the install.
 */
function cachedNodeModules(projectDir) {
    const lock = readFileSync(join(projectDir, 'package-lock.json'));
    const hash = createHash('sha256').update(lock).update(readFileSync(join(projectDir, 'package.json'))).digest('hex').slice(0, 16);
    const cacheDir = join(REPO_ROOT, '.cache', 'server-deps', `typescript-${hash}`);
    if (existsSync(join(cacheDir, 'node_modules')))
        return join(cacheDir, 'node_modules');
    mkdirSync(join(REPO_ROOT, '.cache', 'server-deps'), { recursive: true });
    const staging = mkdtempSync(`${cacheDir}.staging-`);
    copyFileSync(join(projectDir, 'package.json'), join(staging, 'package.json'));
    copyFileSync(join(projectDir, 'package-lock.json'), join(staging, 'package-lock.json'));
    const install = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: staging, encoding: 'utf8', timeout: 300_000 });
    if (install.status !== 0)
        throw new Error(`npm ci for the generated server failed:\n${install.stderr}`);
    try {
        renameSync(staging, cacheDir);
    }
    catch (error) {
        // Another run filled the cache first; its copy is identical.
        if (!existsSync(join(cacheDir, 'node_modules')))
            throw error;
        rmSync(staging, { recursive: true, force: true });
    }
    return join(cacheDir, 'node_modules');
}
/** Scaffolds the TypeScript server with the built CLI, installs its pinned deps and compiles it. */
export function prepareTypescriptServer() {
    const dir = join(scratchDir('server-ts'), 'support-agent');
    const scaffold = runCli(['scaffold', 'server', '--lang', 'typescript', '--name', 'support-agent', '--dir', dir]);
    if (scaffold.status !== 0)
        throw new Error(`scaffold failed: ${scaffold.stderr}`);
    symlinkSync(cachedNodeModules(dir), join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir, stdio: 'pipe' });
    return {
        dir,
        start: (port, env) => startReplica([process.execPath, 'dist/server.js'], { cwd: dir, port, env }),
        startTraceSink: () => startOtlpSink('support-agent'),
    };
}
