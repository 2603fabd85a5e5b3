import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { findGenerator } from '../src/scaffold/generators/index.js';
import { FIXTURES } from './support/paths.js';
import { scaffoldRoundTrip } from './support/scaffold-round-trip.js';

// Projects that already have what a generator repairs, written the way real ones are: wildcard CORS
// (list, string, flask-cors default, `origin: true`, hono `cors()`), literal host/port, an A2A app
// built in main(). Each generator must repair its rules there, in place where the code is recognisable.
const REPAIR_FIXTURES = join(FIXTURES, 'scaffold-repairs');
const variants = readdirSync(REPAIR_FIXTURES).sort();

describe('scaffold repairs existing code: the repaired rules fire before and are gone after', () => {
  for (const id of ['auth', 'cors']) {
    const generator = findGenerator(id)!;
    for (const variant of variants) {
      test(`${id} × ${variant}`, async () => {
        await scaffoldRoundTrip(generator, join(REPAIR_FIXTURES, variant), { mustFire: true });
      });
    }
  }
});

describe('scaffold auth and cors outputs', () => {
  test('auth on a FastAPI(...) app: an app-wide dependency, joined to the existing fastapi import', async () => {
    const dir = await scaffoldRoundTrip(findGenerator('auth')!, join(REPAIR_FIXTURES, 'fastapi'));
    const main = readFileSync(join(dir, 'app/main.py'), 'utf8');
    assert.match(main, /^from fastapi import FastAPI, Depends$/m);
    assert.match(main, /^from \.auth import require_api_key$/m);
    assert.match(main, /version="0\.4\.0", dependencies=\[Depends\(require_api_key\)\],\n\)/);
    const auth = readFileSync(join(dir, 'app/auth.py'), 'utf8');
    assert.match(auth, /hmac\.compare_digest/);
    assert.match(auth, /"\/\.well-known\/agent-card\.json"/);
  });

  test('auth on an A2A app: ASGI middleware on the built app, inside main()', async () => {
    const dir = await scaffoldRoundTrip(findGenerator('auth')!, join(REPAIR_FIXTURES, 'a2a'));
    const main = readFileSync(join(dir, 'travel_agent/__main__.py'), 'utf8');
    assert.match(main, /^ {4}app = server\.build\(\)\n {4}app\.add_middleware\(ApiKeyMiddleware\)$/m);
    assert.match(main, /^from \.auth import ApiKeyMiddleware$/m);
  });

  test('cors replaces the wildcard in place and keeps the rest of the call', async () => {
    const express = await scaffoldRoundTrip(findGenerator('cors')!, join(REPAIR_FIXTURES, 'express'));
    assert.match(readFileSync(join(express, 'src/server.ts'), 'utf8'), /^app\.use\(cors\(\{ origin: CORS_ALLOW_ORIGINS, methods: \['POST'\] \}\)\);$/m);
    const fastify = await scaffoldRoundTrip(findGenerator('cors')!, join(REPAIR_FIXTURES, 'fastify'));
    assert.match(readFileSync(join(fastify, 'src/index.ts'), 'utf8'), /register\(cors, \{ origin: CORS_ALLOW_ORIGINS, credentials: true \}\)/);
    const flask = await scaffoldRoundTrip(findGenerator('cors')!, join(REPAIR_FIXTURES, 'flask'));
    assert.match(readFileSync(join(flask, 'app.py'), 'utf8'), /^CORS\(app, origins=CORS_ALLOW_ORIGINS\)$/m);
  });
});
