import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULE_IDS } from '../rules/ids.js';
import { RULES_BY_ID } from '../rules/index.js';
import { loadRules, ruleIds } from '../src/engine/registry.js';
import { REPO_ROOT } from './support/paths.js';
const ruleFiles = readdirSync(join(REPO_ROOT, 'rules'))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'ids.ts')
    .map((name) => name.replace(/\.ts$/, ''))
    .sort();
test('rules/index.ts lists every rule module in rules/, each under its own id', () => {
    assert.deepEqual(Object.keys(RULES_BY_ID).sort(), ruleFiles);
    for (const [id, rule] of Object.entries(RULES_BY_ID))
        assert.equal(rule.id, id);
});
test('rules/ids.ts lists the same ids, sorted, and the registry hands out the rules in that order', async () => {
    assert.deepEqual(RULE_IDS, ruleFiles);
    assert.deepEqual(ruleIds(), ruleFiles);
    assert.deepEqual((await loadRules()).map((rule) => rule.id), ruleFiles);
});
