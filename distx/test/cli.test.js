import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { runCli } from './support/cli.js';
import { CLI, FIXTURES } from './support/paths.js';
const scratch = mkdtempSync(join(tmpdir(), 'ah-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
function project(name, files) {
    const dir = join(scratch, name);
    for (const [file, content] of Object.entries(files)) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), content);
    }
    return dir;
}
function auditJson(dir, ...flags) {
    const run = runCli(['audit', '.', '--format', 'json', ...flags], { cwd: dir });
    return { status: run.status, report: JSON.parse(run.stdout || '{}'), stderr: run.stderr };
}
const WILDCARD_APP = `from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"])


@app.get("/livez")
def livez():
    return {"ok": True}
`;
describe('hostile files', () => {
    const dir = project('hostile', {
        'app/main.py': WILDCARD_APP,
        // A syntax error early in the file: the rest must still be checked.
        'app/broken.py': `from fastapi.middleware.cors import CORSMiddleware\ndef broken(:\n    pass\n\napp.add_middleware(CORSMiddleware, allow_origins=["*"])\n`,
        'app/weights.py': Buffer.concat([Buffer.from('MODEL = b"'), Buffer.alloc(64, 0), Buffer.from('"\n')]),
        'app/huge.py': `DATA = """${'x'.repeat(5 * 1024 * 1024)}"""\n`,
    });
    const outside = project('outside', { 'secrets.py': 'API_KEY = "sk-live"\n' });
    symlinkSync(join(outside, 'secrets.py'), join(dir, 'app', 'linked_secrets.py'));
    symlinkSync('/', join(dir, 'rootfs'));
    mkdirSync(join(dir, 'loop'));
    symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'again'));
    const { status, report, stderr } = auditJson(dir);
    test('the audit finishes and reports on the rest', () => {
        assert.equal(stderr, '');
        assert.equal(status, 1);
        const wildcards = report.findings.filter((f) => f.ruleId === 'cors-wildcard').map((f) => `${f.location.file}:${f.location.line}`);
        assert.deepEqual(wildcards, ['app/broken.py:5', 'app/main.py:5']);
    });
    test('a syntax error is a parse-error note, not a crash', () => {
        assert.deepEqual(report.summary.parseErrors.map((e) => `${e.file}:${e.line}`), ['app/broken.py:2']);
    });
    test('binary, oversized and symlinked files are listed as skipped with their reason', () => {
        const reasons = Object.fromEntries(report.summary.filesSkipped.map((s) => [s.file, s.reason]));
        assert.equal(reasons['app/weights.py'], 'binary');
        assert.equal(reasons['app/huge.py'], 'too-large');
        assert.equal(reasons['app/linked_secrets.py'], 'symlink-outside-root');
        assert.equal(reasons.rootfs, 'symlink-outside-root');
        assert.equal(reasons['loop/again'], 'symlink-inside-root');
        assert.equal(report.summary.filesScanned, 2);
    });
    test('--max-file-size raises the limit', () => {
        const bigger = auditJson(dir, '--max-file-size', String(6 * 1024 * 1024));
        assert.ok(!bigger.report.summary.filesSkipped.some((s) => s.file === 'app/huge.py'));
    });
});
describe('exit codes and usage errors', () => {
    const dir = project('exit-codes', { 'main.py': WILDCARD_APP });
    test('--version and --help exit 0', () => {
        const version = runCli(['--version']);
        assert.equal(version.status, 0);
        assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
        assert.equal(runCli(['audit', '--help']).status, 0);
    });
    test('the gate decides the exit code, separately from what is shown', () => {
        assert.equal(auditJson(dir).status, 1);
        const none = auditJson(dir, '--fail-on', 'none');
        assert.equal(none.status, 0);
        assert.ok(none.report.findings.length > 0, 'findings are still shown');
        assert.equal(auditJson(dir, '--fail-on', 'critical').status, 0);
    });
    for (const [name, args, pattern] of [
        ['unknown option', ['audit', '--frobnicate'], /unknown option '--frobnicate'/],
        ['bad --fail-on value', ['audit', '--fail-on', 'severe'], /must be one of critical, high, medium, low, info, none/],
        ['unknown format', ['audit', '--format', 'xml'], /unknown format "xml"; use one of/],
        ['missing path', ['audit', 'no/such/dir'], /path not found: no\/such\/dir/],
        ['unwritable output (its directory would be a file)', ['audit', '.', '--output', '/proc/version/report.json'], /cannot write \/proc\/version\/report\.json/],
        ['unknown command', ['audti'], /unknown command 'audti'/],
    ]) {
        test(`${name}: one line on stderr, exit 2, no stack`, () => {
            const run = runCli([...args], { cwd: dir });
            assert.equal(run.status, 2, run.stderr);
            assert.match(run.stderr, pattern);
            assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
            assert.equal(run.stderr.trim().split('\n').filter((line) => line.startsWith('agent-harden:')).length, 1);
        });
    }
    test('an internal error is one line and exit 3; --debug adds the stack, naming the source modules', () => {
        // A preload that makes the JSON reporter's stringify throw: a fault no input can cause.
        const hook = join(scratch, 'failing-stringify.mjs');
        writeFileSync(hook, "const stringify = JSON.stringify;\nJSON.stringify = (value, ...rest) => { if (value && typeof value === 'object' && 'findings' in value) throw new TypeError('injected fault'); return stringify(value, ...rest); };\n");
        const run = (...flags) => spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, CLI, 'audit', '.', '--format', 'json', ...flags], { cwd: dir, encoding: 'utf8' });
        const plain = run();
        assert.equal(plain.status, 3, plain.stderr);
        assert.equal(plain.stderr, 'agent-harden: internal error: injected fault (run with --debug for the stack trace)\n');
        const debug = run('--debug');
        assert.equal(debug.status, 3, debug.stderr);
        assert.match(debug.stderr, /^agent-harden: internal error: injected fault\nTypeError: injected fault\n/);
        assert.match(debug.stderr, /\n\s+at .*dist\/src\/reporters\/json\.js:\d+/, debug.stderr);
    });
    test('nothing is half-written when the report cannot be written', () => {
        const run = runCli(['audit', '.', '--output', join(dir, 'main.py', 'report.json')], { cwd: dir });
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
    });
    test('a reader that goes away (| head) ends the output quietly; the gate still decides the exit code', () => {
        // `true` exits before the CLI has started, so every write meets a closed pipe.
        for (const [failOn, status] of [['none', 0], ['high', 1]]) {
            const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" audit . --format sarif --fail-on ${failOn} | true`], { cwd: dir, encoding: 'utf8' });
            assert.equal(run.stderr, '', 'no EPIPE stack trace');
            assert.equal(run.status, status);
        }
    });
    test('a report path in a directory that does not exist yet is created, as ESLint does', () => {
        const run = runCli(['audit', '.', '--format', 'json', '--output', join(dir, 'reports', 'ci', 'report.json')], { cwd: dir });
        assert.equal(run.status, 1, run.stderr);
        assert.equal(run.stdout, '');
        assert.ok(JSON.parse(readFileSync(join(dir, 'reports', 'ci', 'report.json'), 'utf8')).findings.length > 0);
        rmSync(join(dir, 'reports'), { recursive: true });
    });
});
describe('configuration', () => {
    const cases = [
        ['bad-json', 'agent-harden.config.json', '{ "rules": ', /agent-harden\.config\.json: invalid JSON/],
        ['bad-yaml', 'agent-harden.config.yaml', 'rules: [unclosed', /agent-harden\.config\.yaml: invalid YAML/],
        ['unknown-key', 'agent-harden.config.json', '{ "rulez": {} }', /agent-harden\.config\.json: .*rulez/],
        ['wrong-type', 'agent-harden.config.json', '{ "failOn": 3 }', /failOn: /],
        ['unknown-rule', 'agent-harden.config.json', '{ "rules": { "cors-wildcrd": "off" } }', /rules\.cors-wildcrd: unknown rule id/],
        ['bad-severity', 'agent-harden.config.json', '{ "rules": { "cors-wildcard": "severe" } }', /rules\.cors-wildcard/],
    ];
    for (const [name, file, content, pattern] of cases) {
        test(`${name}: exit 2 naming the file and the key`, () => {
            const dir = project(`config-${name}`, { 'main.py': WILDCARD_APP, [file]: content });
            const run = runCli(['audit', '.'], { cwd: dir });
            assert.equal(run.status, 2, run.stderr);
            assert.match(run.stderr, pattern);
            assert.doesNotMatch(run.stderr, /\n\s+at /);
        });
    }
    test('rules can be turned off or given another severity; failOn comes from the config', () => {
        const off = project('config-off', { 'main.py': WILDCARD_APP, 'agent-harden.config.json': '{ "rules": { "cors-wildcard": "off" } }' });
        assert.ok(!auditJson(off).report.findings.some((f) => f.ruleId === 'cors-wildcard'));
        const lowered = project('config-severity', {
            'main.py': WILDCARD_APP,
            'agent-harden.config.yaml': 'rules:\n  cors-wildcard: low\nfailOn: medium\n',
        });
        const result = auditJson(lowered);
        assert.deepEqual(result.report.findings.filter((f) => f.ruleId === 'cors-wildcard').map((f) => f.severity), ['low']);
        assert.equal(result.status, 1, 'missing-readiness/rate-limit (medium) fail the configured gate');
    });
    test('config ignore patterns skip paths and list them', () => {
        const dir = project('config-ignore', { 'main.py': WILDCARD_APP, 'examples/demo.py': WILDCARD_APP, 'agent-harden.config.json': '{ "ignore": ["examples/"] }' });
        const { report } = auditJson(dir);
        assert.ok(report.findings.every((f) => !f.location.file.startsWith('examples/')));
        assert.ok(report.summary.filesSkipped.some((s) => s.file === 'examples' && s.reason === 'ignored-by-config'));
    });
    test('.gitignore and .agent-hardenignore are honoured', () => {
        const dir = project('ignore-files', {
            'main.py': WILDCARD_APP,
            'generated/client.py': WILDCARD_APP,
            'vendor_copy/app.py': WILDCARD_APP,
            '.gitignore': 'generated/\n',
            '.agent-hardenignore': 'vendor_copy/\n',
        });
        const files = new Set(auditJson(dir).report.findings.map((f) => f.location.file));
        assert.deepEqual([...files], ['main.py']);
    });
});
describe('inline suppressions', () => {
    const source = `from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
# agent-harden-ignore cors-wildcard: public read-only demo, no credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"])
app.add_middleware(CORSMiddleware, allow_origins=["*"])  # agent-harden-ignore cors-wildcard
app.add_middleware(CORSMiddleware, allow_origins=["*"])  # agent-harden-ignore cors-wildcrd: typo
# agent-harden-ignore cors-wildcard: nothing on the next line
app.title = "demo"
`;
    const dir = project('suppressions', { 'main.py': source });
    const { report } = auditJson(dir);
    test('a suppression with a reason silences the finding it covers', () => {
        assert.equal(report.summary.suppressed, 1);
        assert.deepEqual(report.findings.filter((f) => f.ruleId === 'cors-wildcard').map((f) => f.location.line), [7, 8]);
    });
    test('missing reason, unknown rule id and unused suppressions are reported', () => {
        assert.deepEqual(report.summary.suppressionProblems.map((p) => `${p.line} ${p.kind}`), ['7 missing-reason', '8 unknown-rule', '9 unused']);
    });
    test('the text report lists suppression problems', () => {
        const run = runCli(['audit', '.'], { cwd: dir });
        assert.match(run.stdout, /Suppression comments\n {2}main\.py:7 {2}suppression of cors-wildcard has no reason/);
    });
});
describe('README sample command', () => {
    test('the bundled insecure sample fails the gate with findings', () => {
        const run = runCli(['audit', join(FIXTURES, 'projects', 'insecure-fastapi-adk')]);
        assert.equal(run.status, 1);
        assert.match(run.stdout, /✖ \d+ findings/);
        assert.match(readFileSync(join(FIXTURES, '..', 'README.md'), 'utf8'), /npm ci && npx agent-harden audit fixtures\/projects\/insecure-fastapi-adk/);
    });
});
