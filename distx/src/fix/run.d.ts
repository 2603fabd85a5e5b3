import type { Finding } from '../core/types.js';
import { type ResolvedPlan } from '../scaffold/plan.js';
import type { Fixer } from './define-fixer.js';
export declare const FIXERS: readonly Fixer[];
export interface FixOptions {
    dir?: string;
    /** Limit to files under these paths (relative to dir). */
    paths?: string[];
    /** Limit to these rule ids. */
    rules?: string[];
}
export interface AppliedRepair {
    file: string;
    line: number;
    ruleId: string;
    description: string;
}
export interface FixPlan extends ResolvedPlan {
    root: string;
    repairs: AppliedRepair[];
    before: Finding[];
    /** Rule ids whose fixers ran without the rule present to confirm each target (not yet in this build). */
    unconfirmed: string[];
    /** What recovering an apply a killed run left behind did, when there was one. */
    recovered?: string;
}
/** The rule `fix` repairs outside source files: env files get ignored in `.gitignore`. */
export declare const ENV_RULE = "env-file-committed";
/**
 * Audits the project, runs every fixer over its Python and TS files, keeps
 * the repairs on lines the audit flagged (every repair when the rule is not
 * in this build), and returns the patches under the scaffold file policy.
 */
export declare function planFix(options: FixOptions): Promise<FixPlan>;
