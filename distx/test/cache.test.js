import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { audit } from '../src/engine/audit.js';
import { AuditCache } from '../src/engine/cache.js';
import { runCli } from './support/cli.js';
import { FIXTURES } from './support/paths.js';
const scratch = mkdtempSync(join(tmpdir(), 'ah-cache-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const withoutTiming = (text) => text.replace(/"durationMs": \d+/g, '"durationMs": 0');
function sample(name) {
    const dir = join(scratch, name);
    cpSync(join(FIXTURES, 'projects', 'insecure-fastapi-adk'), dir, { recursive: true });
    return dir;
}
async function run(dir, cacheDir, configFile) {
    const cache = new AuditCache(cacheDir);
    const result = await audit({ paths: ['.'], cwd: dir, cache, configFile, jobs: 1 });
    result.summary.durationMs = 0;
    return { cache, result };
}
test('an unchanged tree is read from the cache, with the same result', async () => {
    const dir = sample('unchanged');
    const cacheDir = join(scratch, 'cache-unchanged');
    const first = await run(dir, cacheDir);
    assert.ok(first.cache.misses.length > 3 && first.cache.hits === 0);
    const second = await run(dir, cacheDir);
    assert.deepEqual(second.cache.misses, []);
    assert.equal(second.cache.hits, first.cache.misses.length);
    assert.deepEqual(second.result, first.result);
});
test('an edited file is analysed again, and only that file', async () => {
    const dir = sample('edited');
    const cacheDir = join(scratch, 'cache-edited');
    const before = await run(dir, cacheDir);
    appendFileSync(join(dir, 'app', 'main.py'), '\n\nimport os\nDEBUG_TOKEN = "sk-proj-' + 'a'.repeat(40) + '"\n');
    const after = await run(dir, cacheDir);
    assert.deepEqual(after.cache.misses, ['app/main.py']);
    assert.ok(after.result.findings.length > before.result.findings.length, 'the edit is seen');
    const fresh = await audit({ paths: ['.'], cwd: dir, jobs: 1 });
    fresh.summary.durationMs = 0;
    assert.deepEqual(after.result, fresh, 'a cached run equals an uncached one');
});
test('a config change invalidates every file', async () => {
    const dir = sample('config');
    const cacheDir = join(scratch, 'cache-config');
    const first = await run(dir, cacheDir);
    writeFileSync(join(dir, 'agent-harden.config.json'), JSON.stringify({ rules: { 'cors-wildcard': 'off' } }));
    const second = await run(dir, cacheDir);
    assert.equal(second.cache.hits, 0);
    assert.equal(second.cache.misses.length, first.cache.misses.length, 'every file again');
});
test('audit --cache through the CLI gives the same bytes and writes the cache directory', () => {
    const dir = sample('cli');
    const plain = runCli(['audit', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    const cached = () => runCli(['audit', '.', '--format', 'json', '--fail-on', 'none', '--cache'], { cwd: dir });
    assert.equal(withoutTiming(cached().stdout), withoutTiming(plain.stdout));
    assert.ok(readFileSync(join(dir, '.agent-harden-cache', 'audit-cache.bin')).length > 0);
    assert.equal(withoutTiming(cached().stdout), withoutTiming(plain.stdout));
});
