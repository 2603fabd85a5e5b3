import { type ApplyFileSystem } from './apply.js';
import type { Generator } from './define-generator.js';
import { type ResolvedPlan } from './plan.js';
import { type ProjectInfo } from './project.js';
export interface ScaffoldOptions {
    generator: string;
    dir?: string;
    framework?: string;
    entry?: string;
    force?: boolean;
    /** Raw answers from flags; the generator's zod schema validates them. */
    answers?: Record<string, unknown>;
}
export interface ScaffoldPlan extends ResolvedPlan {
    generator: Generator<any>;
    project: ProjectInfo;
    /** What recovering an apply a killed run left behind did, when there was one. */
    recovered?: string;
}
/** Detects the project and computes the generator's plan under the file policy; writes nothing. */
export declare function planScaffold(options: ScaffoldOptions): Promise<ScaffoldPlan>;
/** Applies a plan's changes all or nothing. */
export declare function applyScaffold(plan: ScaffoldPlan, fs?: ApplyFileSystem): void;
export declare function conflictMessage(plan: Pick<ResolvedPlan, 'conflicts'>): string;
