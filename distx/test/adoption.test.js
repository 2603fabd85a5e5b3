import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runCli } from './support/cli.js';
const scratch = mkdtempSync(join(tmpdir(), 'ah-adoption-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
function git(dir, ...args) {
    return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}
function write(dir, files) {
    for (const [file, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), content);
    }
}
/** A real repository: the first commit, then each later state committed in turn. */
function repository(name, first) {
    const dir = join(scratch, name);
    mkdirSync(dir, { recursive: true });
    git(dir, 'init', '-q');
    write(dir, first);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'first');
    return dir;
}
function commitAll(dir, message) {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', message);
}
function audit(dir, ...flags) {
    const run = runCli(['audit', '.', '--format', 'json', ...flags], { cwd: dir });
    const report = JSON.parse(run.stdout || '{"findings":[]}');
    return { status: run.status, found: report.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`), stderr: run.stderr };
}
const APP = `from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"])


@app.get("/livez")
def livez():
    return {"ok": True}
`;
const SECRET = 'OPENAI_API_KEY = "sk-proj-Zx81kQ2mN7pL4vR9tY6uW3eB5cH0jA"\n';
describe('baseline file: write, use, prune', () => {
    const dir = repository('baseline-file', { 'app/main.py': APP });
    test('--write-baseline records every finding and exits 0', () => {
        const before = audit(dir);
        assert.equal(before.status, 1);
        assert.ok(before.found.includes('cors-wildcard app/main.py:5'));
        const written = runCli(['audit', '.', '--write-baseline', 'baseline.json'], { cwd: dir });
        assert.equal(written.status, 0, written.stderr);
        assert.match(written.stderr, /wrote \d+ finding\(s\) to baseline baseline\.json/);
        const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
        assert.equal(baseline.version, 1);
        assert.equal(baseline.entries.length, before.found.length);
        assert.ok(baseline.entries.every((entry) => entry.count === 1 && /^[0-9a-f]{32}$/.test(entry.fingerprint) && !('line' in entry)));
        commitAll(dir, 'baseline');
    });
    test('--baseline reports and gates only new findings, also after the old ones moved down', () => {
        write(dir, { 'app/main.py': `${SECRET}\n\n${APP}` });
        commitAll(dir, 'a secret and moved lines');
        const run = audit(dir, '--baseline', 'baseline.json');
        assert.deepEqual(run.found, ['hardcoded-secret app/main.py:1']);
        assert.equal(run.status, 1);
        assert.equal(run.stderr, '');
    });
    test('a fixed finding makes the baseline stale; --prune-baseline drops it', () => {
        write(dir, { 'app/main.py': APP.replace('allow_origins=["*"]', 'allow_origins=["https://app.example.com"]') });
        commitAll(dir, 'fix cors');
        const stale = audit(dir, '--baseline', 'baseline.json');
        assert.deepEqual(stale.found, []);
        assert.equal(stale.status, 0);
        assert.match(stale.stderr, /^agent-harden: baseline baseline\.json has 1 stale entry \(fixed or gone\); --prune-baseline drops them\n$/);
        const entriesBefore = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).entries.length;
        const pruned = audit(dir, '--baseline', 'baseline.json', '--prune-baseline');
        assert.equal(pruned.status, 0);
        assert.match(pruned.stderr, /pruned 1 stale entry/);
        const after = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
        assert.equal(after.entries.length, entriesBefore - 1);
        assert.ok(!after.entries.some((entry) => entry.ruleId === 'cors-wildcard'));
        assert.equal(audit(dir, '--baseline', 'baseline.json').stderr, '');
    });
    test('flag mistakes are one-line exit-2 errors', () => {
        for (const [flags, message] of [
            [['--prune-baseline'], /--prune-baseline needs --baseline FILE/],
            [['--baseline', 'missing.json'], /cannot read baseline missing\.json \(ENOENT\)/],
            [['--baseline', 'app/main.py'], /baseline app\/main\.py is not valid JSON/],
            [['--baseline', 'baseline.json', '--baseline-ref', 'HEAD'], /either --baseline FILE or --baseline-ref REF/],
            [['--baseline-ref', 'no-such-ref'], /--baseline-ref no-such-ref: no such commit/],
            [['--changed-since', 'no-such-ref'], /--changed-since no-such-ref: no such commit/],
        ]) {
            const run = runCli(['audit', '.', ...flags], { cwd: dir });
            assert.equal(run.status, 2, `${flags.join(' ')}: ${run.stderr}`);
            assert.match(run.stderr, message);
            assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
        }
    });
    test('--baseline-ref outside a git repository is a one-line exit-2 error', () => {
        const plain = join(scratch, 'not-a-repo');
        write(plain, { 'main.py': APP });
        const run = runCli(['audit', '.', '--baseline-ref', 'HEAD'], { cwd: plain, env: { GIT_CEILING_DIRECTORIES: scratch } });
        assert.equal(run.status, 2, run.stderr);
        assert.match(run.stderr, /^agent-harden: --baseline-ref needs a git repository/);
    });
});
describe('--baseline-ref: another commit scanned in a temporary worktree', () => {
    const dir = repository('baseline-ref', { 'app/main.py': APP, 'app/util.py': 'def helper(x):\n    return x + 1\n' });
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    // The file is renamed and its lines move down; a new finding comes in beside the old ones.
    renameSync(join(dir, 'app/main.py'), join(dir, 'app/server.py'));
    write(dir, { 'app/server.py': `"""The service."""\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${APP}\n${SECRET}` });
    commitAll(dir, 'rename and grow');
    test('git sees the rename', () => {
        assert.match(git(dir, 'diff', '-M', '--name-status', base, 'HEAD'), /^R\d+\tapp\/main\.py\tapp\/server\.py$/m);
    });
    test('old findings stay quiet, the new one is reported and gates', () => {
        const all = audit(dir);
        assert.ok(all.found.includes('cors-wildcard app/server.py:10'), all.found.join('\n'));
        const run = audit(dir, '--baseline-ref', base);
        assert.deepEqual(run.found, ['hardcoded-secret app/server.py:17']);
        assert.equal(run.status, 1);
        assert.equal(run.stderr, '');
    });
    test('the temporary worktree is removed afterwards', () => {
        assert.equal(git(dir, 'worktree', 'list').trim().split('\n').length, 1);
    });
    test('against HEAD itself nothing is new', () => {
        const run = audit(dir, '--baseline-ref', 'HEAD');
        assert.deepEqual(run.found, []);
        assert.equal(run.status, 0);
    });
});
const TWO_FUNCTIONS = `import requests
from fastapi import FastAPI

app = FastAPI()


def fetch_weather(city):
    return requests.get(f"https://weather.example.com/{city}", timeout=5)


def fetch_news(topic):
    return requests.get(f"https://news.example.com/{topic}", timeout=5)
`;
describe('--changed-since: a diff touching one function', () => {
    const dir = repository('changed-since', { 'app/main.py': TWO_FUNCTIONS });
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    // First fetch_news loses its timeout and a legacy module comes in; the change under review then touches fetch_weather alone.
    write(dir, {
        'app/main.py': TWO_FUNCTIONS.replace('/{topic}", timeout=5)', '/{topic}")'),
        'app/legacy.py': 'import requests\n\n\ndef old():\n    return requests.get("https://legacy.example.com")\n',
    });
    commitAll(dir, 'news without timeout; legacy');
    const middle = git(dir, 'rev-parse', 'HEAD').trim();
    write(dir, { 'app/main.py': TWO_FUNCTIONS.replace('/{city}", timeout=5)', '/{city}")').replace('/{topic}", timeout=5)', '/{topic}")') });
    commitAll(dir, 'weather without timeout');
    test('only the finding in the changed function is reported', () => {
        const all = audit(dir);
        const timeouts = all.found.filter((line) => line.startsWith('outbound-call-without-timeout'));
        assert.deepEqual(timeouts, ['outbound-call-without-timeout app/legacy.py:5', 'outbound-call-without-timeout app/main.py:8', 'outbound-call-without-timeout app/main.py:12']);
        const run = audit(dir, '--changed-since', middle);
        assert.deepEqual(run.found.filter((line) => line.startsWith('outbound-call-without-timeout')), ['outbound-call-without-timeout app/main.py:8']);
    });
    test('project-rule findings stay when their app changed, and nothing is new since HEAD', () => {
        // Project rules decide per app (line 4, the constructor); api-docs-exposed is a line rule on an unchanged line.
        const projectFindings = (found) => found.filter((line) => line.startsWith('missing-') && line.endsWith('app/main.py:4'));
        const all = projectFindings(audit(dir).found);
        assert.ok(all.length > 0);
        const changed = audit(dir, '--changed-since', middle).found;
        assert.deepEqual(projectFindings(changed), all);
        assert.ok(!changed.includes('api-docs-exposed app/main.py:4'));
        assert.deepEqual(audit(dir, '--changed-since', 'HEAD').found, []);
        assert.ok(audit(dir, '--changed-since', base).found.includes('outbound-call-without-timeout app/legacy.py:5'));
    });
});
describe('several outputs from one scan, and report re-rendering', () => {
    const dir = join(scratch, 'outputs');
    write(dir, { 'app/main.py': `${SECRET}\n${APP}` });
    const run = runCli(['audit', '.', '--sarif-output', 'out.sarif', '--json-output', 'out.json', '--junit-output', 'out.xml', '--markdown-output', 'out.md'], { cwd: dir });
    const saved = () => JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    test('text goes to stdout and every file is written, all from the same scan', () => {
        assert.equal(run.status, 1, run.stderr);
        const { durationMs } = saved().summary;
        // Each scan measures its own wall time; one shared value in every output means they all came from one scan.
        assert.match(run.stdout, new RegExp(` · ${durationMs} ms\\n$`));
        assert.match(readFileSync(join(dir, 'out.xml'), 'utf8'), new RegExp(`time="${(durationMs / 1000).toFixed(3)}"`));
        const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
        assert.equal(sarif.runs[0].results.length, saved().findings.length);
        assert.match(readFileSync(join(dir, 'out.md'), 'utf8'), /cors-wildcard/);
    });
    test('report re-renders the saved JSON byte-identically to a direct run of each format', () => {
        for (const format of ['sarif', 'junit', 'markdown', 'github', 'json', 'text']) {
            const direct = runCli(['audit', '.', '--format', format, '--json-output', `direct-${format}.json`], { cwd: dir });
            const again = runCli(['report', '--format', format, `direct-${format}.json`], { cwd: dir });
            assert.equal(again.status, 0, again.stderr);
            assert.equal(again.stdout, direct.stdout, format);
        }
    });
    test('report mistakes are one-line exit-2 errors', () => {
        for (const [args, message] of [
            [['report', 'missing.json'], /cannot read missing\.json \(ENOENT\)/],
            [['report', 'app/main.py'], /app\/main\.py is not valid JSON/],
            [['report', '--format', 'pdf', 'out.json'], /unknown format "pdf"/],
            [['report', 'out.sarif'], /out\.sarif is not an agent-harden JSON report/],
            [['audit', '.', '--sarif-output', 'app/main.py/out.sarif'], /cannot write app\/main\.py\/out\.sarif/],
        ]) {
            const bad = runCli([...args], { cwd: dir });
            assert.equal(bad.status, 2, bad.stderr);
            assert.match(bad.stderr, message);
            assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
        }
    });
});
describe('suppression expiry and --no-inline-ignores', () => {
    const dir = join(scratch, 'suppressions');
    write(dir, {
        'app/main.py': `from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"])  # agent-harden-ignore cors-wildcard until 2099-12-31: public demo API
app.add_middleware(CORSMiddleware, allow_origins=["*"], max_age=1)  # agent-harden-ignore cors-wildcard until 2020-01-01: demo, to be locked down
app.add_middleware(CORSMiddleware, allow_origins=["*"], max_age=2)  # agent-harden-ignore cors-wildcard until next-year: someday
`,
    });
    const report = (...flags) => {
        const run = runCli(['audit', '.', '--format', 'json', ...flags], { cwd: dir });
        return JSON.parse(run.stdout);
    };
    test('a suppression applies until its date; past it, or with an unreadable date, the finding is back and the comment is reported', () => {
        const { findings, summary } = report();
        assert.deepEqual(findings.filter((f) => f.ruleId === 'cors-wildcard').map((f) => f.location.line), [6, 7]);
        assert.equal(summary.suppressed, 1);
        assert.deepEqual(summary.suppressionProblems.map((p) => `${p.line} ${p.kind}`), ['6 expired', '7 bad-expiry']);
        assert.match(summary.suppressionProblems[0].message, /expired on 2020-01-01/);
    });
    test('--no-inline-ignores audits with every suppression off', () => {
        const { findings, summary } = report('--no-inline-ignores');
        assert.deepEqual(findings.filter((f) => f.ruleId === 'cors-wildcard').map((f) => f.location.line), [5, 6, 7]);
        assert.equal(summary.suppressed, 0);
        assert.deepEqual(summary.suppressionProblems, []);
    });
});
describe('AGENT_HARDEN_* environment variables', () => {
    const dir = join(scratch, 'environment');
    write(dir, { 'app/main.py': APP });
    test('each audit flag reads AGENT_HARDEN_<FLAG>, and the command line wins', () => {
        const json = runCli(['audit', '.'], { cwd: dir, env: { AGENT_HARDEN_FORMAT: 'json', AGENT_HARDEN_FAIL_ON: 'none' } });
        assert.equal(json.status, 0, json.stderr);
        assert.equal(JSON.parse(json.stdout).schemaVersion, 1);
        const flagWins = runCli(['audit', '.', '--format', 'sarif', '--fail-on', 'high'], { cwd: dir, env: { AGENT_HARDEN_FORMAT: 'json', AGENT_HARDEN_FAIL_ON: 'none' } });
        assert.equal(flagWins.status, 1);
        assert.match(flagWins.stdout, /"version": "2\.1\.0"/);
        const outputs = runCli(['audit', '.'], { cwd: dir, env: { AGENT_HARDEN_JSON_OUTPUT: 'env.json', AGENT_HARDEN_FAIL_ON: 'none' } });
        assert.equal(outputs.status, 0, outputs.stderr);
        assert.match(readFileSync(join(dir, 'env.json'), 'utf8'), /"cors-wildcard"/);
        const help = runCli(['audit', '--help'], { cwd: dir });
        assert.match(help.stdout, /--fail-on <level>[\s\S]*\(env:\s+AGENT_HARDEN_FAIL_ON\)/);
        assert.doesNotMatch(help.stdout, /AGENT_HARDEN_HELP/, 'commander never reads --help from the environment');
    });
    test('a bad value from the environment is a one-line exit-2 error naming the variable', () => {
        const run = runCli(['audit', '.'], { cwd: dir, env: { AGENT_HARDEN_FAIL_ON: 'bogus' } });
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^agent-harden: .*AGENT_HARDEN_FAIL_ON.*\n$/);
    });
});
describe('init', () => {
    test('writes a commented starter config for the detected stack that the loader accepts, and never overwrites one', () => {
        const dir = join(scratch, 'init');
        write(dir, { 'requirements.txt': 'fastapi==0.115.0\n', 'package.json': '{"dependencies":{"express":"^4.21.0"}}\n', 'app/main.py': APP, 'tests/test_main.py': APP });
        const run = runCli(['init'], { cwd: dir });
        assert.equal(run.status, 0, run.stderr);
        const text = readFileSync(join(dir, 'agent-harden.config.yaml'), 'utf8');
        assert.match(text, /^# agent-harden config\. Detected: Python, TypeScript\/JavaScript with FastAPI, Express\./);
        assert.match(text, /^\$schema: .*\/docs\/config\.schema\.json$/m);
        assert.match(text, /^ {2}- "tests\/"$/m);
        const audited = audit(dir);
        assert.equal(audited.status, 1, audited.stderr);
        assert.ok(!audited.found.some((line) => line.includes('tests/')), 'the starter ignore list applies');
        const again = runCli(['init'], { cwd: dir });
        assert.equal(again.status, 2);
        assert.equal(again.stderr, 'agent-harden: agent-harden.config.yaml already exists; edit it, or run init --force to replace it\n');
        assert.equal(runCli(['init', '--force'], { cwd: dir }).status, 0);
    });
});
