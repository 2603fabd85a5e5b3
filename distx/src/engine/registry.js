import { RULE_IDS } from '../../rules/ids.js';
export const DOCS_BASE_URL = 'https://github.com/agent-harden/agent-harden/blob/main/rules';
let loading;
/** Loads every rule (rules/index.ts lists them; loaded on first use, so `--help` never pays for them), sorted by id. */
export function loadRules() {
    loading ??= import('../../rules/index.js').then(({ RULES_BY_ID }) => Object.entries(RULES_BY_ID)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, rule]) => {
        if (rule.id !== id)
            throw new TypeError(`rules/index.ts lists "${id}" for the rule "${rule.id}"; each id must name its rule`);
        return rule;
    }));
    return loading;
}
/** Every rule id, sorted, without loading a rule: all that validating a config needs. */
export function ruleIds() {
    return [...RULE_IDS];
}
export function describeRule(rule) {
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
