import assert from 'node:assert/strict';
import { chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runCli } from './support/cli.js';
import { FIXTURES } from './support/paths.js';
// The code cache agent-harden keeps for TypeScript's compiler where Node has no compile cache (src/util/code-cache.ts).
const scratch = mkdtempSync(join(tmpdir(), 'ah-code-cache-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const PROJECT = join(FIXTURES, 'projects', 'insecure-express-agent');
const nodeCachesItself = typeof module.enableCompileCache === 'function';
function auditWith(cacheDir, extraEnv = {}) {
    const run = runCli(['audit', '.', '--format', 'json'], { cwd: PROJECT, env: { NODE_COMPILE_CACHE: cacheDir, ...extraEnv } });
    assert.equal(run.status, 1, run.stderr);
    return run.stdout.replace(/"durationMs": \d+/, '"durationMs": 0');
}
const cacheFiles = (dir) => readdirSync(dir).filter((name) => name.endsWith('.v8cache'));
describe('TypeScript compiler code cache', { skip: nodeCachesItself && 'this Node caches compiled modules itself' }, () => {
    test('the first TS audit writes it, the next uses it as it is, and the reports agree', () => {
        const dir = join(scratch, 'fresh');
        const first = auditWith(dir);
        const [file] = cacheFiles(dir);
        assert.match(file ?? '', /^typescript-[0-9a-f]{16}\.v8cache$/);
        const written = statSync(join(dir, file));
        assert.ok(written.size > 100_000, `${written.size} bytes`);
        assert.equal(auditWith(dir), first);
        assert.equal(statSync(join(dir, file)).mtimeMs, written.mtimeMs, 'an accepted cache is not rewritten');
        assert.deepEqual(cacheFiles(dir), [file], 'no partial files left behind');
    });
    test('a cache V8 rejects is replaced, and the audit is unchanged', () => {
        const dir = join(scratch, 'garbage');
        const expected = auditWith(dir);
        const [file] = cacheFiles(dir);
        writeFileSync(join(dir, file), 'not a code cache');
        assert.equal(auditWith(dir), expected);
        assert.ok(statSync(join(dir, file)).size > 100_000, 'rewritten from the compiled code');
    });
    test('NODE_DISABLE_COMPILE_CACHE turns it off', () => {
        const dir = join(scratch, 'disabled');
        mkdirSync(dir);
        auditWith(dir, { NODE_DISABLE_COMPILE_CACHE: '1' });
        assert.deepEqual(readdirSync(dir), []);
    });
    test('a directory another user owns is neither read nor written', { skip: process.getuid?.() !== 0 && 'needs root to hand a directory to another user' }, () => {
        const own = join(scratch, 'own');
        auditWith(own);
        const [name] = cacheFiles(own);
        const dir = join(scratch, 'foreign');
        mkdirSync(dir, { mode: 0o700 });
        // Under the name this run would read: had it been read, V8 would reject it and the run would write its own.
        const planted = join(dir, name);
        writeFileSync(planted, 'planted');
        chownSync(planted, 4242, 4242);
        chownSync(dir, 4242, 4242);
        auditWith(dir);
        assert.deepEqual(cacheFiles(dir), [name]);
        assert.equal(readFileSync(planted, 'utf8'), 'planted');
    });
});
