import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { describeRule, loadRules } from '../src/engine/registry.js';
import { audit } from '../src/engine/audit.js';
import { REPORTERS } from '../src/reporters/index.js';
import { runCli } from './support/cli.js';
import { FIXTURES, REPO_ROOT } from './support/paths.js';
import { renderRulesTable, replaceRulesTable } from './support/rules-table.js';
const rules = (await loadRules()).map(describeRule);
const insecure = join(FIXTURES, 'projects', 'insecure-express-agent');
describe('rules and explain', () => {
    test('`rules` lists every rule; `--format json` gives the metadata', () => {
        const text = runCli(['rules']);
        assert.equal(text.status, 0);
        for (const rule of rules)
            assert.match(text.stdout, new RegExp(`^${rule.id}\\s+${rule.category}\\s+${rule.severity}\\s+${rule.confidence}\\s+`, 'm'));
        const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout);
        assert.deepEqual(json.map((rule) => rule.id), rules.map((rule) => rule.id));
    });
    test('`explain <id>` prints metadata and the doc page', () => {
        const run = runCli(['explain', 'cors-wildcard']);
        assert.equal(run.status, 0);
        assert.match(run.stdout, /^cors-wildcard — CORS allows any origin\ncategory: security {3}severity: high/);
        assert.match(run.stdout, /## Why it matters/);
        assert.match(run.stdout, /## How to fix/);
    });
    test('an unknown id suggests the closest ids and exits 2', () => {
        const run = runCli(['explain', 'cors-wildcrd']);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /unknown rule "cors-wildcrd"; did you mean cors-wildcard/);
        const far = runCli(['explain', 'zzzzzz']);
        assert.equal(far.status, 2);
        assert.match(far.stderr, /run `agent-harden rules` to list them/);
    });
    test('the README rules table is generated from metadata and current (npm run docs:rules)', () => {
        const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
        assert.equal(readme, replaceRulesTable(readme, renderRulesTable(rules)), 'README rules table is stale: run `npm run docs:rules`');
    });
});
describe('gates and extra reporters', () => {
    test('--min-score fails a tree scoring below it and passes one above', () => {
        const below = runCli(['audit', insecure, '--fail-on', 'none', '--min-score', '90']);
        assert.equal(below.status, 1);
        assert.match(below.stderr, /readiness score \d+ is below --min-score 90/);
        assert.equal(runCli(['audit', insecure, '--fail-on', 'none', '--min-score', '0']).status, 0);
        assert.equal(runCli(['audit', join(FIXTURES, 'projects', 'hardened-fastify-agent'), '--min-score', '100']).status, 0);
    });
    test('low-confidence findings do not fail the default gate unless --min-confidence low', async () => {
        const result = await audit({ paths: ['.'], cwd: insecure });
        const { evaluateGate } = await import('../src/core/gate.js');
        const lowOnly = { ...result, findings: result.findings.map((f) => ({ ...f, severity: 'critical', confidence: 'low' })) };
        assert.equal(evaluateGate(lowOnly, { failOn: 'high', minConfidence: 'medium' }).passed, true);
        assert.equal(evaluateGate(lowOnly, { failOn: 'high', minConfidence: 'low' }).passed, false);
    });
    test('junit has one test case per rule, failures listing findings', async () => {
        const result = await audit({ paths: ['.'], cwd: insecure });
        const xml = REPORTERS.junit(result, { color: false });
        assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
        assert.equal((xml.match(/<testcase /g) ?? []).length, result.rules.length);
        const failing = Object.values(result.checks).filter((status) => status === 'fail').length;
        assert.equal((xml.match(/<failure /g) ?? []).length, failing);
        assert.match(xml, new RegExp(`failures="${failing}"`));
        for (const [, value] of xml.matchAll(/="([^"]*)"/g))
            assert.doesNotMatch(value, /[<>]|&(?!amp;|lt;|gt;|quot;)/, 'attribute values are escaped');
    });
    test('markdown is a PR comment with the score, counts and linked top findings', async () => {
        const result = await audit({ paths: ['.'], cwd: insecure });
        const md = REPORTERS.markdown(result, { color: false });
        assert.match(md, new RegExp(`^## agent-harden audit: readiness ${result.score.overall}/100`));
        assert.match(md, /\| \S+ critical \| \[`cors-wildcard`\]\(https:\/\/\S+\/rules\/cors-wildcard\.md\) \| `src\/server\.ts:\d+` \|/);
        const clean = REPORTERS.markdown({ ...result, findings: [] }, { color: false });
        assert.match(clean, /No findings\. ✅/);
    });
});
