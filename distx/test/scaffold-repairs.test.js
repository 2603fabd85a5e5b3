import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { findGenerator } from '../src/scaffold/generators/index.js';
import { METADATA_FILE } from '../src/scaffold/metadata.js';
import { planScaffold } from '../src/scaffold/run.js';
import { runCli } from './support/cli.js';
import { FIXTURES, REPO_ROOT } from './support/paths.js';
import { copyFixture } from './support/project-copy.js';
import { scaffoldRoundTrip } from './support/scaffold-round-trip.js';
import { freePort, startReplica } from './server/support/replica.js';
// Projects that already have what a generator repairs, written the way real ones are: wildcard CORS
// (list, string, flask-cors default, `origin: true`, hono `cors()`), literal host/port, an A2A app
// built in main(). Each generator must repair its rules there, in place where the code is recognisable.
const REPAIR_FIXTURES = join(FIXTURES, 'scaffold-repairs');
const variants = readdirSync(REPAIR_FIXTURES).sort();
describe('scaffold repairs existing code: the repaired rules fire before and are gone after', () => {
    for (const id of ['auth', 'cors', 'config']) {
        const generator = findGenerator(id);
        for (const variant of variants) {
            test(`${id} × ${variant}`, async () => {
                await scaffoldRoundTrip(generator, join(REPAIR_FIXTURES, variant), { mustFire: true });
            });
        }
    }
});
describe('scaffold auth and cors outputs', () => {
    test('auth on a FastAPI(...) app: an app-wide dependency, joined to the existing fastapi import', async () => {
        const dir = await scaffoldRoundTrip(findGenerator('auth'), join(REPAIR_FIXTURES, 'fastapi'));
        const main = readFileSync(join(dir, 'app/main.py'), 'utf8');
        assert.match(main, /^from fastapi import FastAPI, Depends$/m);
        assert.match(main, /^from \.auth import require_api_key$/m);
        assert.match(main, /version="0\.4\.0", dependencies=\[Depends\(require_api_key\)\],\n\)/);
        const auth = readFileSync(join(dir, 'app/auth.py'), 'utf8');
        assert.match(auth, /hmac\.compare_digest/);
        assert.match(auth, /"\/\.well-known\/agent-card\.json"/);
    });
    test('auth on an A2A app: ASGI middleware on the built app, inside main()', async () => {
        const dir = await scaffoldRoundTrip(findGenerator('auth'), join(REPAIR_FIXTURES, 'a2a'));
        const main = readFileSync(join(dir, 'travel_agent/__main__.py'), 'utf8');
        assert.match(main, /^ {4}app = server\.build\(\)\n {4}app\.add_middleware\(ApiKeyMiddleware\)$/m);
        assert.match(main, /^from \.auth import ApiKeyMiddleware$/m);
    });
    test('cors replaces the wildcard in place and keeps the rest of the call', async () => {
        const express = await scaffoldRoundTrip(findGenerator('cors'), join(REPAIR_FIXTURES, 'express'));
        assert.match(readFileSync(join(express, 'src/server.ts'), 'utf8'), /^app\.use\(cors\(\{ origin: CORS_ALLOW_ORIGINS, methods: \['POST'\] \}\)\);$/m);
        const fastify = await scaffoldRoundTrip(findGenerator('cors'), join(REPAIR_FIXTURES, 'fastify'));
        assert.match(readFileSync(join(fastify, 'src/index.ts'), 'utf8'), /register\(cors, \{ origin: CORS_ALLOW_ORIGINS, credentials: true \}\)/);
        const flask = await scaffoldRoundTrip(findGenerator('cors'), join(REPAIR_FIXTURES, 'flask'));
        assert.match(readFileSync(join(flask, 'app.py'), 'utf8'), /^CORS\(app, origins=CORS_ALLOW_ORIGINS\)$/m);
    });
});
describe('scaffold config', () => {
    test('literal host, port and log level move into settings with the same defaults; .env.example lists them', async () => {
        const dir = await scaffoldRoundTrip(findGenerator('config'), join(REPAIR_FIXTURES, 'starlette'));
        assert.match(readFileSync(join(dir, 'server.py'), 'utf8'), /uvicorn\.run\(app, host=settings\.host, port=settings\.port, log_level=settings\.log_level\)/);
        const settings = readFileSync(join(dir, 'settings.py'), 'utf8');
        assert.match(settings, /class Settings\(BaseSettings\)/);
        assert.match(settings, /port: int = Field\(default=9000, ge=1, le=65535\)/);
        assert.match(settings, /\] = "debug"$/m);
        assert.match(readFileSync(join(dir, '.env.example'), 'utf8'), /^PORT=9000$/m);
        assert.match(readFileSync(join(dir, 'pyproject.toml'), 'utf8'), /"pydantic-settings>=2\.4"/);
    });
    test('auth and cors written earlier are re-rendered to read the settings, and stay theirs', async () => {
        const dir = copyFixture(join(REPAIR_FIXTURES, 'fastapi'));
        for (const id of ['auth', 'cors', 'config'])
            assert.equal(runCli(['scaffold', id, '--dir', dir, '--yes']).status, 0, id);
        assert.match(readFileSync(join(dir, 'app/auth.py'), 'utf8'), /^_DIGESTS = _load_digests\(settings\.api_keys\.get_secret_value\(\)\)$/m);
        assert.match(readFileSync(join(dir, 'app/cors.py'), 'utf8'), /^from \.settings import settings$/m);
        const metadata = JSON.parse(readFileSync(join(dir, METADATA_FILE), 'utf8'));
        assert.deepEqual([metadata.files['app/auth.py'].generator, metadata.files['app/cors.py'].generator, metadata.files['app/settings.py'].generator], ['auth', 'cors', 'config']);
        for (const id of ['auth', 'cors', 'config'])
            assert.deepEqual((await planScaffold({ generator: id, dir })).changes, [], `scaffold ${id} again plans nothing`);
    });
    test('an existing .env.example of your own only gets the variables it lacks', async () => {
        const dir = copyFixture(join(REPAIR_FIXTURES, 'flask'));
        const own = '# mine\nOPENAI_API_KEY=\nPORT=5000\n';
        spawnSync('sh', ['-c', `printf '%s' "$0" > .env.example`, own], { cwd: dir });
        assert.equal(runCli(['scaffold', 'config', '--dir', dir, '--yes']).status, 0);
        const text = readFileSync(join(dir, '.env.example'), 'utf8');
        assert.ok(text.startsWith(own), text);
        assert.match(text, /^API_KEYS=$/m);
        assert.equal(text.match(/^PORT=/gm)?.length, 1);
    });
});
describe('scaffolded Express server, live: config fails fast, auth and cors enforce', () => {
    test('health + auth + cors + config on a wildcard-CORS Express app, compiled and run on 127.0.0.1', async () => {
        const dir = copyFixture(join(REPAIR_FIXTURES, 'express'));
        for (const id of ['health', 'auth', 'cors', 'config'])
            assert.equal(runCli(['scaffold', id, '--dir', dir, '--yes']).status, 0, id);
        const build = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8', timeout: 120_000 });
        assert.equal(build.status, 0, build.stdout);
        const invalid = spawnSync(process.execPath, ['dist/server.js'], { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '', PORT: 'eighty', CORS_ALLOW_ORIGINS: '*' } });
        assert.notEqual(invalid.status, 0);
        assert.match(invalid.stderr, /invalid configuration/);
        assert.match(invalid.stderr, /PORT/);
        assert.match(invalid.stderr, /CORS_ALLOW_ORIGINS/);
        const key = 'live-test-key-0123456789abcdef';
        const port = await freePort();
        const server = await startReplica([process.execPath, 'dist/server.js'], {
            cwd: dir,
            port,
            env: { PORT: String(port), API_KEYS: `web:${createHash('sha256').update(key).digest('hex')}`, CORS_ALLOW_ORIGINS: 'https://app.example.com' },
        });
        try {
            const chat = (headers) => fetch(`${server.url}/chat`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"message":"hi"}', signal: AbortSignal.timeout(5_000) });
            const anonymous = await chat({});
            assert.equal(anonymous.status, 401);
            assert.equal(anonymous.headers.get('www-authenticate'), 'Bearer');
            assert.equal((await chat({ authorization: 'Bearer wrong-key-0123456789abcdef' })).status, 401);
            assert.equal((await chat({ authorization: `Bearer ${key}` })).status, 200);
            assert.equal((await chat({ 'x-api-key': key })).status, 200);
            const preflight = (origin) => fetch(`${server.url}/chat`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' }, signal: AbortSignal.timeout(5_000) });
            assert.equal((await preflight('https://app.example.com')).headers.get('access-control-allow-origin'), 'https://app.example.com');
            assert.equal((await preflight('https://attacker.invalid')).headers.get('access-control-allow-origin'), null);
        }
        finally {
            await server.stop();
        }
    });
});
