// Regenerates the README rules table from rule metadata: npm run docs:rules
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRule, loadRules } from '../../src/engine/registry.js';
import { REPO_ROOT } from './paths.js';
import { renderRulesTable, replaceRulesTable } from './rules-table.js';
const file = join(REPO_ROOT, 'README.md');
const rules = (await loadRules()).map(describeRule);
writeFileSync(file, replaceRulesTable(readFileSync(file, 'utf8'), renderRulesTable(rules)));
