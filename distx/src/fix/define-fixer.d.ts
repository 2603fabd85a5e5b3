import type { TextEdit } from '../scaffold/text-edits.js';
/** One repair a fixer found: where (1-based line, for matching the audit's finding) and the edits that make it. */
export interface Repair {
    line: number;
    edits: TextEdit[];
    /** What the edit does, for the plan. */
    description: string;
}
export interface FixInput {
    path: string;
    text: string;
    /** The TypeScript module `scaffold logging` wrote (relative path), when the project has one: fixers log through its `logger`. */
    loggerModule?: string;
    /**
     * The Python module `scaffold idempotency` wrote with ADK's `idempotent_tool` (relative path), when the
     * project has one, and whether its directory is a package (has `__init__.py`).
     */
    idempotencyModule?: {
        path: string;
        inPackage: boolean;
    };
}
/**
 * A safe, local source edit for one rule. `find` locates its targets in the
 * syntax tree (tree-sitter for Python, the TypeScript AST for TS) and returns
 * span edits; the runner keeps only those on lines the audit flagged when the
 * rule is present, re-parses between fixers, and never edits text by pattern.
 */
export interface Fixer {
    id: string;
    ruleId: string;
    language: 'python' | 'typescript';
    summary: string;
    find(input: FixInput): Promise<Repair[]>;
}
export declare function defineFixer(fixer: Fixer): Fixer;
