import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { defaultConfig } from '../src/core/config.js';
import { renderConfigJsonSchema } from '../src/core/config-schema.js';
import { loadRules } from '../src/engine/registry.js';
import { runCli } from './support/cli.js';
import { REPO_ROOT } from './support/paths.js';
const checkedIn = join(REPO_ROOT, 'docs', 'config.schema.json');
const scratch = mkdtempSync(join(tmpdir(), 'ah-schema-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
test('docs/config.schema.json is the schema generated from the zod config schema', () => {
    assert.equal(readFileSync(checkedIn, 'utf8'), renderConfigJsonSchema(), 'docs/config.schema.json is stale: run `npm run docs:schema` and commit it');
});
test('the schema describes the keys the loader accepts', () => {
    const schema = JSON.parse(readFileSync(checkedIn, 'utf8'));
    assert.equal(schema.type, 'object');
    assert.equal(schema.additionalProperties, false);
    for (const key of ['$schema', 'rules', 'ignore', 'failOn', 'minConfidence', 'minScore', 'maxFileSize'])
        assert.ok(key in schema.properties, key);
    assert.deepEqual(schema.properties.failOn.enum, ['critical', 'high', 'medium', 'low', 'info', 'none']);
    // A config with a key the schema rejects is rejected by the loader too.
    const dir = join(scratch, 'typo');
    mkdirSync(dir);
    writeFileSync(join(dir, 'agent-harden.config.json'), JSON.stringify({ $schema: '../docs/config.schema.json', failOnn: 'high' }));
    writeFileSync(join(dir, 'main.py'), 'print(1)\n');
    const run = runCli(['audit', '.'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /failOnn/);
});
// Without a config file the audit runs on defaults and never loads zod (start-up.test.ts): they must be what the schema gives.
test('the defaults without a config file are what the schema makes of an empty config', async () => {
    const { configSchema } = await import('../src/core/config-validation.js');
    assert.deepEqual(defaultConfig(), configSchema.parse({}));
});
test("every rule's option defaults are what its schema makes of no options", async () => {
    const { z } = await import('zod');
    const withOptions = (await loadRules()).filter((rule) => rule.options);
    assert.ok(withOptions.length > 0);
    for (const rule of withOptions)
        assert.deepEqual(rule.options.schema(z).parse({}), rule.options.defaults, rule.id);
});
test('rule options from a config file are validated and used', () => {
    const dir = join(scratch, 'options');
    mkdirSync(dir);
    writeFileSync(join(dir, 'server.ts'), "import express from 'express';\nconst app = express();\napp.use(express.json({ limit: '5mb' }));\napp.listen(3000);\n");
    const audit = (maxBodyBytes) => {
        writeFileSync(join(dir, 'agent-harden.config.json'), JSON.stringify({ rules: { 'unbounded-request-input': { options: { maxBodyBytes } } } }));
        return runCli(['audit', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    };
    const raisedLimit = (run) => JSON.parse(run.stdout).findings.filter((finding) => finding.ruleId === 'unbounded-request-input' && finding.messageId === 'raisedLimit').length;
    assert.equal(raisedLimit(audit(1024 * 1024)), 1, '5mb is above 1 MiB');
    assert.equal(raisedLimit(audit(10 * 1024 * 1024)), 0, '5mb is within 10 MiB');
    const invalid = audit(-1);
    assert.equal(invalid.status, 2);
    assert.match(invalid.stderr, /rules\.unbounded-request-input\.options: maxBodyBytes/);
});
