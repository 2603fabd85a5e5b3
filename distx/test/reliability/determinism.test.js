import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../support/cli.js';
import { FIXTURES } from '../support/paths.js';
const scratch = mkdtempSync(join(tmpdir(), 'ah-determinism-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
// The only field that may differ between identical runs (docs/json-report.md).
const withoutTiming = (text) => text.replace(/"durationMs": \d+/g, '"durationMs": 0');
function listFiles(dir) {
    return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]));
}
/** Copies a tree creating files in the given order, so directory listings can come back differently. */
function copyInOrder(source, target, reverse) {
    const files = listFiles(source).sort();
    if (reverse)
        files.reverse();
    for (const file of files) {
        const destination = join(target, relative(source, file));
        mkdirSync(join(destination, '..'), { recursive: true });
        writeFileSync(destination, readFileSync(file));
    }
}
for (const format of ['json', 'sarif']) {
    test(`the same tree gives byte-identical ${format} across runs and creation orders`, () => {
        const samples = ['insecure-a2a-starlette', 'insecure-express-agent'];
        const forward = join(scratch, `${format}-forward`, 'tree');
        const backward = join(scratch, `${format}-backward`, 'tree');
        for (const sample of samples) {
            copyInOrder(join(FIXTURES, 'projects', sample), join(forward, sample), false);
            copyInOrder(join(FIXTURES, 'projects', sample), join(backward, sample), true);
        }
        const run = (cwd) => withoutTiming(runCli(['audit', '.', '--format', format, '--fail-on', 'none'], { cwd }).stdout);
        const first = run(forward);
        assert.ok(first.length > 1000);
        assert.equal(run(forward), first, 'second run differs');
        // SARIF carries the absolute root; compare it with the root normalised.
        assert.equal(run(backward).replaceAll(`${format}-backward`, `${format}-forward`), first, 'creation order changed the output');
    });
}
test('worker threads give the same bytes as one thread', () => {
    const tree = join(scratch, 'jobs');
    for (const sample of readdirSync(join(FIXTURES, 'projects')))
        cpSync(join(FIXTURES, 'projects', sample), join(tree, sample), { recursive: true });
    // Outcomes that are not findings merge too: a parse error, a skipped binary file.
    writeFileSync(join(tree, 'broken.py'), 'def handler(:\n    pass\n');
    writeFileSync(join(tree, 'blob.ts'), Buffer.from([0x63, 0x6f, 0x6e, 0x00, 0x73, 0x74]));
    const run = (jobs) => runCli(['audit', '.', '--format', 'json', '--fail-on', 'none', '--jobs', String(jobs)], { cwd: tree });
    const one = run(1);
    assert.equal(one.status, 0, one.stderr);
    const report = JSON.parse(one.stdout);
    assert.ok(report.findings.length > 20 && report.summary.parseErrors.length > 0 && report.summary.filesSkipped.length > 0);
    for (const jobs of [2, 5])
        assert.equal(withoutTiming(run(jobs).stdout), withoutTiming(one.stdout), `--jobs ${jobs} differs from --jobs 1`);
});
test('a copied tree audits the same as the original', () => {
    const copy = join(scratch, 'copy');
    cpSync(join(FIXTURES, 'projects', 'insecure-fastapi-adk'), copy, { recursive: true });
    const original = runCli(['audit', '.', '--format', 'json'], { cwd: join(FIXTURES, 'projects', 'insecure-fastapi-adk') }).stdout;
    assert.equal(withoutTiming(runCli(['audit', '.', '--format', 'json'], { cwd: copy }).stdout), withoutTiming(original));
});
