import type { Command } from 'commander';
export declare function registerExplain(program: Command): void;
