import type { z } from 'zod';
import type { Category, Confidence, Language, Severity } from '../core/types.js';
import type { PythonVisitors } from '../languages/python/walk.js';
import type { TypeScriptPrefilter, TypeScriptVisitors } from '../languages/typescript/walk.js';
import type { TextChecks } from '../languages/text/checks.js';
import type { ProjectModel } from '../engine/project-model.js';
import type { ProjectRuleContext } from '../engine/report.js';
export interface RuleMeta<M extends string> {
    /** Catalog id; equals the file name; never renamed. */
    id: string;
    category: Category;
    severity: Severity;
    confidence: Confidence;
    /** Seed review ids (`000` … `004`) the gap comes from. */
    seeds: string[];
    /** One line, no period; reused in tables and `explain`. */
    summary: string;
    /** Message templates keyed by id; `{{name}}` placeholders are filled from report data. */
    messages: Record<M, string>;
    fixHint: string;
    /** True when `agent-harden fix` has a source edit for this rule. */
    fixable?: boolean;
}
/**
 * What a rule lets a config file set: the values it runs with when nothing is
 * set, and the zod schema (built only when a config sets options, so an audit
 * without them never loads zod) that validates and completes what is set.
 */
export interface RuleOptions<O extends Record<string, unknown> = Record<string, unknown>> {
    defaults: O;
    schema: (zod: typeof z) => z.ZodType<O>;
}
export interface RuleDefinition<M extends string = string, O extends Record<string, unknown> = Record<string, unknown>> extends RuleMeta<M> {
    options?: RuleOptions<O>;
    python?: {
        visitors: PythonVisitors;
    };
    typescript?: {
        visitors: TypeScriptVisitors;
        prefilter?: TypeScriptPrefilter;
        /**
         * More visitors, each group walked only in the files that pass its own prefilter (not the rule's): for a rule
         * whose records start from unrelated things, one of them rare, as unvalidated-config's reads (the name `env`)
         * and checks (nothing narrower than most files) do.
         */
        groups?: {
            prefilter: TypeScriptPrefilter;
            visitors: TypeScriptVisitors;
        }[];
    };
    text?: TextChecks;
    /**
     * Project phase, after every file was walked: decide over the project model
     * (the ESLint `Program:exit` of the whole tree).
     */
    finish?: (project: ProjectModel, ctx: ProjectRuleContext) => void;
}
export interface Rule<M extends string = string> extends RuleDefinition<M> {
    languages: Language[];
}
/**
 * Declares a rule. Author mistakes (bad id, empty summary, a summary ending in a
 * period) throw at load time so tests catch them before users do.
 */
export declare function defineRule<M extends string, O extends Record<string, unknown> = Record<string, unknown>>(definition: RuleDefinition<M, O>): Rule<M>;
/**
 * Fills `{{name}}` placeholders; an unknown placeholder is an author mistake. Messages are one line, so
 * source text quoted into one is folded: a member chain wrapped before its `.` (`openai`, a line break,
 * `.chat.completions.create`) is joined, any other line break becomes a space.
 */
export declare function interpolate(template: string, data: Record<string, string>, ruleId: string): string;
