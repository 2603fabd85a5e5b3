import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { GENERATORS } from '../src/scaffold/generators/index.js';
import { METADATA_FILE } from '../src/scaffold/metadata.js';
import { applyScaffold, planScaffold } from '../src/scaffold/run.js';
import { runCli } from './support/cli.js';
import { copyFixture, snapshot } from './support/project-copy.js';
import { scaffoldRoundTrip } from './support/scaffold-round-trip.js';
import { FIXTURES } from './support/paths.js';
import { resolveInside } from '../src/scaffold/paths.js';
const SCAFFOLD_FIXTURES = join(FIXTURES, 'scaffold');
const fixtureFrameworks = readdirSync(SCAFFOLD_FIXTURES).sort();
describe('scaffold round trip: generate, compile, re-audit, generate again', () => {
    for (const generator of GENERATORS) {
        // Framework-free generators (ci) write the same file everywhere: one project per language is enough.
        const frameworks = generator.frameworks.length > 0 ? fixtureFrameworks.filter((framework) => generator.frameworks.includes(framework)) : ['fastapi', 'express'];
        for (const framework of frameworks) {
            test(`${generator.id} × ${framework}`, async () => {
                await scaffoldRoundTrip(generator, join(SCAFFOLD_FIXTURES, framework));
            });
        }
    }
});
describe('scaffold file policy', () => {
    test('a hand-edited generated file is refused without --force, replaced with it', async () => {
        const dir = copyFixture(join(SCAFFOLD_FIXTURES, 'fastapi'));
        assert.equal(runCli(['scaffold', 'health', '--dir', dir, '--yes']).status, 0);
        const metadata = JSON.parse(readFileSync(join(dir, METADATA_FILE), 'utf8'));
        assert.equal(metadata.files['app/health.py'].generator, 'health');
        const edited = `${readFileSync(join(dir, 'app/health.py'), 'utf8')}\n# tuned by hand\n`;
        writeFileSync(join(dir, 'app/health.py'), edited);
        // Simulate a newer template: the file is ours, then edited, and the generator wants other content.
        metadata.files['app/health.py'].sha256 = '0'.repeat(64);
        writeFileSync(join(dir, METADATA_FILE), JSON.stringify(metadata));
        const refused = runCli(['scaffold', 'health', '--dir', dir, '--yes']);
        assert.equal(refused.status, 2);
        assert.match(refused.stderr, /refusing to overwrite app\/health\.py \(generated earlier, then edited by hand/);
        assert.equal(readFileSync(join(dir, 'app/health.py'), 'utf8'), edited);
        const forced = runCli(['scaffold', 'health', '--dir', dir, '--yes', '--force']);
        assert.equal(forced.status, 0, forced.stderr);
        assert.doesNotMatch(readFileSync(join(dir, 'app/health.py'), 'utf8'), /tuned by hand/);
    });
    test('a file the user wrote is never replaced without --force', async () => {
        const dir = copyFixture(join(SCAFFOLD_FIXTURES, 'flask'));
        writeFileSync(join(dir, 'health.py'), '# my own module\n');
        const refused = runCli(['scaffold', 'health', '--dir', dir, '--yes']);
        assert.equal(refused.status, 2);
        assert.match(refused.stderr, /health\.py \(exists and was not written by agent-harden/);
        assert.equal(readFileSync(join(dir, 'health.py'), 'utf8'), '# my own module\n');
    });
    test('--dry-run leaves the tree byte-identical and prints the diff', () => {
        const dir = copyFixture(join(SCAFFOLD_FIXTURES, 'express'));
        const before = snapshot(dir);
        const run = runCli(['scaffold', 'health', '--dir', dir, '--dry-run']);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^\+\+\+ b\/src\/health\.ts$/m);
        assert.match(run.stdout, /^\+app\.use\(healthRouter\);$/m);
        assert.deepEqual(snapshot(dir), before);
    });
    test('a failure between writes of a multi-file apply leaves no partial state', async () => {
        const dir = copyFixture(join(SCAFFOLD_FIXTURES, 'fastapi'));
        const before = snapshot(dir);
        const plan = await planScaffold({ generator: 'health', dir });
        assert.ok(plan.changes.length >= 3, 'the plan writes several files');
        let renames = 0;
        const failing = {
            writeFile: (path, text) => writeFileSync(path, text),
            rename: (from, to) => {
                if (++renames === 2)
                    throw new Error('disk full');
                renameSync(from, to);
            },
        };
        assert.throws(() => applyScaffold(plan, failing), /disk full/);
        assert.deepEqual(snapshot(dir), before);
    });
    test('an unknown generator and an unsupported project are usage errors', () => {
        const unknown = runCli(['scaffold', 'nope', '--dir', join(SCAFFOLD_FIXTURES, 'flask')]);
        assert.equal(unknown.status, 2);
        assert.match(unknown.stderr, /unknown generator "nope"/);
        const empty = copyFixture(join(FIXTURES, 'rules', 'missing-health-endpoint', 'library-no-app'));
        const none = runCli(['scaffold', 'health', '--dir', empty, '--dry-run']);
        assert.equal(none.status, 2);
        assert.match(none.stderr, /no HTTP app found/);
    });
    test('scaffold list names every generator with the rules it repairs', () => {
        const run = runCli(['scaffold', 'list']);
        assert.equal(run.status, 0);
        for (const generator of GENERATORS)
            assert.match(run.stdout, new RegExp(`^${generator.id} `, 'm'));
        assert.match(run.stdout, /repairs: missing-health-endpoint/);
    });
});
describe('scaffold outputs', () => {
    test('ci: actions pinned to commit SHAs, least permissions, one scan that writes SARIF and gates on --fail-on high, upload even on failure', () => {
        const dir = copyFixture(join(SCAFFOLD_FIXTURES, 'fastapi'));
        assert.equal(runCli(['scaffold', 'ci', '--dir', dir, '--yes']).status, 0);
        const workflow = parseYaml(readFileSync(join(dir, '.github/workflows/agent-harden.yml'), 'utf8'));
        assert.deepEqual(workflow.permissions, {});
        const job = workflow.jobs.audit;
        assert.deepEqual(job.permissions, { contents: 'read', 'security-events': 'write' });
        const uses = job.steps.filter((step) => step.uses).map((step) => step.uses);
        assert.ok(uses.length >= 3);
        for (const ref of uses)
            assert.match(ref, /@[0-9a-f]{40}$/, `${ref} is not pinned to a commit`);
        assert.ok(uses.some((ref) => ref.startsWith('github/codeql-action/upload-sarif@')));
        const runs = job.steps.map((step) => step.run ?? '').join('\n');
        assert.equal(runs.match(/agent-harden@\S+ audit/g)?.length, 1, 'one scan writes the SARIF and gates');
        assert.match(runs, /audit --sarif-output agent-harden\.sarif --fail-on high/);
        const upload = job.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
        assert.match(upload.if, /always\(\)/, 'the SARIF is uploaded when the gate fails too');
    });
    test('k8s: probes on the app\'s health routes, non-root read-only container, resources, PDB and Service', () => {
        const dir = copyFixture(join(SCAFFOLD_FIXTURES, 'express'));
        assert.equal(runCli(['scaffold', 'k8s', '--dir', dir, '--yes', '--image', 'ghcr.io/acme/chat:1.0.0']).status, 0);
        const documents = parseAllDocuments(readFileSync(join(dir, 'k8s/app.yaml'), 'utf8')).map((document) => document.toJS());
        assert.deepEqual(documents.map((document) => document.kind), ['Deployment', 'Service', 'PodDisruptionBudget']);
        const container = documents[0].spec.template.spec.containers[0];
        assert.equal(container.image, 'ghcr.io/acme/chat:1.0.0');
        assert.equal(container.livenessProbe.httpGet.path, '/livez');
        assert.equal(container.readinessProbe.httpGet.path, '/readyz');
        assert.ok(container.startupProbe);
        assert.equal(container.securityContext.readOnlyRootFilesystem, true);
        assert.equal(documents[0].spec.template.spec.securityContext.runAsNonRoot, true);
        assert.ok(container.resources.limits.memory);
    });
    test('values that could inject code or YAML are rejected before any template sees them', () => {
        const dir = copyFixture(join(SCAFFOLD_FIXTURES, 'express'));
        const before = snapshot(dir);
        for (const args of [['--name', 'x\nkind: Secret'], ['--image', 'evil"; curl x | sh'], ['--port', '70000']]) {
            const run = runCli(['scaffold', 'k8s', '--dir', dir, '--yes', ...args]);
            assert.equal(run.status, 2, `${args.join(' ')}: ${run.stdout}`);
        }
        assert.deepEqual(snapshot(dir), before);
    });
    test('paths can never leave the project root', () => {
        const dir = copyFixture(join(SCAFFOLD_FIXTURES, 'flask'));
        for (const path of ['../outside.py', '/etc/passwd', 'a/../../b'])
            assert.throws(() => resolveInside(dir, path), /refusing path/);
    });
});
