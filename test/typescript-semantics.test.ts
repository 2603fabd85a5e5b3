import assert from 'node:assert/strict';
import { test } from 'node:test';
import type * as TypeScript from 'typescript';
import { TypeScriptFile } from '../src/languages/typescript/file.js';
import { parseTypeScript } from '../src/languages/typescript/parser.js';
import { loadTypeScript } from '../src/languages/typescript/runtime.js';
import { isRequestHandler } from '../src/languages/typescript/semantics.js';
import { planWalk } from '../src/languages/typescript/walk.js';

const ROUTES = `import express from 'express';
const app = express();
async function runAgent(req, res) { res.json({}); }
async function summarise(req, res) { res.json({}); }
app.post('/run', runAgent);
`;

/** The verdict on each named function declaration of `text`, by name. */
async function handlerVerdicts(text: string): Promise<Record<string, boolean>> {
  const ts = await loadTypeScript();
  const source = parseTypeScript('server.ts', text);
  planWalk(source, { enter: [], exit: [] });
  const file = new TypeScriptFile(source, text);
  const verdicts: Record<string, boolean> = {};
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) verdicts[statement.name.text] = isRequestHandler(statement as TypeScript.FunctionDeclaration, file, 'server.ts');
  }
  return verdicts;
}

// Past 64 KiB the per-function text scan is skipped for the file's one walk over its calls: the verdicts must not change.
test('a handler registered by name is found in a small file and in one past the text-scan limit', async () => {
  const small = await handlerVerdicts(ROUTES);
  const large = await handlerVerdicts(`${ROUTES}${'// padding to push the file past the scan limit\n'.repeat(1500)}`);
  assert.deepEqual(small, { runAgent: true, summarise: false });
  assert.deepEqual(large, small);
});
