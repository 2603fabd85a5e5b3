import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { audit } from '../src/engine/audit.js';
import { findGenerator } from '../src/scaffold/generators/index.js';
import { planFix } from '../src/fix/run.js';
import { runCli } from './support/cli.js';
import { checkPython, copyFixture } from './support/project-copy.js';
import { FIXTURES } from './support/paths.js';
import { scaffoldRoundTrip } from './support/scaffold-round-trip.js';
import { scratchDir } from './support/scratch.js';
const RULE = 'missing-idempotency';
const BEHAVIOUR_SCRIPTS = join(FIXTURES, 'scaffold-idempotency', 'behaviour');
async function ruleFindings(dir) {
    const result = await audit({ paths: ['.'], cwd: dir });
    return result.findings.map((finding) => finding.ruleId);
}
// Drives the generated module with a raw ASGI app and a stand-in for ADK's ToolContext: the
// in-process store needs only the standard library, so python3 runs it without installing anything.
const BEHAVIOUR = `
import asyncio, json, sys, types
sys.path.insert(0, sys.argv[1])
import idempotency

runs = []

async def app(scope, receive, send):
    message = await receive()
    runs.append(message["body"])
    status = 500 if scope["path"] == "/fail" else 201
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps({"order": len(runs)}).encode()})

middleware = idempotency.IdempotencyMiddleware(app)

async def post(path, key, body, caller=b"Bearer a"):
    sent, delivered = [], False
    async def receive():
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}
    async def send(message):
        sent.append(message)
    headers = [(b"authorization", caller)] + ([(b"idempotency-key", key)] if key else [])
    await middleware({"type": "http", "method": "POST", "path": path, "headers": headers}, receive, send)
    return [sent[0]["status"], dict(sent[0]["headers"]).get(b"idempotent-replayed", b"").decode(), json.loads(sent[1]["body"])]

async def http():
    return {
        "first": await post("/orders", b"k1", b'{"sku": "a"}'),
        "repeat": await post("/orders", b"k1", b'{"sku": "a"}'),
        "other_body": await post("/orders", b"k1", b'{"sku": "b"}'),
        "other_caller": await post("/orders", b"k1", b'{"sku": "a"}', caller=b"Bearer b"),
        "no_key": await post("/orders", None, b'{"sku": "a"}'),
        "failed": [await post("/fail", b"k2", b"{}"), await post("/fail", b"k2", b"{}")],
        "runs": len(runs),
    }

paid = []

@idempotency.idempotent_tool
def pay(checkout_id: str) -> dict:
    paid.append(checkout_id)
    return {"order_id": f"order-{len(paid)}"}

def context(user, session):
    return types.SimpleNamespace(invocation_id="i", _invocation_context=types.SimpleNamespace(session=types.SimpleNamespace(user_id=user, id=session)))

import inspect
tools = {
    "first": pay(checkout_id="c1", tool_context=context("u1", "s1")),
    "repeat": pay(checkout_id="c1", tool_context=context("u1", "s1")),
    "other_arguments": pay(checkout_id="c2", tool_context=context("u1", "s1")),
    "other_session": pay(checkout_id="c1", tool_context=context("u2", "s2")),
    "paid": paid,
    "signature": str(inspect.signature(pay)),
}
print(json.dumps({"http": asyncio.run(http()), "tools": tools}))
`;
// The Flask variant through Flask's test client (installed with the test tools, as py_compile's python3 is).
const FLASK_BEHAVIOUR = `
import json, sys
sys.path.insert(0, sys.argv[1])
from flask import Flask, jsonify, request
from idempotency import install_idempotency

app = Flask(__name__)
install_idempotency(app)
runs = []

@app.post("/orders")
def orders():
    runs.append(request.get_json())
    return jsonify(order=len(runs)), 201

@app.post("/fail")
def fail():
    runs.append("fail")
    raise RuntimeError("payment provider down")

client = app.test_client()

def post(path, key, body, caller="Bearer a"):
    headers = {"Authorization": caller}
    if key:
        headers["Idempotency-Key"] = key
    response = client.post(path, json=body, headers=headers)
    return [response.status_code, response.headers.get("Idempotent-Replayed", ""), response.get_json()]

print(json.dumps({
    "first": post("/orders", "k1", {"sku": "a"}),
    "repeat": post("/orders", "k1", {"sku": "a"}),
    "other_body": post("/orders", "k1", {"sku": "b"}),
    "other_caller": post("/orders", "k1", {"sku": "a"}, caller="Bearer b"),
    "no_key": post("/orders", None, {"sku": "a"}),
    "failed": [post("/fail", "k2", {}), post("/fail", "k2", {})],
    "runs": len(runs),
}))
`;
/** The HTTP outcomes both variants must show: replay, 422, per-caller keys, no key passes, 5xx retried. */
function assertReplays(http) {
    assert.deepEqual(http.first, [201, '', { order: 1 }]);
    assert.deepEqual(http.repeat, [201, 'true', { order: 1 }]);
    assert.equal(http.other_body[0], 422);
    assert.deepEqual(http.other_caller, [201, '', { order: 2 }]);
    assert.deepEqual(http.no_key, [201, '', { order: 3 }]);
    assert.deepEqual(http.failed.map((response) => response[0]), [500, 500]);
    assert.equal(http.runs, 5, 'the replayed and refused requests never reached the app');
}
function runGenerated(module, script) {
    const scratch = scratchDir('idempotency');
    copyFileSync(module, join(scratch, 'idempotency.py'));
    const run = spawnSync('python3', ['-c', script, scratch], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout);
}
describe('scaffold idempotency + fix: payment routes and agent tools deduplicated', () => {
    test('a FastAPI order route: the middleware clears the finding, compiles, plans nothing the second time', async () => {
        await scaffoldRoundTrip(findGenerator('idempotency'), join(FIXTURES, 'scaffold-idempotency', 'fastapi-orders'), { mustFire: true });
    });
    test('a Flask checkout route: request hooks clear the finding, compile, plan nothing the second time', async () => {
        await scaffoldRoundTrip(findGenerator('idempotency'), join(FIXTURES, 'scaffold-idempotency', 'flask-checkout'), { mustFire: true });
    });
    test('an Express order route: the middleware goes after the JSON parser, type-checks, clears the finding', async () => {
        const dir = await scaffoldRoundTrip(findGenerator('idempotency'), join(FIXTURES, 'scaffold-idempotency', 'express-orders'), { mustFire: true });
        assert.match(readFileSync(join(dir, 'src/server.ts'), 'utf8'), /^app\.use\(express\.json\(\{ limit: '100kb' \}\)\);\napp\.use\(idempotency\);$/m);
    });
    test('ADK tools of the A2A sample: scaffold then fix decorates start_checkout and pay, and the rule is satisfied', async () => {
        const dir = copyFixture(join(FIXTURES, 'projects', 'insecure-a2a-starlette'));
        const before = await ruleFindings(dir);
        assert.equal(before.filter((id) => id === RULE).length, 2);
        assert.equal(runCli(['scaffold', 'idempotency', '--dir', dir, '--yes']).status, 0);
        // HTTP middleware alone does not dedupe tool calls: the tools are still flagged.
        assert.equal((await ruleFindings(dir)).filter((id) => id === RULE).length, 2);
        const fix = runCli(['fix', '--dir', dir, '--yes', '--rule', RULE]);
        assert.equal(fix.status, 0, fix.stderr);
        const agent = readFileSync(join(dir, 'business_agent/agent.py'), 'utf8');
        assert.match(agent, /^from \.idempotency import idempotent_tool$/m);
        assert.match(agent, /^@idempotent_tool\ndef start_checkout\(/m);
        assert.match(agent, /^@idempotent_tool\ndef pay\(/m);
        assert.doesNotMatch(agent, /@idempotent_tool\ndef search_products/);
        assert.equal(await checkPython(dir, ['business_agent/agent.py', 'business_agent/idempotency.py']), undefined);
        const after = await ruleFindings(dir);
        assert.ok(!after.includes(RULE), after.join(', '));
        for (const id of after)
            assert.ok(before.includes(id), `introduced ${id}`);
        assert.deepEqual((await planFix({ dir, rules: [RULE] })).changes, [], 'a second fix plans nothing');
    });
    test('the generated ASGI module really dedupes: replay, 422 on another body, per caller, 5xx not kept; tools per session and arguments', () => {
        const dir = copyFixture(join(FIXTURES, 'projects', 'insecure-fastapi-adk'));
        assert.equal(runCli(['scaffold', 'idempotency', '--dir', dir, '--yes']).status, 0);
        const { http, tools } = runGenerated(join(dir, 'app/idempotency.py'), BEHAVIOUR);
        assertReplays(http);
        assert.deepEqual(tools.repeat, tools.first);
        assert.deepEqual(tools.paid, ['c1', 'c2', 'c1']);
        // ADK passes tool_context only to tools whose signature names it; the model never sees it.
        assert.equal(tools.signature, '(checkout_id: str, *, tool_context=None) -> dict');
    });
    for (const framework of ['express', 'fastify', 'hono']) {
        test(`the ${framework} variant dedupes the same way, on a real ${framework} server on loopback`, () => {
            const dir = copyFixture(join(FIXTURES, 'scaffold', framework));
            assert.equal(runCli(['scaffold', 'idempotency', '--dir', dir, '--yes']).status, 0);
            // Beside the generated module: a driver posting through fetch, and a server of that framework using the module.
            copyFileSync(join(BEHAVIOUR_SCRIPTS, 'drive.ts'), join(dir, 'src', 'drive.ts'));
            copyFileSync(join(BEHAVIOUR_SCRIPTS, `${framework}.ts`), join(dir, 'src', 'behaviour.ts'));
            const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/behaviour.ts'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
            assert.equal(run.status, 0, run.stderr);
            const http = JSON.parse(run.stdout.trim().split('\n').at(-1));
            assertReplays(http);
        });
    }
    test('the Flask variant dedupes the same way through request hooks', () => {
        const dir = copyFixture(join(FIXTURES, 'scaffold-idempotency', 'flask-checkout'));
        assert.equal(runCli(['scaffold', 'idempotency', '--dir', dir, '--yes']).status, 0);
        assertReplays(runGenerated(join(dir, 'idempotency.py'), FLASK_BEHAVIOUR));
    });
});
