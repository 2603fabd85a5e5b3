import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { sarifErrors } from './support/sarif.js';
import { FIXTURES, REPO_ROOT } from './support/paths.js';
import { scratchDir } from './support/scratch.js';
const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'));
/** The action's own checkout, as `uses:` gives it to a runner: sources only, nothing built or installed. */
function checkoutOfAction() {
    const dir = scratchDir('action');
    const skipped = new Set(['node_modules', 'dist', '.cache', '.git', '.bench', '.agent-harden-cache']);
    cpSync(REPO_ROOT, dir, { recursive: true, filter: (source) => !skipped.has(relative(REPO_ROOT, source).split('/')[0]) });
    return dir;
}
/** Runs one composite step the way the runner does: expressions expanded, then bash -eo pipefail. */
function runStep(step, inputs, actionPath, workspace) {
    const expand = (text) => text.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_all, _expr, input) => (input ? inputs[input] : actionPath));
    const env = { ...process.env, GITHUB_ACTION_PATH: actionPath, GITHUB_WORKSPACE: workspace, NO_COLOR: '1' };
    for (const [name, value] of Object.entries(step.env ?? {}))
        env[name] = expand(value);
    const cwd = step['working-directory'] ? expand(step['working-directory']) : workspace;
    return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run)], { cwd, env, encoding: 'utf8', timeout: 300_000 });
}
function withDefaults(overrides) {
    return { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])), ...overrides };
}
test('action.yml is a composite action whose scripts read inputs only from the environment', () => {
    assert.equal(action.runs.using, 'composite');
    for (const step of action.runs.steps) {
        assert.equal(step.shell, 'bash');
        assert.doesNotMatch(step.run, /\$\{\{/, `${step.name}: an expression in a script can inject a command`);
    }
});
test('the action\'s steps, run locally: build from its own checkout, one audit writes SARIF and gates', () => {
    const actionPath = checkoutOfAction();
    const [build, ...audit] = action.runs.steps;
    const insecure = scratchDir('workspace');
    cpSync(join(FIXTURES, 'projects', 'insecure-fastapi-adk'), insecure, { recursive: true });
    const built = runStep(build, withDefaults({}), actionPath, insecure);
    assert.equal(built.status, 0, built.stderr);
    assert.ok(existsSync(join(actionPath, 'dist', 'src', 'cli', 'main.js')));
    const gated = audit.map((step) => runStep(step, withDefaults({}), actionPath, insecure));
    assert.equal(gated.at(-1).status, 1, 'findings at high or above fail the step');
    const sarif = JSON.parse(readFileSync(join(insecure, 'agent-harden.sarif'), 'utf8'));
    assert.deepEqual(sarifErrors(sarif), []);
    assert.ok(sarif.runs[0].results.length > 0);
    const hardened = scratchDir('workspace');
    cpSync(join(FIXTURES, 'projects', 'hardened-fastify-agent'), hardened, { recursive: true });
    const inputs = withDefaults({ 'fail-on': 'low', 'sarif-file': 'reports/scan.sarif' });
    for (const step of audit) {
        const result = runStep(step, inputs, actionPath, hardened);
        assert.equal(result.status, 0, result.stderr + result.stdout);
    }
    assert.deepEqual(JSON.parse(readFileSync(join(hardened, 'reports', 'scan.sarif'), 'utf8')).runs[0].results, []);
});
