import type { Rule } from '../rule-kit/define-rule.js';
import type { RuleDescriptor } from '../core/types.js';
export declare const DOCS_BASE_URL = "https://github.com/agent-harden/agent-harden/blob/main/rules";
/** Loads every rule (rules/index.ts lists them; loaded on first use, so `--help` never pays for them), sorted by id. */
export declare function loadRules(): Promise<Rule[]>;
/** Every rule id, sorted, without loading a rule: all that validating a config needs. */
export declare function ruleIds(): string[];
export declare function describeRule(rule: Rule): RuleDescriptor;
