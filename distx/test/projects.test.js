import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from './support/cli.js';
import { findingLines, parseExpectedFindings } from './support/expected-findings.js';
import { FIXTURES } from './support/paths.js';
const PROJECTS = join(FIXTURES, 'projects');
const samples = readdirSync(PROJECTS).filter((name) => /^(insecure|hardened)-/.test(name)).sort();
describe('sample projects through the built CLI', () => {
    test('there are insecure and hardened samples in both languages', () => {
        assert.ok(samples.filter((name) => name.startsWith('insecure-')).length >= 3);
        assert.ok(samples.filter((name) => name.startsWith('hardened-')).length >= 2);
    });
    for (const sample of samples) {
        test(sample, () => {
            const cwd = join(PROJECTS, sample);
            const run = runCli(['audit', '.', '--format', 'json'], { cwd });
            assert.equal(run.stderr, '');
            const report = JSON.parse(run.stdout);
            assert.deepEqual(report.summary.ruleErrors, []);
            const expected = parseExpectedFindings(readFileSync(join(cwd, 'expected-findings.txt'), 'utf8'));
            assert.deepEqual(findingLines(report.findings), expected, `${sample}: findings differ from expected-findings.txt`);
            if (sample.startsWith('hardened-')) {
                assert.equal(run.status, 0);
                assert.equal(runCli(['audit', '.', '--fail-on', 'low', '--min-confidence', 'low'], { cwd }).status, 0, 'hardened samples pass the strictest gate');
            }
            else {
                assert.equal(run.status, 1, 'insecure samples fail the default gate');
            }
        });
    }
});
