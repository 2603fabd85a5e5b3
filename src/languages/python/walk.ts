import type { Node, Tree } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/report.js';

export type PyNode = Node;
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
 * One depth-first walk over the tree with a cursor (no child arrays allocated),
 * dispatching every node to the visitors registered for its type.
 */
export function walkPython(
  tree: Tree,
  enter: Map<string, BoundPythonVisitor[]>,
  exit: Map<string, BoundPythonVisitor[]>,
  onError: (owner: string, error: unknown) => void,
): void {
  const cursor = tree.walk();
  const dispatch = (table: Map<string, BoundPythonVisitor[]>, node: Node) => {
    const bound = table.get(node.type);
    if (!bound) return;
    for (const { visit, ctx, owner } of bound) {
      try {
        visit(node, ctx);
      } catch (error) {
        onError(owner, error);
      }
    }
  };
  const hasExit = exit.size > 0;
  for (;;) {
    const type = cursor.nodeType;
    if (cursor.nodeIsNamed && (enter.has(type) || (hasExit && exit.has(type)))) {
      dispatch(enter, cursor.currentNode);
    }
    if (cursor.gotoFirstChild()) continue;
    for (;;) {
      if (hasExit && cursor.nodeIsNamed && exit.has(cursor.nodeType)) dispatch(exit, cursor.currentNode);
      if (cursor.gotoNextSibling()) break;
      if (!cursor.gotoParent()) {
        cursor.delete();
        return;
      }
    }
  }
}
