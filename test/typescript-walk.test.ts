import assert from 'node:assert/strict';
import { test } from 'node:test';
import type * as TypeScript from 'typescript';
import type { TypeScriptRuleContext } from '../src/engine/report.js';
import { parseTypeScript } from '../src/languages/typescript/parser.js';
import { loadTypeScript } from '../src/languages/typescript/runtime.js';
import { TypeScriptFile } from '../src/languages/typescript/file.js';
import { kindTables, planWalk, walkTypeScript, type BoundTypeScriptVisitor, type TsNode } from '../src/languages/typescript/walk.js';

// A JSX element, a class, nested calls and a syntax error: the shapes whose parents a rule reads.
const SOURCE = 'import x from "y";\nfunction f(a) { return g(a, h(1)); }\nclass C { m() { const v = <div>{f(2)}</div>; } }\nconst broken = (;\n';

function tables(keys: string[], seen: string[]) {
  const ctx = {} as TypeScriptRuleContext;
  return kindTables(new Map(keys.map((key) => [key, [{ owner: 'test', ctx, visit: (node: TsNode) => seen.push(`${key} ${node.getText().split('\n')[0]}`) } satisfies BoundTypeScriptVisitor]])));
}

// Every node the parser's own setParentNodes would give a parent gets the same one, before any visitor runs.
test('planWalk sets the parent setParentNodes would set, on every node', async () => {
  const ts = await loadTypeScript();
  const reference = ts.createSourceFile('f.tsx', SOURCE, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const source = parseTypeScript('f.tsx', SOURCE);
  planWalk(source, { enter: [], exit: [] });
  const shape = (root: TypeScript.Node) => {
    const lines: string[] = [];
    const visit = (node: TypeScript.Node) => {
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
  const seen: string[] = [];
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
  const errors: string[] = [];
  let calls = 0;
  const visitors = kindTables(new Map([['CallExpression', [{ owner: 'thrower', ctx: {} as TypeScriptRuleContext, visit: () => { calls += 1; throw new Error('boom'); } }]]]));
  walkTypeScript(planWalk(source, visitors), (owner, error) => errors.push(`${owner}: ${(error as Error).message}`));
  assert.equal(calls, 3);
  assert.deepEqual(errors, ['thrower: boom', 'thrower: boom', 'thrower: boom']);
});

// A filtered visitor gets a call by its callee's member, by a bare name or the name it is imported as, and every
// call of another shape; the unfiltered one every call; both in their order of registration.
test('call visitors with a callee filter are given only the calls it takes', async () => {
  await loadTypeScript();
  const text = "import { generateText as gt } from 'ai';\nimport * as ns from 'm';\nfoo.push(1); push(2); gt(3); ns.generateText(4); f()(5); (0, gt)(6); a['push'](7); other(8); foo.pop(9);\n";
  const source = parseTypeScript('f.ts', text);
  const file = new TypeScriptFile(source, text);
  const seen: string[] = [];
  const ctx = {} as TypeScriptRuleContext;
  const bound = (owner: string, callees?: (name: string) => boolean): BoundTypeScriptVisitor => ({ owner, ctx, callees, visit: (node) => seen.push(`${owner} ${node.getText()}`) });
  const filtered = bound('filtered', (name) => name === 'push' || name === 'generateText');
  const tables = kindTables(new Map([['CallExpression', [filtered, bound('all')]]]));
  walkTypeScript(planWalk(source, tables, (name) => file.qualifiedName(name)), assert.fail);
  const filteredSaw = seen.filter((line) => line.startsWith('filtered')).map((line) => line.slice('filtered '.length));
  assert.deepEqual(filteredSaw, ['foo.push(1)', 'push(2)', 'gt(3)', 'ns.generateText(4)', 'f()(5)', '(0, gt)(6)', "a['push'](7)"]);
  assert.equal(seen.filter((line) => line.startsWith('all')).length, 10);
  assert.deepEqual(seen.slice(0, 4), ['filtered foo.push(1)', 'all foo.push(1)', 'filtered push(2)', 'all push(2)']);
});

test('a call no visitor takes is not listed for a visit', async () => {
  await loadTypeScript();
  const source = parseTypeScript('f.ts', 'a.b(1); c(2);\n');
  const ctx = {} as TypeScriptRuleContext;
  const tables = kindTables(new Map([['CallExpression', [{ owner: 'only-b', ctx, callees: (name: string) => name === 'b', visit: () => {} } satisfies BoundTypeScriptVisitor]]]));
  const walk = planWalk(source, tables);
  assert.equal(walk.calls.length, 2);
  assert.deepEqual(walk.nodes.map((node) => node.getText(source)), ['a.b(1)']);
});
