import type { Framework } from './define.js';
export declare const FRAMEWORKS: readonly Framework[];
export type { Framework };
