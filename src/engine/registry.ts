import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Rule } from '../rule-kit/define-rule.js';
import type { RuleDescriptor } from '../core/types.js';

export const DOCS_BASE_URL = 'https://github.com/agent-harden/agent-harden/blob/main/rules';

let loading: Promise<Rule[]> | undefined;

/** The compiled rules directory: rules/ beside src/ in the same build. */
function rulesDirectory(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
}

/** The rule modules' file names (`<id>.js`), sorted. */
function ruleFiles(): string[] {
  return readdirSync(rulesDirectory())
    .filter((name) => /^[a-z][a-z0-9-]*\.js$/.test(name))
    .sort();
}

/** Every rule id, sorted, without loading a rule: all that validating a config needs. */
export function ruleIds(): string[] {
  return ruleFiles().map((name) => name.replace(/\.js$/, ''));
}

/** Loads every rule module (`rules/<id>.js`, id = file name), sorted by id. */
export function loadRules(): Promise<Rule[]> {
  loading ??= (async () => {
    const dir = rulesDirectory();
    const rules = await Promise.all(
      ruleFiles().map(async (name) => {
        const module = (await import(pathToFileURL(join(dir, name)).href)) as { default: Rule };
        const rule = module.default;
        if (!rule || rule.id !== name.replace(/\.js$/, '')) throw new TypeError(`rules/${name} must default-export a rule whose id is its file name`);
        return rule;
      }),
    );
    return rules;
  })();
  return loading;
}

export function describeRule(rule: Rule): RuleDescriptor {
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    confidence: rule.confidence,
    summary: rule.summary,
    fixHint: rule.fixHint,
    seeds: rule.seeds,
    languages: rule.languages,
    helpUri: `${DOCS_BASE_URL}/${rule.id}.md`,
  };
}
