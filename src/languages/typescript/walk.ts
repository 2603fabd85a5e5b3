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

/** The visits of one file in walk order: `nodes[i]` is entered, or exited when `exits[i]`. */
export interface TypeScriptWalk {
  nodes: TsNode[];
  exits: boolean[];
}

/**
 * The one traversal of a parsed file. It sets every node's parent (what
 * `createSourceFile`'s `setParentNodes` does, less the JSDoc nodes no rule
 * reads, whose generic work-list walk was 28 % of the parse on the bench
 * corpus) and lists, in depth-first order, the visits the tables ask for.
 * Rules read parents anywhere in the file, so they run after it, from the list.
 * As deep as the parser's own recursion.
 */
export function planWalk(source: TypeScript.SourceFile, tables: { enter: KindTable; exit: KindTable }): TypeScriptWalk {
  const { enter, exit } = tables;
  const walk: TypeScriptWalk = { nodes: [], exits: [] };
  const visit = (node: TsNode, exiting: boolean) => {
    walk.nodes.push(node);
    walk.exits.push(exiting);
  };
  let parent: TsNode = source;
  const bind = (child: TsNode): void => {
    (child as { parent: TsNode }).parent = parent;
    if (enter[child.kind]) visit(child, false);
    const outer = parent;
    parent = child;
    ts.forEachChild(child, bind);
    parent = outer;
    if (exit[child.kind]) visit(child, true);
  };
  if (enter[source.kind]) visit(source, false);
  ts.forEachChild(source, bind);
  if (exit[source.kind]) visit(source, true);
  return walk;
}

/** Runs the planned visits; a visitor that throws is reported with its owner and the walk goes on. */
export function walkTypeScript(walk: TypeScriptWalk, tables: { enter: KindTable; exit: KindTable }, onError: (owner: string, error: unknown) => void): void {
  const { nodes, exits } = walk;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    for (const { visit, ctx, owner } of (exits[index] ? tables.exit : tables.enter)[node.kind]!) {
      try {
        visit(node, ctx);
      } catch (error) {
        onError(owner, error);
      }
    }
  }
}
