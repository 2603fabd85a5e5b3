import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { JOURNAL_FILE } from '../src/scaffold/apply.js';
import { planScaffold } from '../src/scaffold/run.js';
import { runCli } from './support/cli.js';
import { copyFixture, snapshot } from './support/project-copy.js';
import { CLI, FIXTURES } from './support/paths.js';
const FASTAPI = join(FIXTURES, 'scaffold', 'fastapi');
// Compiled beside this file; preloaded into the CLI to SIGKILL it at an exact point of the apply.
const CRASH_HOOK = pathToFileURL(join(import.meta.dirname, 'support', 'crash-during-apply.js')).href;
/** Runs `scaffold health` in `dir` and kills it at `point` (`stage:N` or `rename:N`). */
function killedApply(dir, point) {
    const result = spawnSync(process.execPath, ['--import', CRASH_HOOK, CLI, 'scaffold', 'health', '--dir', dir, '--yes'], { env: { ...process.env, NO_COLOR: '1', AGENT_HARDEN_CRASH: point }, encoding: 'utf8', timeout: 120_000 });
    assert.equal(result.signal, 'SIGKILL', `the CLI was to be killed at ${point}: ${result.stderr}`);
}
/** The tree a clean run of `scaffold health` produces. */
function cleanApply() {
    const dir = copyFixture(FASTAPI);
    assert.equal(runCli(['scaffold', 'health', '--dir', dir, '--yes']).status, 0);
    return snapshot(dir);
}
describe('an apply killed between writes leaves nothing half-done once the next run starts', () => {
    test('killed after the first of three files was renamed into place: the next run finishes the apply', async () => {
        const dir = copyFixture(FASTAPI);
        const original = snapshot(dir);
        killedApply(dir, 'rename:1');
        // Mid-apply for real: one target replaced, the others still staged, the journal committed.
        assert.ok(existsSync(join(dir, JOURNAL_FILE)));
        assert.ok(existsSync(join(dir, 'app/health.py')));
        assert.equal(readFileSync(join(dir, 'app/main.py'), 'latin1'), original.get('app/main.py'));
        const next = runCli(['scaffold', 'health', '--dir', dir, '--yes']);
        assert.equal(next.status, 0, next.stderr);
        assert.match(next.stderr, /finished an apply that was interrupted/);
        assert.match(next.stdout, /nothing to do/);
        assert.deepEqual(snapshot(dir), cleanApply(), 'the tree is exactly what an uninterrupted run writes; no temp file or journal is left');
        assert.deepEqual((await planScaffold({ generator: 'health', dir })).changes, []);
    });
    test('killed while staging (two of three temp files written): no target was touched and the next run applies cleanly', async () => {
        const dir = copyFixture(FASTAPI);
        const original = snapshot(dir);
        killedApply(dir, 'stage:2');
        const visible = new Map([...snapshot(dir)].filter(([path]) => !/\.agent-harden-\d+\.tmp$/.test(path) && path !== JOURNAL_FILE));
        assert.deepEqual(visible, original, 'staging writes only temp files');
        assert.ok(existsSync(join(dir, JOURNAL_FILE)));
        const next = runCli(['scaffold', 'health', '--dir', dir, '--yes']);
        assert.equal(next.status, 0, next.stderr);
        assert.match(next.stderr, /undid an apply that was interrupted while staging/);
        assert.deepEqual(snapshot(dir), cleanApply());
        assert.deepEqual((await planScaffold({ generator: 'health', dir })).changes, []);
    });
});
