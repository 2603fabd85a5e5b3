import assert from 'node:assert/strict';
import { test } from 'node:test';
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
async function handlerVerdicts(text) {
    const ts = await loadTypeScript();
    const source = parseTypeScript('server.ts', text);
    const walk = planWalk(source, { enter: [], exit: [] });
    const file = new TypeScriptFile(source, text);
    file.indexCalls(walk.calls);
    const verdicts = {};
    for (const statement of source.statements) {
        if (ts.isFunctionDeclaration(statement) && statement.name)
            verdicts[statement.name.text] = isRequestHandler(statement, file, 'server.ts');
    }
    return verdicts;
}
test('a function registered by name is a request handler, and one only declared is not', async () => {
    assert.deepEqual(await handlerVerdicts(ROUTES), { runAgent: true, summarise: false });
    // Registered through a name spelled with an escape: the same identifier to the parser.
    assert.deepEqual(await handlerVerdicts(ROUTES.replace("app.post('/run', runAgent)", "app.post('/run', run\\u0041gent)")), { runAgent: true, summarise: false });
});
