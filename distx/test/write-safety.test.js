import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { resolveInside } from '../src/scaffold/paths.js';
import { runCli } from './support/cli.js';
import { FIXTURES } from './support/paths.js';
import { scratchDir } from './support/scratch.js';
/** A one-file project from a fix golden input, written with CRLF line endings and an unusual mode. */
function crlfProject(language, fixer, file) {
    const dir = scratchDir('write-safety');
    const extension = language === 'python' ? 'py' : 'ts';
    const input = readFileSync(join(FIXTURES, 'fix', language, fixer, `input.${extension}`), 'utf8');
    if (language === 'typescript')
        writeFileSync(join(dir, 'package.json'), '{ "name": "crlf", "private": true }\n');
    writeFileSync(join(dir, file), input.replace(/\r?\n/g, '\r\n'));
    chmodSync(join(dir, file), 0o750);
    return dir;
}
describe('fix keeps what it does not mean to change', () => {
    for (const [language, fixer, file] of [
        ['python', 'python-requests-timeout', 'client.py'],
        ['typescript', 'typescript-fetch-timeout', 'client.ts'],
    ]) {
        test(`${language}: CRLF line endings and the file mode survive ${fixer}`, () => {
            const dir = crlfProject(language, fixer, file);
            const before = readFileSync(join(dir, file), 'utf8');
            const run = runCli(['fix', '--dir', dir, '--yes']);
            assert.equal(run.status, 0, run.stderr);
            const after = readFileSync(join(dir, file), 'utf8');
            assert.notEqual(after, before, 'the fixer changed the file');
            assert.doesNotMatch(after, /[^\r]\n/, 'every line still ends with CRLF');
            assert.equal(statSync(join(dir, file)).mode & 0o777, 0o750);
        });
    }
});
describe('scaffold and fix never write through a symlink that leaves the project', () => {
    test('a symlinked directory or file pointing outside is refused', () => {
        const dir = scratchDir('write-safety');
        const outside = scratchDir('outside');
        writeFileSync(join(outside, 'health.py'), 'print("outside")\n');
        symlinkSync(outside, join(dir, 'app'), 'dir');
        mkdirSync(join(dir, 'k8s'));
        symlinkSync(join(outside, 'health.py'), join(dir, 'k8s', 'app.yaml'));
        for (const path of ['app/health.py', 'app/new/routes.py', 'k8s/app.yaml']) {
            assert.throws(() => resolveInside(dir, path), /a symlink leads outside the project/, path);
        }
        assert.equal(resolveInside(dir, 'k8s/other.yaml'), join(dir, 'k8s', 'other.yaml'));
    });
});
