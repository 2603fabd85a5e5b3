import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { audit } from '../src/engine/audit.js';
import { loadRules } from '../src/engine/registry.js';
import { FIXERS, planFix } from '../src/fix/run.js';
import { applyEdits } from '../src/scaffold/text-edits.js';
import { loadPythonParser, parsePython, firstSyntaxError as firstPythonError } from '../src/languages/python/parser.js';
import { loadTypeScript } from '../src/languages/typescript/runtime.js';
import { parseTypeScript, firstSyntaxError as firstTypeScriptError } from '../src/languages/typescript/parser.js';
import { runCli } from './support/cli.js';
import { checkPython, copyFixture } from './support/project-copy.js';
import { FIXTURES } from './support/paths.js';
const GOLDEN = join(FIXTURES, 'fix');
const registered = new Set((await loadRules()).map((rule) => rule.id));
async function fixAll(fixerId, path, text) {
    const fixer = FIXERS.find((candidate) => candidate.id === fixerId);
    const seen = new Set();
    // TypeScript cases see a generated logger beside them (`scaffold logging`'s logger.ts).
    const loggerModule = fixer.language === 'typescript' ? 'logger.ts' : undefined;
    // Python cases see the module `scaffold idempotency` writes beside them, in the same package.
    const idempotencyModule = fixer.language === 'python' ? { path: 'idempotency.py', inPackage: true } : undefined;
    const edits = (await fixer.find({ path, text, loggerModule, idempotencyModule })).flatMap((repair) => repair.edits).filter((edit) => {
        const key = `${edit.start}:${edit.end}:${edit.text}`;
        return !seen.has(key) && !!seen.add(key);
    });
    return applyEdits(text, edits);
}
describe('fix golden files (input → expected, per fixer and language)', () => {
    test('every fixer has a golden case', () => {
        const cases = ['python', 'typescript'].flatMap((language) => readdirSync(join(GOLDEN, language)));
        assert.deepEqual(FIXERS.map((fixer) => fixer.id).filter((id) => !cases.includes(id)), []);
    });
    for (const fixer of FIXERS) {
        const extension = fixer.language === 'python' ? 'py' : 'ts';
        test(`${fixer.language}: ${fixer.id} (${fixer.ruleId})`, async () => {
            const dir = join(GOLDEN, fixer.language, fixer.id);
            const input = readFileSync(join(dir, `input.${extension}`), 'utf8');
            const expected = readFileSync(join(dir, `expected.${extension}`), 'utf8');
            const output = await fixAll(fixer.id, `input.${extension}`, input);
            assert.equal(output, expected);
            assert.notEqual(output, input, 'the golden case exercises the fixer');
            assert.equal(await fixAll(fixer.id, `input.${extension}`, output), output, 'a second pass changes nothing');
            if (fixer.language === 'python') {
                const tree = parsePython(await loadPythonParser(), output);
                assert.equal(firstPythonError(tree), undefined);
                assert.equal(await checkPython(dir, [`expected.${extension}`]), undefined);
            }
            else {
                await loadTypeScript();
                assert.equal(firstTypeScriptError(parseTypeScript('expected.ts', output)), undefined);
            }
        });
    }
});
function countByRule(ids) {
    const counts = new Map();
    for (const id of ids)
        counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
}
describe('fix round trip on the insecure sample projects: audit → fix → audit', () => {
    for (const sample of ['insecure-fastapi-adk', 'insecure-express-agent', 'insecure-a2a-starlette']) {
        test(sample, async () => {
            const dir = copyFixture(join(FIXTURES, 'projects', sample));
            const before = await audit({ paths: ['.'], cwd: dir });
            const plan = await planFix({ dir });
            const confirmed = plan.repairs.filter((repair) => registered.has(repair.ruleId));
            assert.ok(confirmed.length > 0, 'the sample has findings fix can repair');
            const run = runCli(['fix', '--dir', dir, '--yes']);
            assert.equal(run.status, 0, run.stderr);
            const after = await audit({ paths: ['.'], cwd: dir });
            assert.deepEqual(after.summary.parseErrors, []);
            const fixedIds = new Set(confirmed.map((repair) => repair.ruleId));
            const beforeCounts = countByRule(before.findings.map((finding) => finding.ruleId));
            const afterCounts = countByRule(after.findings.map((finding) => finding.ruleId));
            for (const id of fixedIds) {
                const repaired = confirmed.filter((repair) => repair.ruleId === id).length;
                // At most: one repair can also clear another rule's finding (logging the error in a catch-all).
                assert.ok((afterCounts.get(id) ?? 0) <= (beforeCounts.get(id) ?? 0) - repaired, `${id}: every repaired finding is gone`);
            }
            for (const [id, count] of afterCounts)
                assert.ok(count <= (beforeCounts.get(id) ?? 0), `fix introduced ${id}`);
            const again = await planFix({ dir });
            assert.deepEqual(again.changes, [], 'a second fix plans nothing');
        });
    }
    test('--dry-run writes nothing; an unknown --rule is a usage error', () => {
        const dir = copyFixture(join(FIXTURES, 'projects', 'insecure-fastapi-adk'));
        const original = readFileSync(join(dir, 'app/main.py'), 'utf8');
        const run = runCli(['fix', '--dir', dir, '--dry-run']);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^\+\s+allow_origins=\[origin\.strip\(\)/m);
        assert.equal(readFileSync(join(dir, 'app/main.py'), 'utf8'), original);
        const unknown = runCli(['fix', '--dir', dir, '--rule', 'no-such-rule']);
        assert.equal(unknown.status, 2);
        assert.match(unknown.stderr, /no fix for rule "no-such-rule"/);
    });
});
