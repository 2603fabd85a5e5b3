import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadRules } from '../../src/engine/registry.js';
import { PROBE_CHECKS } from '../../src/probe/checks/index.js';
// The live gaps that are the static ones keep the catalog's ids (rules-catalog.md), so audit and probe line up.
const CATALOG_IDS = new Set([
    'cors-wildcard',
    'missing-auth',
    'missing-health-endpoint',
    'missing-readiness-endpoint',
    'static-health-check',
    'health-leaks-internals',
    'insecure-cookie',
    'api-docs-exposed',
    'error-detail-leak',
    'unbounded-request-input',
    'missing-rate-limit',
]);
describe('probe check ids', () => {
    it('are catalog ids or start with probe-, each once', () => {
        const ids = PROBE_CHECKS.map((check) => check.id);
        assert.equal(new Set(ids).size, ids.length);
        for (const id of ids)
            assert.ok(CATALOG_IDS.has(id) || id.startsWith('probe-'), id);
    });
    it('share category and default severity with the audit rule of the same id', async () => {
        const rules = new Map((await loadRules()).map((rule) => [rule.id, rule]));
        for (const check of PROBE_CHECKS) {
            const rule = rules.get(check.id);
            if (!rule)
                continue;
            assert.equal(check.category, rule.category, check.id);
            assert.equal(check.severity, rule.severity, check.id);
        }
    });
});
