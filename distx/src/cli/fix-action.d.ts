import type { FixFlags } from './fix.js';
export declare function runFixCommand(paths: string[], flags: FixFlags): Promise<number>;
