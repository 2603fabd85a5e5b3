import type { Command } from 'commander';
import type { RuleDescriptor } from '../core/types.js';
export declare function rulesTable(rules: RuleDescriptor[]): string;
export declare function registerRules(program: Command): void;
