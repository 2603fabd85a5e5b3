import type { Change } from './plan.js';
/** A unified diff of every change, the way `git diff` shows new files and edits. */
export declare function unifiedDiff(changes: Change[]): Promise<string>;
