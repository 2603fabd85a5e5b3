/**
 * Every rule id (= its rule module's file name), sorted. Apart from rules/index.ts so that validating a config
 * knows the ids without loading a rule (`probe` loads none); test/registry.test.ts keeps both equal to the files.
 */
export declare const RULE_IDS: readonly string[];
