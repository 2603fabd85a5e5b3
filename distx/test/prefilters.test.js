import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calleePrefilter, memberPrefilter } from '../src/languages/typescript/prefilters.js';
import { TypeScriptFile } from '../src/languages/typescript/file.js';
import { parseTypeScript } from '../src/languages/typescript/parser.js';
import { loadTypeScript } from '../src/languages/typescript/runtime.js';
import { passes } from './support/prefilter.js';
const ts = await loadTypeScript();
const CALLEES = ['fetch', 'node-fetch', 'axios.get', 'node:child_process.exec', 'child_process.exec', 'Bun.serve', '@hono/node-server.serve'];
/** The callees of every call and `new` in `text`. */
function callees(text) {
    const file = new TypeScriptFile(parseTypeScript('a.ts', text), text);
    const names = [];
    const visit = (node) => {
        if (ts.isCallExpression(node) || ts.isNewExpression(node))
            names.push(file.calleeName(node) ?? '');
        ts.forEachChild(node, visit);
    };
    visit(file.source);
    return { file, names };
}
/** Each of `sources` calls one of `listed` (as calleeName resolves it) and passes `prefilter`; each of `others` fails it. */
function assertPassesWhereCalled(prefilter, listed, sources, others) {
    for (const source of sources) {
        const { file, names } = callees(source);
        assert.ok(names.some((name) => listed.includes(name)), `the test calls a listed callee: ${source} (${names.join(', ')})`);
        assert.equal(passes(file, prefilter), true, source);
    }
    for (const source of others)
        assert.equal(passes(callees(source).file, prefilter), false, source);
}
// Each root calleeName resolves a callee from: an identifier, an import of each kind, a top-level or in-place
// require, a module whose own name holds a dot. A file where a listed callee is called must pass.
test('calleePrefilter passes every file where calleeName answers one of its callees', () => {
    assertPassesWhereCalled(calleePrefilter(CALLEES), CALLEES, [
        'await fetch(url);',
        "import f from 'node-fetch';\nawait f(url);",
        "import * as nf from 'node-fetch';\nawait nf(url);",
        "import f = require('node-fetch');\nf(url);",
        "const f = require('node-fetch');\nf(url);",
        'export async function get(url) {\n  return require(\'node-fetch\')(url);\n}',
        'axios.get(url);',
        "import http from 'axios';\nhttp.get(url);",
        "import { get as load } from 'axios';\nload(url);",
        "const { get: load } = require('axios');\nload(url);",
        "const load = require('axios').get;\nload(url);",
        "import * as cp from 'node:child_process';\ncp.exec('ls');",
        "import { 'exec' as run } from 'child_process';\nrun('ls');",
        "import run from 'child_process.exec';\nrun('ls');",
        "const run = require('child_process.exec');\nrun('ls');",
        'Bun.serve({ port: 3000 });',
        "import { serve as start } from '@hono/node-server';\nstart({ fetch: app.fetch, port: 3000 });",
    ], ['client.get(url);', "import { exec } from './exec';\nexec('ls');"]);
});
test('calleePrefilter refuses a callee whose root it cannot name', () => {
    assert.throws(() => calleePrefilter(['this.fetch']));
});
test('memberPrefilter passes every file where calleeName answers one of its callees, without their roots', () => {
    const listed = ['process.once', 'http.createServer', '@hono/node-server.serve'];
    // The roots alone (`process`, `http` through a relative module) do not pass: that is what makes it tighter than calleePrefilter.
    assertPassesWhereCalled(memberPrefilter(listed, { names: ['listen'] }), listed, [
        "process.once('SIGTERM', stop);",
        "import { createServer as make } from 'http';\nmake(app);",
        "import * as h from 'http';\nh.createServer(app);",
        "const h = require('http');\nh.createServer(app);",
        "import { 'serve' as start } from '@hono/node-server';\nstart({ fetch: app.fetch });",
        "import start from 'http.createServer';\nstart(app);",
    ], ['process.exit(1);', "import { server } from './http';\nserver.close();"]);
    assert.throws(() => memberPrefilter(['fetch']));
});
