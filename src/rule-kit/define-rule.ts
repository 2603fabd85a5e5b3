import type { z } from 'zod';
import type { Category, Confidence, Language, Severity } from '../core/types.js';
import type { PythonVisitors } from '../languages/python/walk.js';
import type { CalleeFilter, TypeScriptPrefilter, TypeScriptVisitors } from '../languages/typescript/walk.js';
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
  python?: { visitors: PythonVisitors };
  typescript?: {
    visitors: TypeScriptVisitors;
    prefilter?: TypeScriptPrefilter;
    /**
     * More visitors, each group walked only in the files that pass its own prefilter (not the rule's): for a rule
     * whose records start from unrelated things, one of them rare, as unvalidated-config's reads (the name `env`)
     * and checks (nothing narrower than most files) do.
     */
    groups?: { prefilter: TypeScriptPrefilter; callees?: CalleeFilter; visitors: TypeScriptVisitors }[];
    /**
     * The calls the block's `CallExpression` visitors are given, by their callee's last names (see CallVisitors):
     * true for every last name of a callee they can record anything of. Asked once per name, not per call, so it
     * must depend on the name alone.
     */
    callees?: CalleeFilter;
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

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * Declares a rule. Author mistakes (bad id, empty summary, a summary ending in a
 * period) throw at load time so tests catch them before users do.
 */
export function defineRule<M extends string, O extends Record<string, unknown> = Record<string, unknown>>(
  definition: RuleDefinition<M, O>,
): Rule<M> {
  if (!ID_PATTERN.test(definition.id)) throw new TypeError(`rule id "${definition.id}" is not kebab-case`);
  if (!definition.summary || definition.summary.endsWith('.')) {
    throw new TypeError(`rule ${definition.id}: summary must be one line without a final period`);
  }
  if (Object.keys(definition.messages).length === 0) throw new TypeError(`rule ${definition.id}: no messages`);
  const languages: Language[] = [];
  if (definition.python) languages.push('python');
  if (definition.typescript) languages.push('typescript');
  if (definition.text) languages.push('text');
  return { ...definition, languages } as Rule<M>;
}

/**
 * Fills `{{name}}` placeholders; an unknown placeholder is an author mistake. Messages are one line, so
 * source text quoted into one is folded: a member chain wrapped before its `.` (`openai`, a line break,
 * `.chat.completions.create`) is joined, any other line break becomes a space.
 */
export function interpolate(template: string, data: Record<string, string>, ruleId: string): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    if (!(key in data)) throw new TypeError(`rule ${ruleId}: message needs data "${key}"`);
    const value = data[key];
    // Both patterns join lines: a value of one line, nearly every one, is taken as it is.
    return value.includes('\n') ? value.replace(/\s*\n\s*(?=\??\.)/g, '').replace(/\s*\n\s*/g, ' ') : value;
  });
}
