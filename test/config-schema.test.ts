import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { renderConfigJsonSchema } from '../src/core/config-schema.js';
import { runCli } from './support/cli.js';
import { REPO_ROOT } from './support/paths.js';

const checkedIn = join(REPO_ROOT, 'docs', 'config.schema.json');
const scratch = mkdtempSync(join(tmpdir(), 'ah-schema-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('docs/config.schema.json is the schema generated from the zod config schema', () => {
  assert.equal(readFileSync(checkedIn, 'utf8'), renderConfigJsonSchema(), 'docs/config.schema.json is stale: run `npm run docs:schema` and commit it');
});

test('the schema describes the keys the loader accepts', () => {
  const schema = JSON.parse(readFileSync(checkedIn, 'utf8')) as { type: string; additionalProperties: boolean; properties: Record<string, { enum?: string[] }> };
  assert.equal(schema.type, 'object');
  assert.equal(schema.additionalProperties, false);
  for (const key of ['$schema', 'rules', 'ignore', 'failOn', 'minConfidence', 'minScore', 'maxFileSize']) assert.ok(key in schema.properties, key);
  assert.deepEqual(schema.properties.failOn!.enum, ['critical', 'high', 'medium', 'low', 'info', 'none']);
  // A config with a key the schema rejects is rejected by the loader too.
  const dir = join(scratch, 'typo');
  mkdirSync(dir);
  writeFileSync(join(dir, 'agent-harden.config.json'), JSON.stringify({ $schema: '../docs/config.schema.json', failOnn: 'high' }));
  writeFileSync(join(dir, 'main.py'), 'print(1)\n');
  const run = runCli(['audit', '.'], { cwd: dir });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /failOnn/);
});
