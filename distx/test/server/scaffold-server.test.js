import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/cli.js';
import { scratchDir } from '../support/scratch.js';
function snapshot(dir) {
    const files = {};
    const walk = (current) => {
        for (const name of readdirSync(current).sort()) {
            const path = join(current, name);
            if (statSync(path).isDirectory())
                walk(path);
            else
                files[relative(dir, path)] = readFileSync(path, 'utf8');
        }
    };
    walk(dir);
    return files;
}
for (const lang of ['typescript', 'python']) {
    test(`scaffold server --lang ${lang}: default ./<name>, byte-identical reruns, refuses a non-empty dir without --force`, () => {
        const cwd = scratchDir('scaffold-server');
        const first = runCli(['scaffold', 'server', '--lang', lang, '--name', 'support-agent'], { cwd });
        assert.equal(first.status, 0, first.stderr);
        const written = snapshot(join(cwd, 'support-agent'));
        for (const expected of ['Dockerfile', '.dockerignore', '.env.example', 'README.md', 'k8s/deployment.yaml', 'k8s/pdb.yaml', 'k8s/hpa.yaml']) {
            assert.ok(expected in written, `${expected} is written`);
        }
        assert.ok(Object.values(written).some((content) => content.includes('support-agent')));
        assert.ok(!Object.values(written).some((content) => content.includes('{{')), 'no unrendered placeholder');
        const refused = runCli(['scaffold', 'server', '--lang', lang, '--name', 'support-agent'], { cwd });
        assert.equal(refused.status, 2);
        assert.match(refused.stderr, /is not empty.*--force/);
        const other = join(cwd, 'other');
        const second = runCli(['scaffold', 'server', '--lang', lang, '--name', 'support-agent', '--dir', other], { cwd });
        assert.equal(second.status, 0, second.stderr);
        assert.deepEqual(snapshot(other), written, 'same inputs, same bytes');
        writeFileSync(join(other, 'README.md'), 'edited');
        writeFileSync(join(other, 'notes.txt'), 'mine');
        const forced = runCli(['scaffold', 'server', '--lang', lang, '--name', 'support-agent', '--dir', other, '--force'], { cwd });
        assert.equal(forced.status, 0, forced.stderr);
        assert.deepEqual(snapshot(other), { ...written, 'notes.txt': 'mine' }, '--force rewrites generated files and keeps others');
    });
}
test('scaffold server validates --name and --lang', () => {
    const cwd = scratchDir('scaffold-server');
    for (const name of ['Support', 'support_agent', '-agent', 'agent-', '../escape', 'x'.repeat(41)]) {
        const result = runCli(['scaffold', 'server', '--lang', 'typescript', '--name', name], { cwd });
        assert.equal(result.status, 2, name);
        assert.match(result.stderr, /^agent-harden: --name: /, name);
    }
    const badLang = runCli(['scaffold', 'server', '--lang', 'go', '--name', 'support-agent'], { cwd });
    assert.equal(badLang.status, 2);
    assert.match(badLang.stderr, /--lang: must be one of typescript, python/);
    assert.deepEqual(readdirSync(cwd), [], 'nothing is written on a usage error');
});
