import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from './support/cli.js';
import { FIXTURES } from './support/paths.js';
import { copyFixture } from './support/project-copy.js';
function auditJson(dir) {
    const run = runCli(['audit', dir, '--format', 'json', '--fail-on', 'none']);
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout);
}
// `scaffold list` prints one generator a line, its id first.
const generators = runCli(['scaffold', 'list'])
    .stdout.split('\n')
    .map((line) => line.split(/\s+/)[0])
    .filter(Boolean);
// The promise of scaffold + fix (docs/scaffold.md, "Measured on the sample projects"): every generator,
// then fix, takes each insecure sample to a readiness score of at least 90.
describe('every generator, then fix, on the insecure samples: readiness at least 90', () => {
    for (const sample of ['insecure-fastapi-adk', 'insecure-express-agent', 'insecure-a2a-starlette']) {
        test(sample, (t) => {
            const dir = copyFixture(join(FIXTURES, 'projects', sample));
            const before = auditJson(dir).score.overall;
            for (const generator of generators) {
                // The samples ship their own root-running Dockerfile: replacing it is the point.
                const force = generator === 'dockerfile' ? ['--force'] : [];
                const run = runCli(['scaffold', generator, '--dir', dir, '--yes', ...force]);
                assert.equal(run.status, 0, `scaffold ${generator}: ${run.stderr}`);
            }
            const fix = runCli(['fix', '--dir', dir, '--yes']);
            assert.equal(fix.status, 0, fix.stderr);
            const after = auditJson(dir);
            const left = [...new Set(after.findings.map((finding) => finding.ruleId))].sort().join(', ');
            t.diagnostic(`${sample}: ${before} → ${after.score.overall}; left: ${left}`);
            assert.ok(before < 90, `the sample should start below the target, not at ${before}`);
            assert.ok(after.score.overall >= 90, `score ${after.score.overall} after every generator and fix; left: ${left}`);
        });
    }
});
