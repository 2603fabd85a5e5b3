import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { audit } from '../src/engine/audit.js';
import { loadRules } from '../src/engine/registry.js';
import { TypeScriptFile } from '../src/languages/typescript/file.js';
import { parseTypeScript } from '../src/languages/typescript/parser.js';
import { PrefilterIndex } from '../src/languages/typescript/prefilter-index.js';
import { loadTypeScript } from '../src/languages/typescript/runtime.js';
import { listFiles } from './support/annotations.js';
import { FIXTURES } from './support/paths.js';
import { passes } from './support/prefilter.js';
await loadTypeScript();
/** Everything an audit records: findings, and the facts, apps and routes the project rules decide over. */
async function recorded(cwd, prefilters) {
    let project;
    const result = await audit({ paths: ['.'], cwd, prefilters, jobs: 1, onProject: (model) => (project = model) });
    return { findings: result.findings, facts: project.facts, apps: project.apps, routes: project.routes };
}
/** The audit of `cwd` records the same with prefilters on and off, and records enough for that to mean something. */
async function assertSameOnAndOff(cwd) {
    const [filtered, unfiltered] = [await recorded(cwd, true), await recorded(cwd, false)];
    assert.ok(unfiltered.findings.length > 50 && unfiltered.facts.length > 50, 'the fixtures record enough to compare');
    assert.deepEqual(filtered, unfiltered);
}
describe('rule prefilters', () => {
    // A prefilter that misses a name a rule starts from hides that rule's findings, or the facts a project rule
    // needs, in every file without the names it lists. Every TypeScript case the rules are tested on must give the
    // same facts and findings with prefilters on and off.
    for (const tree of ['rules', 'projects']) {
        test(`fixtures/${tree}: the same findings, facts, apps and routes with every rule on every file`, async () => {
            await assertSameOnAndOff(join(FIXTURES, tree));
        });
    }
    test('fixtures/rules with every annotation comment emptied: the same with every rule on every file', async (t) => {
        // An annotation names its rule (`// ruleid: no-retry-or-circuit-breaker`), and rule ids hold words of
        // prefilters (`retr`, `idempot`, `cors`): with them in, every annotated file passes those prefilters.
        const copy = mkdtempSync(join(tmpdir(), 'agent-harden-prefilter-'));
        t.after(() => rmSync(copy, { recursive: true, force: true }));
        cpSync(join(FIXTURES, 'rules'), copy, { recursive: true });
        for (const path of listFiles(copy)) {
            if (!/\.(?:[cm]?[jt]sx?|py)$/.test(path))
                continue;
            const text = readFileSync(path, 'utf8');
            const emptied = text.replace(/^(\s*(?:#|\/\/)).*\b(?:ruleid|ok|todoruleid|todook):.*$/gm, '$1');
            if (emptied !== text)
                writeFileSync(path, emptied);
        }
        await assertSameOnAndOff(copy);
    });
    test('prefiltered rules name names, modules or words', async () => {
        for (const rule of await loadRules()) {
            const prefilters = [rule.typescript?.prefilter, ...(rule.typescript?.groups ?? []).map((group) => group.prefilter)];
            for (const prefilter of prefilters) {
                for (let part = prefilter; part; part = part.and) {
                    assert.ok((part.names?.length ?? 0) + (part.modules?.length ?? 0) + (part.words?.length ?? 0) > 0, `${rule.id}: a prefilter with nothing in it skips every file`);
                }
            }
        }
    });
    test('a file passes on an identifier or property name, on a module it imports, on a word of its text or its path, and not otherwise', () => {
        const file = (text) => {
            const parsed = new TypeScriptFile(parseTypeScript('a.ts', text), text);
            return { passes: (prefilter) => passes(parsed, prefilter) };
        };
        const source = "import { trace } from '@opentelemetry/api';\nconst reply = await client.chat.completions.create({ model });\n";
        assert.equal(file(source).passes({ names: ['completions'] }), true);
        assert.equal(file(source).passes({ names: ['reply'] }), true);
        assert.equal(file(source).passes({ modules: ['@opentelemetry'] }), true);
        assert.equal(file(source).passes({ names: ['generateText'], modules: ['ai'] }), false);
        assert.equal(file(source).passes({ words: ['await'] }), true);
        assert.equal(file(source).passes({ words: ['CHAT.Completions'] }), true);
        assert.equal(file(source).passes({ names: ['generateText'], words: ['catch'] }), false);
        assert.equal(file(source).passes({ names: ['generateText'], paths: /(?:^|\/)a\.ts$/ }), true);
        assert.equal(file(source).passes({ names: ['generateText'], paths: /(?:^|\/)middleware\.ts$/ }), false);
        // `and`: the file must pass both.
        assert.equal(file(source).passes({ names: ['completions'], and: { modules: ['@opentelemetry'] } }), true);
        assert.equal(file(source).passes({ names: ['completions'], and: { names: ['generateText'] } }), false);
        assert.equal(file(source).passes({ names: ['generateText'], and: { names: ['completions'] } }), false);
        // In a comment or a string, a name is not code.
        assert.equal(file('// generateText\nconst s = "a generateText b";\n').passes({ names: ['generateText'] }), false);
    });
    // The index reads the file's names, or its own when fewer: both ways, each prefilter among many gets the answer it gets alone.
    test('among many prefilters, each is passed where it is passed alone', () => {
        const prefilters = [
            { names: ['completions'] },
            { names: ['generateText', 'reply'] },
            { names: ['generateText'], modules: ['@opentelemetry'] },
            { modules: ['@opentelemetry/api'] },
            { modules: ['@opentelemetry/sdk'] },
            { names: ['generateText'], words: ['await'] },
            { names: ['generateText'], words: ['catch'] },
            { names: ['reply'], words: ['catch'] },
            { names: ['generateText'], paths: /(?:^|\/)a\.ts$/ },
            { names: ['streamText'] },
        ];
        const few = 'x.completions();\n';
        const many = `import { trace } from '@opentelemetry/api';\nconst reply = await client.chat.completions.create({ model });\n${Array.from({ length: 30 }, (_, index) => `const v${index} = ${index};`).join('\n')}\n`;
        const index = new PrefilterIndex(prefilters);
        for (const text of [few, many]) {
            const parsed = new TypeScriptFile(parseTypeScript('a.ts', text), text);
            const alone = prefilters.map((prefilter) => Number(passes(parsed, prefilter)));
            assert.deepEqual([...index.passed(parsed)], alone);
        }
        const parsedMany = new TypeScriptFile(parseTypeScript('a.ts', many), many);
        assert.deepEqual([...index.passed(parsedMany)], [1, 1, 1, 1, 0, 1, 0, 1, 1, 0]);
    });
    test("TypeScript's parser still keeps the table of names prefilters read", () => {
        // Without it every file passes every prefilter: nothing is missed, and the audit is slower.
        const source = parseTypeScript('a.ts', 'x.y();');
        assert.deepEqual([...(source.identifiers?.keys() ?? [])].sort(), ['x', 'y']);
    });
});
