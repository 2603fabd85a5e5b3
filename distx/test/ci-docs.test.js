import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'yaml';
import { CLI, REPO_ROOT } from './support/paths.js';
const scratch = mkdtempSync(join(tmpdir(), 'ah-ci-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
// `agent-harden` on PATH stands in for the snippets' install step.
const bin = join(scratch, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'agent-harden'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
chmodSync(join(bin, 'agent-harden'), 0o755);
const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (dir, ...args) => execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
const APP = `from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"])
`;
const SECRET = 'OPENAI_API_KEY = "sk-proj-Zx81kQ2mN7pL4vR9tY6uW3eB5cH0jA"\n';
/** A clone of an origin whose main has old findings, on a branch that adds one secret. */
function pullRequestCheckout(name) {
    const origin = join(scratch, `${name}-origin`);
    mkdirSync(origin);
    git(origin, 'init', '-q');
    writeFileSync(join(origin, 'main.py'), APP);
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'old code');
    const clone = join(scratch, name);
    git(scratch, 'clone', '-q', origin, clone);
    git(clone, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(clone, 'main.py'), `${SECRET}\n${APP}`);
    git(clone, 'commit', '-q', '-am', 'add a key');
    return clone;
}
function yamlBlocks(markdown) {
    return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]));
}
function runScript(script, cwd, env) {
    const result = spawnSync('bash', ['-e', '-c', script], { cwd, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1', ...env }, encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const docs = readFileSync(join(REPO_ROOT, 'docs', 'ci.md'), 'utf8');
// Blocks are picked by shape: the page also shows step fragments (the composite action's usage).
const blocks = yamlBlocks(docs);
const githubWorkflow = blocks.find((block) => 'jobs' in block);
const gitlabJob = blocks.find((block) => 'agent-harden' in block);
describe('docs/ci.md GitHub workflow, its run steps executed locally', () => {
    const dir = pullRequestCheckout('github');
    const summary = join(scratch, 'step-summary.md');
    writeFileSync(summary, '');
    const context = { '${{ github.base_ref }}': 'main' };
    const results = {};
    for (const step of githubWorkflow.jobs.audit.steps) {
        if (!step.run || step.name?.startsWith('Install'))
            continue;
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, context[value] ?? value]));
        results[step.name] = runScript(step.run, dir, { ...env, GITHUB_STEP_SUMMARY: summary });
    }
    test('the audit step annotates only what the pull request adds and fails the job', () => {
        const audit = results.Audit;
        assert.equal(audit.status, 1, audit.stderr);
        const annotations = audit.stdout.trim().split('\n');
        assert.equal(annotations.length, 1, audit.stdout);
        assert.match(annotations[0], /^::error file=main\.py,line=1,.*title=hardcoded-secret/);
    });
    test('the SARIF the upload step names exists and the markdown reached the job summary', () => {
        const upload = githubWorkflow.jobs.audit.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
        const sarif = JSON.parse(readFileSync(join(dir, upload.with.sarif_file), 'utf8'));
        assert.equal(sarif.version, '2.1.0');
        assert.deepEqual(sarif.runs[0].results.map((result) => result.ruleId), ['hardcoded-secret']);
        assert.equal(results['Job summary'].status, 0);
        assert.match(readFileSync(summary, 'utf8'), /hardcoded-secret/);
    });
});
describe('docs/ci.md GitLab job, its script executed locally', () => {
    const dir = pullRequestCheckout('gitlab');
    const job = gitlabJob['agent-harden'];
    const run = runScript(job.script.join('\n'), dir, { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' });
    test('the merge request fails on the finding it adds, and the reports it names are written', () => {
        assert.equal(run.status, 1, run.stderr);
        assert.match(run.stdout, /hardcoded-secret/);
        assert.doesNotMatch(run.stdout, /cors-wildcard/);
        assert.match(readFileSync(join(dir, job.artifacts.reports.junit), 'utf8'), /<testsuites /);
        for (const path of job.artifacts.paths)
            assert.ok(existsSync(join(dir, path)), path);
    });
});
describe('.pre-commit-hooks.yaml', () => {
    const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    const hook = hooks.find((entry) => entry.id === 'agent-harden');
    test('the hook entry stops a commit that adds a finding, and passes one that does not', () => {
        assert.equal(hook.language, 'node');
        const dir = pullRequestCheckout('pre-commit');
        writeFileSync(join(dir, 'notes.py'), 'NOTES = "harmless"\n');
        git(dir, 'add', 'notes.py');
        assert.equal(runScript(hook.entry, dir, {}).status, 0);
        writeFileSync(join(dir, 'notes.py'), `NOTES = "harmless"\n${SECRET}`);
        git(dir, 'add', 'notes.py');
        const blocked = runScript(hook.entry, dir, {});
        assert.equal(blocked.status, 1);
        assert.match(blocked.stdout, /notes\.py/);
        assert.doesNotMatch(blocked.stdout, /cors-wildcard/);
    });
});
describe('--format github respects the per-step annotation cap', () => {
    test('past 10 errors the most severe are annotated and one notice counts the rest', () => {
        const dir = join(scratch, 'many');
        mkdirSync(dir);
        const secrets = Array.from({ length: 3 }, (_, i) => `KEY_${i} = "sk-proj-Zx81kQ2mN7pL4vR9tY6uW3eB5cH0j${i}"`).join('\n');
        const wildcards = Array.from({ length: 12 }, () => 'app.add_middleware(CORSMiddleware, allow_origins=["*"])').join('\n');
        writeFileSync(join(dir, 'main.py'), `${APP}${wildcards}\n${secrets}\n`);
        const run = runScript('agent-harden audit . --format github', dir, {});
        const lines = run.stdout.trim().split('\n');
        const errors = lines.filter((line) => line.startsWith('::error '));
        assert.equal(errors.length, 10);
        // The three critical secrets are among the ten shown, whatever their line.
        assert.equal(errors.filter((line) => line.includes('hardcoded-secret')).length, 3);
        const json = JSON.parse(runScript('agent-harden audit . --format json', dir, {}).stdout);
        const annotated = lines.filter((line) => !line.startsWith('::notice title=agent-harden::')).length;
        assert.equal(lines.at(-1), `::notice title=agent-harden::${json.findings.length - annotated} more findings not annotated (GitHub shows 10 per type per step); the SARIF, JSON or text report lists all ${json.findings.length}`);
        for (const type of ['error', 'warning', 'notice'])
            assert.ok(lines.filter((line) => line.startsWith(`::${type} `)).length <= 10, type);
    });
});
