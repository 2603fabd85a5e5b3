import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../src/engine/audit.js';
import { loadRules } from '../../src/engine/registry.js';
import { planScaffold } from '../../src/scaffold/run.js';
import { runCli } from './cli.js';
import { checkPython, copyFixture, snapshot, typeCheck } from './project-copy.js';
const registered = new Set((await loadRules()).map((rule) => rule.id));
export async function findingIds(dir) {
    const result = await audit({ paths: ['.'], cwd: dir });
    assert.deepEqual(result.summary.parseErrors, [], 'the project must parse');
    return result.findings.map((finding) => finding.ruleId);
}
/**
 * Copies `fixture`, runs `scaffold <generator>` through the built CLI, checks the
 * result compiles (tsc --noEmit; tree-sitter + py_compile), re-audits (every
 * repaired rule in the build gone, nothing new), and plans again expecting nothing.
 * `mustFire` asserts the repaired rules fired before, so the repair is really shown.
 * Returns the scaffolded copy.
 */
export async function scaffoldRoundTrip(generator, fixture, options = {}) {
    const dir = copyFixture(fixture);
    const before = await findingIds(dir);
    const repaired = generator.repairs.filter((id) => registered.has(id));
    if (options.mustFire)
        for (const id of repaired)
            assert.ok(before.includes(id), `${id} must fire on the fixture before scaffold ${generator.id}: ${before.join(', ')}`);
    const run = runCli(['scaffold', generator.id, '--dir', dir, '--yes']);
    assert.equal(run.status, 0, run.stderr);
    const plan = await planScaffold({ generator: generator.id, dir });
    assert.deepEqual(plan.changes.map((change) => change.path), [], 'a second run plans nothing');
    assert.deepEqual(plan.conflicts, []);
    const original = snapshot(fixture);
    const written = [...snapshot(dir)].filter(([file, text]) => original.get(file) !== text).map(([file]) => file);
    // tsc is the slow part: run it when the generator wrote TypeScript.
    if (existsSync(join(dir, 'tsconfig.json')) && written.some((file) => /\.[cm]?tsx?$/.test(file)))
        assert.equal(typeCheck(dir), undefined);
    assert.equal(await checkPython(dir, written.filter((file) => file.endsWith('.py'))), undefined);
    const after = await findingIds(dir);
    for (const id of repaired)
        assert.ok(!after.includes(id), `${id} still fires after scaffold ${generator.id}: ${after.join(', ')}`);
    if (repaired.some((id) => before.includes(id)))
        assert.ok(after.length < before.length, 'the audit found less after scaffolding');
    const introduced = after.filter((id) => !before.includes(id));
    assert.deepEqual(introduced, [], 'scaffold introduced new findings');
    return dir;
}
