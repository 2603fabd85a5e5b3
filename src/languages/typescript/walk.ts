import type * as TypeScript from 'typescript';
import type { TypeScriptRuleContext } from '../../engine/report.js';
import { ts } from './runtime.js';

export type TsNode = TypeScript.Node;
export type TypeScriptVisitor = (node: TsNode, ctx: TypeScriptRuleContext) => void;
/**
 * Keyed by `SyntaxKind` name (`CallExpression`, `CatchClause`, …); `Kind:exit`
 * runs after the subtree. Names, not numbers, so rules never load TypeScript.
 */
export type TypeScriptVisitors = Record<string, TypeScriptVisitor>;

export interface BoundTypeScriptVisitor {
  visit: TypeScriptVisitor;
  ctx: TypeScriptRuleContext;
  /** Rule or framework id, named when a visitor throws. */
  owner: string;
}

export type KindTable = (BoundTypeScriptVisitor[] | undefined)[];

/** Turns name-keyed visitor lists into arrays indexed by `SyntaxKind` for O(1) dispatch. */
export function kindTables(byName: Map<string, BoundTypeScriptVisitor[]>): { enter: KindTable; exit: KindTable } {
  const enter: KindTable = [];
  const exit: KindTable = [];
  for (const [key, bound] of byName) {
    const [name, phase] = key.split(':');
    const kind = (ts.SyntaxKind as unknown as Record<string, number>)[name];
    if (kind === undefined) throw new TypeError(`unknown TypeScript SyntaxKind "${name}" in a visitor key`);
    const table = phase === 'exit' ? exit : enter;
    table[kind] = [...(table[kind] ?? []), ...bound];
  }
  return { enter, exit };
}

export function walkTypeScript(
  source: TypeScript.SourceFile,
  tables: { enter: KindTable; exit: KindTable },
  onError: (owner: string, error: unknown) => void,
): void {
  const { enter, exit } = tables;
  const run = (bound: BoundTypeScriptVisitor[], node: TsNode) => {
    for (const { visit, ctx, owner } of bound) {
      try {
        visit(node, ctx);
      } catch (error) {
        onError(owner, error);
      }
    }
  };
  const visit = (node: TsNode): void => {
    const entering = enter[node.kind];
    if (entering) run(entering, node);
    ts.forEachChild(node, visit);
    const exiting = exit[node.kind];
    if (exiting) run(exiting, node);
  };
  visit(source);
}
