import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { audit } from '../../src/engine/audit.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { listFiles } from '../support/annotations.js';
import { FIXTURES } from '../support/paths.js';
import { sarifErrors } from '../support/sarif.js';
// `npm run fuzz` sets FUZZ_RUNS for a long run; `npm test` runs a fixed seed and a small count.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const scratch = mkdtempSync(join(tmpdir(), 'ah-fuzz-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const corpus = listFiles(FIXTURES).filter((file) => !file.includes(`${join('fixtures', 'schemas')}`));
const seedsOf = (pattern) => corpus.filter((file) => pattern.test(file)).map((file) => readFileSync(file, 'utf8'));
const SEEDS = {
    'main.py': seedsOf(/\.py$/),
    'server.ts': seedsOf(/\.[cm]?[jt]sx?$/),
    Dockerfile: seedsOf(/(?:Dockerfile|Containerfile)[^/]*$/),
    '.env': seedsOf(/\/\.env$/),
    'package.json': seedsOf(/package\.json$/),
    'pyproject.toml': seedsOf(/pyproject\.toml$/),
};
const TOKENS = ['(', ')', '[', ']', '{', '}', ':', '\n', '    ', '"', "'", '`', '${', '\\', '#', '//', '/*', '*/', 'def ', 'async ', 'await ', 'except:', 'catch {}', '=', ',', '.', '*', '\0', '\uD800', 'é', '\r\n', 'app.post(', '@app.get("/x")', 'import ', 'from ', 'FROM ', 'USER ', 'ENV KEY=', '='];
const mutation = fc.record({
    kind: fc.constantFrom('delete', 'duplicate', 'insert', 'truncate'),
    at: fc.nat(),
    length: fc.nat({ max: 200 }),
    token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 4 })),
});
function mutate(text, mutations) {
    let out = text;
    for (const { kind, at, length, token } of mutations) {
        const position = out.length === 0 ? 0 : at % (out.length + 1);
        if (kind === 'delete')
            out = out.slice(0, position) + out.slice(position + length);
        if (kind === 'duplicate')
            out = out.slice(0, position + length) + out.slice(position, position + length) + out.slice(position + length);
        if (kind === 'insert')
            out = out.slice(0, position) + token + out.slice(position);
        if (kind === 'truncate')
            out = out.slice(0, position);
    }
    return out;
}
const fileCase = (name) => fc.record({ base: SEEDS[name].length > 0 ? fc.constantFrom(...SEEDS[name]) : fc.constant(''), mutations: fc.array(mutation, { maxLength: 6 }) }).map(({ base, mutations }) => mutate(base, mutations));
const treeCase = fc.record({
    'main.py': fileCase('main.py'),
    'server.ts': fileCase('server.ts'),
    Dockerfile: fileCase('Dockerfile'),
    '.env': fileCase('.env'),
    'package.json': fileCase('package.json'),
    'pyproject.toml': fileCase('pyproject.toml'),
    'agent-harden.config.json': fc.constantFrom('{}', '{"rules":{}}'),
});
let caseNumber = 0;
test(`random and mutated inputs never break parse → rules → reporters (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(fc.asyncProperty(treeCase, async (files) => {
        const dir = join(scratch, String(caseNumber++));
        mkdirSync(dir);
        for (const [name, content] of Object.entries(files))
            writeFileSync(join(dir, name), content);
        const result = await audit({ paths: ['.'], cwd: dir });
        assert.deepEqual(result.summary.ruleErrors, []);
        for (const finding of result.findings) {
            const lines = (files[finding.location.file] ?? '').split('\n');
            const { line, column, endLine } = finding.location;
            assert.ok(line >= 1 && line <= lines.length && endLine >= line && endLine <= lines.length, `${finding.ruleId} at ${finding.location.file}:${line}-${endLine} outside ${lines.length} lines`);
            assert.ok(column >= 1 && column <= lines[line - 1].length + 1, `${finding.ruleId} column ${column} outside line ${line}`);
        }
        for (const [name, reporter] of Object.entries(REPORTERS))
            assert.equal(typeof reporter(result, { color: false }), 'string', name);
        JSON.parse(REPORTERS.json(result, { color: false }));
        assert.deepEqual(sarifErrors(JSON.parse(REPORTERS.sarif(result, { color: false }))), []);
        rmSync(dir, { recursive: true, force: true });
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
});
