import type { RuleDescriptor } from '../../src/core/types.js';
export declare const TABLE_START = "<!-- rules-table:start -->";
export declare const TABLE_END = "<!-- rules-table:end -->";
/** The README rules table, generated from rule metadata (never edited by hand). */
export declare function renderRulesTable(rules: RuleDescriptor[]): string;
export declare function replaceRulesTable(readme: string, table: string): string;
