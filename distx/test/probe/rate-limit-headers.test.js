import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { advertisedLimit, retryAfterSeconds } from '../../src/probe/rate-limit-headers.js';
import { REPO_ROOT } from '../support/paths.js';
describe('rate-limit headers of every generation', () => {
    it('reads X-RateLimit-* (express-rate-limit legacy, @fastify/rate-limit)', () => {
        assert.deepEqual(advertisedLimit({ 'x-ratelimit-limit': '40', 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': '60' }), {
            limit: 40,
            remaining: 3,
            retryAfterSeconds: undefined,
        });
    });
    it('reads RateLimit-Limit/-Remaining (IETF draft 6/7) and a draft-7 policy', () => {
        assert.deepEqual(advertisedLimit({ 'ratelimit-limit': '100', 'ratelimit-remaining': '99', 'ratelimit-policy': '100;w=60' }), {
            limit: 100,
            remaining: 99,
            windowSeconds: 60,
            retryAfterSeconds: undefined,
        });
    });
    it('reads RateLimit + RateLimit-Policy structured fields (draft 8 onwards)', () => {
        assert.deepEqual(advertisedLimit({ ratelimit: '"default";r=0;t=30', 'ratelimit-policy': '"default";q=50;w=60' }), {
            limit: 50,
            remaining: 0,
            windowSeconds: 60,
            retryAfterSeconds: undefined,
        });
    });
    it('reads Retry-After as seconds or as an HTTP date, and nothing from unrelated headers', () => {
        assert.equal(retryAfterSeconds('120'), 120);
        const now = Date.parse('2026-01-01T00:00:00Z');
        assert.equal(retryAfterSeconds('Thu, 01 Jan 2026 00:00:30 GMT', now), 30);
        assert.equal(advertisedLimit({ 'content-type': 'application/json' }), undefined);
    });
});
describe('undici stays out of every command but probe', () => {
    it('is imported by the probe transport only, and there lazily', () => {
        const offenders = [];
        const walk = (dir) => {
            for (const entry of readdirSync(dir, { withFileTypes: true })) {
                const path = join(dir, entry.name);
                if (entry.isDirectory())
                    walk(path);
                else if (path.endsWith('.ts') && /^import (?!type )[^;]*from 'undici'/m.test(readFileSync(path, 'utf8')))
                    offenders.push(path);
            }
        };
        walk(join(REPO_ROOT, 'src'));
        assert.deepEqual(offenders, []);
        assert.match(readFileSync(join(REPO_ROOT, 'src', 'probe', 'transport.ts'), 'utf8'), /await import\('undici'\)/);
        assert.doesNotMatch(readFileSync(join(REPO_ROOT, 'src', 'cli', 'probe.ts'), 'utf8'), /^import (?!type )[^;]*'\.\.\/probe\//m);
    });
});
