import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type * as TypeScript from 'typescript';
import { dottedCalleeMembers, TypeScriptFile } from '../src/languages/typescript/file.js';
import { parseTypeScript } from '../src/languages/typescript/parser.js';
import { loadTypeScript } from '../src/languages/typescript/runtime.js';
import { planWalk } from '../src/languages/typescript/walk.js';
import { REPO_ROOT } from './support/paths.js';

const SCRIPT = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function scripts(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SCRIPT.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Code the parser recovers from: calls left open, a callee with nothing after it, calls of calls, a tagged template.
const BROKEN = [
  'foo(a, bar(b',
  'const x = f()(g(1))(h(2)\nx(',
  'app.post("/x", (req, res) => { res.json(run(req.body) }); done()',
  'tag`a ${f(1)} b`; new C(d()); (e(f))(g)',
  '@dec(x()) class K { @m(y()) p = z(); }',
];

// `descendants(node, ts.isCallExpression)` answers from the walk's list of calls once the file has it: the same calls,
// in the same order, as a walk of each node's subtree, for every node of every script in the fixtures.
test('the calls below a node, from the walk\'s list, are those a walk of its subtree finds', async () => {
  const ts = await loadTypeScript();
  const sources = [...scripts(join(REPO_ROOT, 'fixtures')).map((path) => ({ path, text: readFileSync(path, 'utf8') })), ...BROKEN.map((text, index) => ({ path: `broken-${index}.tsx`, text }))];
  assert.ok(sources.length > 200, `only ${sources.length} scripts found`);
  let queries = 0;
  for (const { path, text } of sources) {
    const source = parseTypeScript(path, text);
    const walk = planWalk(source, { enter: [], exit: [] });
    const indexed = new TypeScriptFile(source, text);
    indexed.indexCalls(walk.calls);
    const walked = new TypeScriptFile(source, text);
    const visit = (node: TypeScript.Node): void => {
      queries += 1;
      assert.deepEqual(indexed.descendants(node, ts.isCallExpression), walked.descendants(node, ts.isCallExpression), `${path}: calls below the ${ts.SyntaxKind[node.kind]} at ${node.pos}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.ok(queries > 10_000, `only ${queries} nodes asked`);
});

// Findings are located by the file's own line starts; TypeScript's are what editors and `tsc` show. Every position of
// texts with each line ending TypeScript knows, alone and mixed, and of every fixture script, gets the same answer.
test('a position\'s line and character are the ones TypeScript gives, for every kind of line ending', async () => {
  await loadTypeScript();
  const endings = ['a\nb', 'a\r\nb\r\n', 'a\rb\r', '\r\n\r\n\n\r', 'a\u2028b\u2029c', 'x = 1;\r\ny\n\u2028\r\r\nz', '', '\n', 'é\n😀\r\nz'];
  const sources = [...endings.map((text, index) => ({ path: `endings-${index}.ts`, text })), ...scripts(join(REPO_ROOT, 'fixtures')).map((path) => ({ path, text: readFileSync(path, 'utf8') }))];
  let positions = 0;
  for (const { path, text } of sources) {
    const source = parseTypeScript(path, text);
    const file = new TypeScriptFile(source, text);
    for (let position = 0; position <= text.length; position++) {
      positions += 1;
      assert.deepEqual(file.lineAndCharacter(position), source.getLineAndCharacterOfPosition(position), `${path} at ${position}`);
    }
  }
  assert.ok(positions > 100_000, `only ${positions} positions asked`);
});

// Rules let a call go by its root (calleeRoot) or member (calleeNameWithMember) before its name is built: each must
// agree with calleeName on every call and `new` of every fixture script, and on chains of every shape.
test('calleeName starts with calleeRoot, then a `.`, a `(` or its end; a member outside dottedCalleeMembers ends no listed callee', async () => {
  const ts = await loadTypeScript();
  const shapes = [
    "import ky from 'ky';\nimport { z as zod } from 'zod';\nimport limiter = require('express-rate-limit');\nconst cp = require('child_process');",
    'ky.get(u).json(); zod.string().max(3).optional(); limiter.default({}); cp.exec(c); require(\'node-fetch\')(u); require(\'undici\').request(u);',
    '(await client).chat.completions.create(x); (a as any).b(); a!.b.c(); this.logger.info(m); new Hono().get(p, h); fn()(); obj[key](); `t`.trim();',
  ];
  const sources = [...scripts(join(REPO_ROOT, 'fixtures')).map((path) => ({ path, text: readFileSync(path, 'utf8') })), { path: 'shapes.ts', text: shapes.join('\n') }];
  const listed = ['express', 'express.default', 'new hono.Hono', 'child_process.exec', 'fastify', 'hono/cors.cors'];
  const members = dottedCalleeMembers(listed);
  assert.deepEqual([...members].sort(), ['Hono', 'cors', 'default', 'exec']);
  let calls = 0;
  let rooted = 0;
  for (const { path, text } of sources) {
    const file = new TypeScriptFile(parseTypeScript(path, text), text);
    const visit = (node: TypeScript.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        calls += 1;
        const name = file.calleeName(node);
        const root = file.calleeRoot(node);
        if (root !== undefined) {
          rooted += 1;
          assert.ok(name !== undefined && name.startsWith(root) && ['.', '(', undefined].includes(name[root.length]), `${path}: ${name} does not continue ${root}`);
        }
        const full = ts.isNewExpression(node) ? `new ${name}` : name;
        const named = file.calleeNameWithMember(node, members);
        if (named === undefined) assert.ok(!listed.includes(full!), `${path}: ${full}`);
        else assert.equal(named, name);
      }
      ts.forEachChild(node, visit);
    };
    visit(file.source);
  }
  assert.ok(calls > 2_000 && rooted > calls * 0.9, `only ${rooted} of ${calls} calls rooted`);
});
