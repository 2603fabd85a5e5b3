import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { findGenerator } from '../src/scaffold/generators/index.js';
import { FIXTURES, REPO_ROOT } from './support/paths.js';
import { copyFixture } from './support/project-copy.js';
import { findingIds, scaffoldRoundTrip } from './support/scaffold-round-trip.js';
const SAMPLES = join(FIXTURES, 'projects');
const RETRY_FIXTURES = join(FIXTURES, 'scaffold-retries');
const retries = findGenerator('retries');
const tracing = findGenerator('tracing');
function read(dir, path) {
    return readFileSync(join(dir, path), 'utf8');
}
/**
 * The generator's round trip, plus: every other finding of the fixture is still there (nothing
 * silenced by accident). `alsoRepaired` names rules the rewrite fixes for real on the way.
 */
async function repairsOnly(generator, fixture, alsoRepaired = []) {
    const before = await findingIds(copyFixture(fixture));
    const dir = await scaffoldRoundTrip(generator, fixture, { mustFire: true });
    const after = (await findingIds(dir)).sort();
    assert.deepEqual(after.filter((id) => !alsoRepaired.includes(id)), before.filter((id) => !generator.repairs.includes(id) && !alsoRepaired.includes(id)).sort());
    return dir;
}
// The retrying requests session and fetchWithRetry give every attempt a deadline when the call sets none.
const ATTEMPT_DEADLINES = ['outbound-call-without-timeout'];
describe('scaffold tracing on the insecure samples: missing-tracing fires before and is gone after', () => {
    test('FastAPI + ADK: instrumented app, requests client spans, OTel packages declared', async () => {
        const dir = await repairsOnly(tracing, join(SAMPLES, 'insecure-fastapi-adk'));
        assert.match(read(dir, 'app/main.py'), /^from \.tracing import install_tracing$/m);
        assert.match(read(dir, 'app/main.py'), /^app = FastAPI\(.*\)\ninstall_tracing\(app\)$/m);
        const module = read(dir, 'app/tracing.py');
        assert.match(module, /FastAPIInstrumentor\.instrument_app\(app\)/);
        assert.match(module, /RequestsInstrumentor\(\)\.instrument\(\)/);
        assert.doesNotMatch(module, /HTTPXClientInstrumentor/);
        assert.match(module, /BatchSpanProcessor\(OTLPSpanExporter\(\)\)/);
        for (const name of ['opentelemetry-sdk', 'opentelemetry-exporter-otlp-proto-http', 'opentelemetry-instrumentation-fastapi', 'opentelemetry-instrumentation-requests']) {
            assert.match(read(dir, 'requirements.txt'), new RegExp(`^${name}>=`, 'm'));
        }
    });
    test('A2A on Starlette: the built app is instrumented inside main(), httpx client spans', async () => {
        const dir = await repairsOnly(tracing, join(SAMPLES, 'insecure-a2a-starlette'));
        assert.match(read(dir, 'business_agent/__main__.py'), /^ {4}app = server\.build\(\)\n {4}install_tracing\(app\)$/m);
        assert.match(read(dir, 'business_agent/tracing.py'), /StarletteInstrumentor\.instrument_app\(app\)[\s\S]*HTTPXClientInstrumentor\(\)\.instrument\(\)/);
        assert.match(read(dir, 'pyproject.toml'), /"opentelemetry-instrumentation-starlette>=0\.48b0"/);
    });
    test('Express: tracing is the first import, so node:http is patched before express loads', async () => {
        const dir = await repairsOnly(tracing, join(SAMPLES, 'insecure-express-agent'));
        const server = read(dir, 'src/server.ts');
        assert.ok(server.startsWith("import { traceRoutes } from './tracing.js';\n"), server);
        assert.match(server, /^const app = express\(\);\napp\.use\(traceRoutes\);$/m);
        assert.equal(JSON.parse(read(dir, 'package.json')).dependencies['@opentelemetry/sdk-trace'], '^3.1.0');
    });
});
describe('scaffold retries rewrites the outbound calls themselves', () => {
    test('FastAPI + ADK sample: the Agent gets a Gemini model with retry options, requests goes through the retrying session', async () => {
        const dir = await repairsOnly(retries, join(SAMPLES, 'insecure-fastapi-adk'), ATTEMPT_DEADLINES);
        assert.match(read(dir, 'app/agent.py'), /^ {4}model=Gemini\(model="gemini-2\.0-flash", retry_options=GEMINI_RETRY_OPTIONS\),$/m);
        assert.match(read(dir, 'app/agent.py'), /^from google\.adk\.models\.google_llm import Gemini$/m);
        assert.match(read(dir, 'app/tools.py'), /item = http_session\.get\(f"\{INVENTORY_URL\}\/\{product_id\}"\)\.json\(\)/);
        assert.match(read(dir, 'app/tools.py'), /^from \.resilience import http_session$/m);
        assert.match(read(dir, 'requirements.txt'), /^google-adk>=1\.9\.0$/m);
        assert.match(read(dir, 'app/resilience.py'), /HttpRetryOptions\(\n {4}attempts=MAX_ATTEMPTS,/);
    });
    test('A2A sample: both httpx clients get the retrying transport', async () => {
        const dir = await repairsOnly(retries, join(SAMPLES, 'insecure-a2a-starlette'));
        assert.match(read(dir, 'business_agent/__main__.py'), /httpx_client = httpx\.AsyncClient\(transport=AsyncRetryingTransport\(\)\)/);
        assert.match(read(dir, 'business_agent/agent_executor.py'), /async with httpx\.AsyncClient\(transport=AsyncRetryingTransport\(\)\) as client:/);
        assert.match(read(dir, 'business_agent/agent.py'), /model=Gemini\(model="gemini-2\.5-flash", retry_options=GEMINI_RETRY_OPTIONS\)/);
        assert.match(read(dir, 'pyproject.toml'), /"google-adk>=1\.9\.0"/);
    });
    test('Express sample: axios-retry on the default instance where it is used, fetch through fetchWithRetry', async () => {
        const dir = await repairsOnly(retries, join(SAMPLES, 'insecure-express-agent'), ATTEMPT_DEADLINES);
        const chat = read(dir, 'src/routes/chat.ts');
        assert.match(chat, /^import \{ fetchWithRetry, withRetries \} from '\.\.\/resilience\.js';\n\nwithRetries\(axios\);$/m);
        assert.match(chat, /await fetchWithRetry\(`https:\/\/kb\.example\.com/);
        assert.equal(JSON.parse(read(dir, 'package.json')).dependencies['axios-retry'], '^4.5.0');
    });
    test('clients built every way: httpx sync and async, requests.Session, google-genai Client, ADK Gemini and model strings', async () => {
        const dir = await scaffoldRoundTrip(retries, join(RETRY_FIXTURES, 'fastapi-clients'), { mustFire: true });
        const upstream = read(dir, 'service/upstream.py');
        assert.match(upstream, /httpx\.AsyncClient\(base_url=CATALOG_URL, timeout=10, transport=AsyncRetryingTransport\(\)\)/);
        assert.match(upstream, /^pricing = retrying_session\(\)$/m);
        assert.match(upstream, /genai\.Client\(http_options=GEMINI_HTTP_OPTIONS\)/);
        assert.match(upstream, /model=Gemini\(model="gemini-2\.5-flash", retry_options=GEMINI_RETRY_OPTIONS\), instruction="Research/);
        assert.match(upstream, /model=Gemini\(model="gemini-2\.5-flash", retry_options=GEMINI_RETRY_OPTIONS\), instruction="Write/);
        assert.match(upstream, /httpx\.Client\(timeout=5, transport=RetryingTransport\(\)\)/);
        // The existing Gemini import is reused, not added again.
        assert.equal(upstream.match(/import Gemini$/gm)?.length, 1);
    });
    test('TypeScript: an aliased axios default, an axios.create instance and fetch; compiled with tsc', async () => {
        const dir = await scaffoldRoundTrip(retries, join(RETRY_FIXTURES, 'express-axios'), { mustFire: true });
        const upstream = read(dir, 'src/upstream.ts');
        assert.match(upstream, /^const crm = withRetries\(http\.create\(\{ baseURL: CRM_URL, timeout: 5_000 \}\)\);$/m);
        assert.match(upstream, /^withRetries\(http\);$/m);
        assert.match(upstream, /await fetchWithRetry\(`\$\{KB_URL\}/);
    });
});
// A loopback upstream that fails the way real ones do, and a client that counts what reached it.
const PYTHON_PROBE = `
import http.server, json, sys, threading, time
import resilience

hits = []

class Upstream(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        hits.append(self.path)
        if self.path == "/overloaded":
            return self.reply(503, [("Retry-After", "30")])
        if self.path == "/not-found":
            return self.reply(404)
        self.reply(503 if len(hits) < 3 else 200)

    def do_POST(self):
        hits.append(self.path)
        self.reply(503)

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_port}"
results = {}
for name, method, path in [("flaky", "get", "/flaky"), ("post", "post", "/reservations"), ("overloaded", "get", "/overloaded"), ("not_found", "get", "/not-found")]:
    hits.clear()
    started = time.monotonic()
    status = getattr(resilience.http_session, method)(base + path, timeout=5).status_code
    results[name] = {"status": status, "attempts": len(hits), "seconds": time.monotonic() - started}
hits.clear()
failed = [resilience.http_session.post(base + "/down", timeout=5).status_code for _ in range(resilience.BREAKER_FAILURES)]
try:
    resilience.http_session.post(base + "/down", timeout=5)
    opened = None
except resilience.CircuitOpenError as error:
    opened = type(error).__name__
results["breaker"] = {"statuses": failed, "attempts": len(hits), "open": opened}
print(json.dumps(results))
`;
const TS_PROBE = `
import { createServer } from 'node:http';
import axios from 'axios';
import { fetchWithRetry, withRetries } from './dist/resilience.js';

const hits = [];
const server = createServer((req, res) => {
  hits.push(req.method + ' ' + req.url);
  if (req.url === '/overloaded') return res.writeHead(503, { 'retry-after': '30' }).end();
  if (req.method === 'POST' && req.url === '/busy') return res.writeHead(hits.length < 2 ? 429 : 201).end();
  if (req.method === 'POST') return res.writeHead(503).end();
  res.writeHead(hits.length < 3 ? 503 : 200, { 'content-type': 'application/json' }).end('{"ok":true}');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = 'http://127.0.0.1:' + server.address().port;
const results = {};
async function measure(name, call) {
  hits.length = 0;
  const status = await call().then((response) => response.status, (error) => error.response?.status ?? 'error');
  results[name] = { status, attempts: hits.length };
}
await measure('fetchFlaky', () => fetchWithRetry(base + '/flaky'));
await measure('fetchPost', () => fetchWithRetry(base + '/orders', { method: 'POST', body: '{}' }));
await measure('fetchOverloaded', () => fetchWithRetry(base + '/overloaded'));
await measure('fetchRateLimitedPost', () => fetchWithRetry(base + '/busy', { method: 'POST', body: '{}' }));
const client = withRetries(axios.create({ baseURL: base, timeout: 5000 }));
withRetries(client);
await measure('axiosFlaky', () => client.get('/flaky'));
await measure('axiosPost', () => client.post('/orders', {}));
await measure('axiosRateLimitedPost', () => client.post('/busy', {}));
hits.length = 0;
const failed = [];
for (let i = 0; i < 5; i++) failed.push((await fetchWithRetry(base + '/down', { method: 'POST', body: '{}' })).status);
const opened = await fetchWithRetry(base + '/down', { method: 'POST', body: '{}' }).then(() => 'called', (error) => error.name);
results.breaker = { statuses: failed, attempts: hits.length, open: opened };
server.close();
console.log(JSON.stringify(results));
`;
describe('the generated retry code really retries (loopback upstream)', () => {
    test('Python requests session: 503s retried to success on GET, POST and long Retry-After not retried, 404 returned, the breaker opens', async () => {
        const dir = await scaffoldRoundTrip(retries, join(RETRY_FIXTURES, 'flask-requests'), { mustFire: true });
        assert.match(read(dir, 'app.py'), /reservation = http_session\.post\(/);
        writeFileSync(join(dir, 'probe.py'), PYTHON_PROBE);
        const run = spawnSync('python3', ['probe.py'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
        assert.equal(run.status, 0, run.stderr);
        const results = JSON.parse(run.stdout);
        assert.deepEqual(results.flaky.status, 200);
        assert.equal(results.flaky.attempts, 3);
        assert.deepEqual([results.post.status, results.post.attempts], [503, 1]);
        assert.deepEqual([results.overloaded.status, results.overloaded.attempts], [503, 1]);
        assert.ok(results.overloaded.seconds < 5, 'a 30 s Retry-After is not waited out');
        assert.deepEqual([results.not_found.status, results.not_found.attempts], [404, 1]);
        // Five failed calls in a row open the host's circuit: the sixth fails without reaching it.
        assert.deepEqual(results.breaker, { statuses: [503, 503, 503, 503, 503], attempts: 5, open: 'CircuitOpenError' });
    });
    test('TypeScript fetchWithRetry and axios-retry: transient failures retried, unsafe ones not, installed once per instance; the fetch breaker opens', async () => {
        const dir = await scaffoldRoundTrip(retries, join(RETRY_FIXTURES, 'express-axios'));
        const build = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8', timeout: 120_000 });
        assert.equal(build.status, 0, build.stdout);
        writeFileSync(join(dir, 'probe.mjs'), TS_PROBE);
        const run = spawnSync(process.execPath, ['probe.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
        assert.equal(run.status, 0, run.stderr);
        const results = JSON.parse(run.stdout);
        assert.deepEqual(results.fetchFlaky, { status: 200, attempts: 3 });
        assert.deepEqual(results.fetchPost, { status: 503, attempts: 1 });
        assert.deepEqual(results.fetchOverloaded, { status: 503, attempts: 1 });
        assert.deepEqual(results.fetchRateLimitedPost, { status: 201, attempts: 2 });
        assert.deepEqual(results.axiosFlaky, { status: 200, attempts: 3 });
        assert.deepEqual(results.axiosPost, { status: 503, attempts: 1 });
        assert.deepEqual(results.axiosRateLimitedPost, { status: 201, attempts: 2 });
        assert.deepEqual(results.breaker, { statuses: [503, 503, 503, 503, 503], attempts: 5, open: 'CircuitOpenError' });
    });
});
