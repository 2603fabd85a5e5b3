import type { Command } from 'commander';
export declare function registerInit(program: Command): void;
