import type { PythonRuleContext } from '../../engine/report.js';
import type { PyNode, PyTree } from './tree.js';
export type { PyNode } from './tree.js';
export type PythonVisitor = (node: PyNode, ctx: PythonRuleContext) => void;
/** Keyed by tree-sitter node type (`call`, `except_clause`, …); `type:exit` runs after the subtree. */
export type PythonVisitors = Record<string, PythonVisitor>;
export interface BoundPythonVisitor {
    visit: PythonVisitor;
    ctx: PythonRuleContext;
    /** Rule or framework id, named when a visitor throws. */
    owner: string;
}
/**
 * One depth-first walk over the tree, dispatching every named node to the
 * visitors registered for its type. Iterative (the copy's per-type lists of
 * named nodes, or parent links and sibling indices when exits are asked for),
 * so pathological nesting cannot overflow the stack.
 */
export declare function walkPython(tree: PyTree, enter: Map<string, BoundPythonVisitor[]>, exit: Map<string, BoundPythonVisitor[]>, onError: (owner: string, error: unknown) => void): void;
