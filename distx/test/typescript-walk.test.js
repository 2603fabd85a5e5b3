import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTypeScript } from '../src/languages/typescript/parser.js';
import { loadTypeScript } from '../src/languages/typescript/runtime.js';
import { kindTables, planWalk, walkTypeScript } from '../src/languages/typescript/walk.js';
// A JSX element, a class, nested calls and a syntax error: the shapes whose parents a rule reads.
const SOURCE = 'import x from "y";\nfunction f(a) { return g(a, h(1)); }\nclass C { m() { const v = <div>{f(2)}</div>; } }\nconst broken = (;\n';
function tables(keys, seen) {
    const ctx = {};
    return kindTables(new Map(keys.map((key) => [key, [{ owner: 'test', ctx, visit: (node) => seen.push(`${key} ${node.getText().split('\n')[0]}`) }]])));
}
// Every node the parser's own setParentNodes would give a parent gets the same one, before any visitor runs.
test('planWalk sets the parent setParentNodes would set, on every node', async () => {
    const ts = await loadTypeScript();
    const reference = ts.createSourceFile('f.tsx', SOURCE, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const source = parseTypeScript('f.tsx', SOURCE);
    planWalk(source, { enter: [], exit: [] });
    const shape = (root) => {
        const lines = [];
        const visit = (node) => {
            lines.push(`${ts.SyntaxKind[node.kind]}@${node.pos} in ${node.parent ? `${ts.SyntaxKind[node.parent.kind]}@${node.parent.pos}` : 'nothing'}`);
            ts.forEachChild(node, visit);
        };
        visit(root);
        return lines;
    };
    const lines = shape(source);
    assert.ok(lines.length > 40);
    assert.deepEqual(lines, shape(reference));
});
test('walkTypeScript enters visited kinds in source order and exits after their subtree', async () => {
    await loadTypeScript();
    const source = parseTypeScript('f.tsx', SOURCE);
    const seen = [];
    const visitors = tables(['FunctionDeclaration', 'CallExpression', 'CallExpression:exit', 'ClassDeclaration:exit'], seen);
    walkTypeScript(planWalk(source, visitors), assert.fail);
    assert.deepEqual(seen, [
        'FunctionDeclaration function f(a) { return g(a, h(1)); }',
        'CallExpression g(a, h(1))',
        'CallExpression h(1)',
        'CallExpression:exit h(1)',
        'CallExpression:exit g(a, h(1))',
        'CallExpression f(2)',
        'CallExpression:exit f(2)',
        'ClassDeclaration:exit class C { m() { const v = <div>{f(2)}</div>; } }',
    ]);
});
test('a TypeScript visitor that throws is reported with its owner and the walk goes on', async () => {
    await loadTypeScript();
    const source = parseTypeScript('f.tsx', SOURCE);
    const errors = [];
    let calls = 0;
    const visitors = kindTables(new Map([['CallExpression', [{ owner: 'thrower', ctx: {}, visit: () => { calls += 1; throw new Error('boom'); } }]]]));
    walkTypeScript(planWalk(source, visitors), (owner, error) => errors.push(`${owner}: ${error.message}`));
    assert.equal(calls, 3);
    assert.deepEqual(errors, ['thrower: boom', 'thrower: boom', 'thrower: boom']);
});
