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

/**
 * Which calls a `CallExpression` visitor is given, by a last name of their callee (see CallVisitors): true for every
 * name the calls it can record anything of may have. A visitor without one is given every call.
 */
export type CalleeFilter = (lastName: string) => boolean;

/** The last segment of a callee's name as `TypeScriptFile.calleeName` answers it: `rateLimit` of `express-rate-limit.rateLimit`. */
export function lastName(callee: string): string {
  return callee.slice(callee.lastIndexOf('.') + 1);
}

export interface BoundTypeScriptVisitor {
  visit: TypeScriptVisitor;
  ctx: TypeScriptRuleContext;
  /** Rule or framework id, named when a visitor throws. */
  owner: string;
  /** For a `CallExpression` visitor: the calls it is given. */
  callees?: CalleeFilter;
}

export type KindTable = (BoundTypeScriptVisitor[] | undefined)[];

// Past this many names a CallVisitors' lists start over: a long run meets every callee name of every project.
const MAX_CALLEE_NAMES = 10_000;

/**
 * The visitors of one phase of `CallExpression`, chosen per call by its callee's last names, the names
 * `calleeMember` and `calleeName` end with: `b` for `a.b(…)`; for `b(…)`, `b` and the last segment of the name it
 * is imported as (`generateText` for `gt` of `import { generateText as gt } from 'ai'`). A callee of any other shape
 * (`f()(…)`, `a[b](…)`, `(0, f)(…)`) goes to every visitor. Three in four visits of the bench corpus were of calls,
 * some seven visitors per call, and most calls are none of the few a visitor looks for.
 */
export class CallVisitors {
  private readonly byName = new Map<string, BoundTypeScriptVisitor[]>();
  /** The visitors given every call. */
  private readonly unfiltered: BoundTypeScriptVisitor[];

  constructor(readonly all: BoundTypeScriptVisitor[]) {
    this.unfiltered = all.filter((bound) => !bound.callees);
  }

  /** True when some visitor takes only some calls: else every call goes to `all`. */
  get filtering(): boolean {
    return this.unfiltered.length < this.all.length;
  }

  /** The visitors of a call whose callee's last name is `name`, or, for a name imported as another, either. */
  named(name: string, imported?: string): BoundTypeScriptVisitor[] {
    if (imported !== undefined && imported !== name) return this.select((callees) => callees(name) || callees(imported));
    let list = this.byName.get(name);
    if (!list) {
      if (this.byName.size >= MAX_CALLEE_NAMES) this.byName.clear();
      this.byName.set(name, (list = this.select((callees) => callees(name))));
    }
    return list;
  }

  private select(takes: (callees: CalleeFilter) => boolean): BoundTypeScriptVisitor[] {
    const selected = this.all.filter((bound) => !bound.callees || takes(bound.callees));
    // Most names are taken by no filtered visitor: those calls share one list.
    return selected.length === this.unfiltered.length ? this.unfiltered : selected;
  }
}

export interface WalkTables {
  enter: KindTable;
  exit: KindTable;
  /** `CallExpression` visitors by phase, when some of them take only some calls. */
  callEnter?: CallVisitors;
  callExit?: CallVisitors;
}

/** Turns name-keyed visitor lists into arrays indexed by `SyntaxKind` for O(1) dispatch. */
export function kindTables(byName: Map<string, BoundTypeScriptVisitor[]>): WalkTables {
  const enter: KindTable = [];
  const exit: KindTable = [];
  for (const [key, bound] of byName) {
    const [name, phase] = key.split(':');
    const kind = (ts.SyntaxKind as unknown as Record<string, number>)[name];
    if (kind === undefined) throw new TypeError(`unknown TypeScript SyntaxKind "${name}" in a visitor key`);
    const table = phase === 'exit' ? exit : enter;
    table[kind] = [...(table[kind] ?? []), ...bound];
  }
  const callVisitors = (list: BoundTypeScriptVisitor[] | undefined) => {
    const chosen = list && new CallVisitors(list);
    return chosen?.filtering ? chosen : undefined;
  };
  return { enter, exit, callEnter: callVisitors(enter[ts.SyntaxKind.CallExpression]), callExit: callVisitors(exit[ts.SyntaxKind.CallExpression]) };
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
 * the file, so they run after this, from the list. `qualifiedName` names a
 * callee that is a bare name with its import resolved, as the file's
 * `TypeScriptFile.qualifiedName` does, for tables with CallVisitors.
 * Recursive, no deeper than the parser itself.
 */
export function planWalk(source: TypeScript.SourceFile, tables: WalkTables, qualifiedName?: (name: TypeScript.Identifier) => string | undefined): TypeScriptWalk {
  const { enter, exit, callEnter, callExit } = tables;
  const walk: TypeScriptWalk = { nodes: [], visitors: [], calls: [] };
  const { nodes, visitors, calls } = walk;
  const callKind = ts.SyntaxKind.CallExpression;
  // The visitors of calls of a bare name, by name and phase: the same few names are called all over a file.
  const bareCallees = [new Map<string, BoundTypeScriptVisitor[]>(), new Map<string, BoundTypeScriptVisitor[]>()];
  const callVisitors = (call: TypeScript.CallExpression, chosen: CallVisitors, phase: 0 | 1): BoundTypeScriptVisitor[] => {
    const callee = call.expression;
    if (callee.kind === ts.SyntaxKind.PropertyAccessExpression) return chosen.named((callee as TypeScript.PropertyAccessExpression).name.text);
    if (callee.kind !== ts.SyntaxKind.Identifier) return chosen.all;
    const name = (callee as TypeScript.Identifier).text;
    let list = bareCallees[phase].get(name);
    if (!list) {
      const resolved = qualifiedName?.(callee as TypeScript.Identifier) ?? name;
      bareCallees[phase].set(name, (list = chosen.named(name, lastName(resolved))));
    }
    return list;
  };
  let parent: TsNode = source;
  const bind = (child: TsNode): void => {
    (child as { parent: TsNode }).parent = parent;
    const kind = child.kind;
    let entering = enter[kind];
    if (kind === callKind) {
      calls.push(child as TypeScript.CallExpression);
      if (callEnter) entering = callVisitors(child as TypeScript.CallExpression, callEnter, 0);
    }
    if (entering !== undefined && entering.length > 0) {
      nodes.push(child);
      visitors.push(entering);
    }
    const outer = parent;
    parent = child;
    ts.forEachChild(child, bind);
    parent = outer;
    const exiting = kind === callKind && callExit ? callVisitors(child as TypeScript.CallExpression, callExit, 1) : exit[kind];
    if (exiting !== undefined && exiting.length > 0) {
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
