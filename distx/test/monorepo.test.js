import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from './support/cli.js';
import { FIXTURES } from './support/paths.js';
import { sarifErrors } from './support/sarif.js';
const MONOREPO = join(FIXTURES, 'monorepo');
const SERVICES = ['services/agent-py', 'services/agent-ts'];
describe('a monorepo with a Python and a TypeScript service', () => {
    const sarif = runCli(['audit', ...SERVICES, '--format', 'sarif'], { cwd: MONOREPO });
    const document = JSON.parse(sarif.stdout);
    test('SARIF has one run per service with a distinct automationDetails.id and validates against the schema', () => {
        assert.equal(sarif.status, 1, sarif.stderr);
        assert.deepEqual(sarifErrors(document), []);
        assert.deepEqual(document.runs.map((run) => run.automationDetails?.id), ['agent-harden/services/agent-py/', 'agent-harden/services/agent-ts/']);
        document.runs.forEach((run, index) => {
            assert.ok(run.results.length > 0);
            for (const result of run.results)
                assert.ok(result.locations[0].physicalLocation.artifactLocation.uri.startsWith(`${SERVICES[index]}/`));
        });
    });
    test('each service is audited with the config found from its own root', () => {
        const [python, typescript] = document.runs;
        // agent-py's config turns missing-dockerfile off; agent-ts's raises cors-wildcard to critical.
        assert.ok(!python.results.some((result) => result.ruleId === 'missing-dockerfile'));
        assert.ok(typescript.results.some((result) => result.ruleId === 'missing-dockerfile'));
        const json = JSON.parse(runCli(['audit', ...SERVICES, '--format', 'json'], { cwd: MONOREPO }).stdout);
        const cors = Object.fromEntries(json.findings.filter((f) => f.ruleId === 'cors-wildcard').map((f) => [f.location.file, f.severity]));
        assert.deepEqual(cors, { 'services/agent-py/app/main.py': 'high', 'services/agent-ts/src/server.ts': 'critical' });
        assert.equal(json.findings.filter((f) => f.ruleId === 'missing-dockerfile').length, 1);
    });
    test('one directory keeps the single-run SARIF', () => {
        const single = JSON.parse(runCli(['audit', SERVICES[0], '--format', 'sarif'], { cwd: MONOREPO }).stdout);
        assert.equal(single.runs.length, 1);
        assert.equal(single.runs[0].automationDetails, undefined);
    });
});
