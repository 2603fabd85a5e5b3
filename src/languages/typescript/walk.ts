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

/**
 * What a TypeScript/JavaScript file must contain for a rule's visitors to record anything in it, as
 * Semgrep's prefilter: one of `names` (an identifier or property name anywhere in the file), an import
 * of one of `modules` (or of a module below one, as `importsModule` answers), one of `words` anywhere
 * in the file's text, in any case (for what is not a name: a keyword such as `catch`, words inside
 * strings, comments or names), or a path `paths` matches; and then the prefilter `and`, if any. A file
 * that fails is not walked for the rule. It must hold for every finding and fact the visitors can record:
 * list every name a match starts from, not the likely ones. Most files of a real repository are not
 * servers and call no model, and these files are most of what rules used to spend their time on.
 */
export interface TypeScriptPrefilter {
  names?: readonly string[];
  modules?: readonly string[];
  /** Words found anywhere in the file's text, in any case: `catch`, `x-request-id`, `retr` (of `fetchWithRetry`). ASCII. */
  words?: readonly string[];
  /** Files at a path this matches (relative, `/`-separated) pass whatever they hold: a rule that reads a kind of file, such as Next.js middleware. */
  paths?: RegExp;
  /**
   * A prefilter the file must pass as well, for records that need two things each common alone: a call of
   * `console.log` needs the name `log` and the root `console`, and most files hold one of them.
   */
  and?: TypeScriptPrefilter;
}

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

/** The visits of one file, in walk order: `nodes[i]` goes to the visitors `visitors[i]` (its kind's enter or exit list). */
export interface TypeScriptWalk {
  nodes: TsNode[];
  visitors: BoundTypeScriptVisitor[][];
  /** Every call of the file in walk order, which is the order of their start (see `TypeScriptFile.indexCalls`). */
  calls: TypeScript.CallExpression[];
}

/**
 * The one traversal of a parsed file. It sets every node's parent, as
 * `createSourceFile`'s `setParentNodes` would (there are no JSDoc nodes:
 * `parseTypeScript` leaves JSDoc unparsed), at half its cost: that option's
 * generic work-list walk was 28 % of the parse on the bench corpus. It also
 * lists, in depth-first order, the visits the tables ask for, and every call
 * (rules ask for the calls below many nodes). Rules read parents anywhere in
 * the file, so they run after this, from the list.
 * Recursive, no deeper than the parser itself.
 */
export function planWalk(source: TypeScript.SourceFile, tables: { enter: KindTable; exit: KindTable }): TypeScriptWalk {
  const { enter, exit } = tables;
  const walk: TypeScriptWalk = { nodes: [], visitors: [], calls: [] };
  const { nodes, visitors, calls } = walk;
  const callKind = ts.SyntaxKind.CallExpression;
  let parent: TsNode = source;
  const bind = (child: TsNode): void => {
    (child as { parent: TsNode }).parent = parent;
    const kind = child.kind;
    if (kind === callKind) calls.push(child as TypeScript.CallExpression);
    const entering = enter[kind];
    if (entering !== undefined) {
      nodes.push(child);
      visitors.push(entering);
    }
    const outer = parent;
    parent = child;
    ts.forEachChild(child, bind);
    parent = outer;
    const exiting = exit[kind];
    if (exiting !== undefined) {
      nodes.push(child);
      visitors.push(exiting);
    }
  };
  const enteringFile = enter[source.kind];
  const exitingFile = exit[source.kind];
  if (enteringFile) {
    nodes.push(source);
    visitors.push(enteringFile);
  }
  ts.forEachChild(source, bind);
  if (exitingFile) {
    nodes.push(source);
    visitors.push(exitingFile);
  }
  return walk;
}

/** Runs the planned visits; a visitor that throws is reported with its owner and the walk goes on. */
export function walkTypeScript(walk: TypeScriptWalk, onError: (owner: string, error: unknown) => void): void {
  const { nodes, visitors } = walk;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    for (const { visit, ctx, owner } of visitors[index]) {
      try {
        visit(node, ctx);
      } catch (error) {
        onError(owner, error);
      }
    }
  }
}
