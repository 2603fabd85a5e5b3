import type { FileAction } from './define-generator.js';
export type ChangeStatus = 'create' | 'update' | 'patch';
/** A write the apply step will make: the file's text before (undefined when absent) and after. */
export interface Change {
    path: string;
    status: ChangeStatus;
    before: string | undefined;
    after: string;
    reason: string;
}
/** A file scaffold will not touch without --force, and why. */
export interface Conflict {
    path: string;
    reason: string;
}
export interface ResolvedPlan {
    changes: Change[];
    conflicts: Conflict[];
    /** Files already as the generator would write them. */
    unchanged: string[];
}
/**
 * Applies the three-state file policy to a generator's actions: create when
 * absent, skip when identical, refuse when the file is the user's (or ours but
 * edited since) unless `force`. Reads only; the metadata update is one more change.
 */
export declare function resolvePlan(generator: string, actions: FileAction[], read: (path: string) => string | undefined, force: boolean): ResolvedPlan;
