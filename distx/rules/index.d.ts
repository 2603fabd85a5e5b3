import type { Rule } from '../src/rule-kit/define-rule.js';
/**
 * Every rule, by id (= its file name). Listed rather than found in the directory at run time, so that the
 * CLI bundle (scripts/bundle.mjs) holds the rules; test/registry.test.ts keeps this list equal to the files.
 */
export declare const RULES_BY_ID: Readonly<Record<string, Rule>>;
