import type * as TypeScript from 'typescript';
import { FileMemos, memoSlot } from '../file-memo.js';
import { NodeAnswers } from '../node-answers.js';
import { lineAndCharacter, lineStarts } from './lines.js';
import { ts } from './runtime.js';
import { lastName } from './walk.js';

type Node = TypeScript.Node;
type Expression = TypeScript.Expression;

export type TsLiteral = string | number | boolean | null | TsLiteral[] | { [key: string]: TsLiteral };

export interface ImportBinding {
  module: string;
  /** `default`, `*` for a namespace or CommonJS `require`, or the exported name. */
  imported: string;
}

const HTTP_CLIENT_MODULES = new Set(['axios', 'got', 'ky', 'superagent', 'undici', 'node-fetch', 'supertest', 'request', 'needle', 'ofetch']);
const ROUTE_RECEIVER_CALL_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'head', 'options']);
/** The callee member every `routeCall` starts from (`app.post(...)`, `fastify.route({...})`): what a rule reading routes needs in a file. */
export const ROUTE_CALL_MEMBERS: readonly string[] = [...ROUTE_RECEIVER_CALL_METHODS, 'route'];

/**
 * The members a callee `a.b` must end with to be one of `callees` (`new hono.Hono` → `Hono`): its name ends `.b`,
 * so only a dotted name can be it (see `calleeNameWithMember`).
 */
export function dottedCalleeMembers(callees: Iterable<string>): ReadonlySet<string> {
  return new Set([...callees].filter((name) => name.includes('.')).map(lastName));
}

// What `unwrap` strips, each with an `expression` inside: one set lookup per level, as rules unwrap nearly every
// argument. Filled on first use, once TypeScript is loaded.
let wrapperKinds: Set<TypeScript.SyntaxKind> | undefined;
// What `resolveName` looks through to a callee's root: a property's receiver, and wrappers. Filled on first use.
let receiverKinds: Set<TypeScript.SyntaxKind> | undefined;

const TOP_LEVEL_FUNCTIONS = memoSlot<Map<string, TypeScript.FunctionLikeDeclaration>>('top-level functions by name');

/**
 * Per-file queries over a TypeScript/JavaScript AST, computed once and shared
 * by every rule: import resolution (ESM and `require`), properties of object
 * literals, literal values, enclosing functions and route handlers.
 */
export class TypeScriptFile {
  /** What helpers and rules compute once for this file (see FileMemos: never a module-level table). */
  readonly memos = new FileMemos();
  readonly imports = new Map<string, ImportBinding>();
  readonly importedModules = new Set<string>();
  /** Top-level `const NAME = <expr>` declarations, for literal evaluation. */
  readonly constants = new Map<string, Expression>();
  // Several visitors of a call resolve its callee, and ask whether it registers a route: answers are kept for the
  // file's lifetime, which is one walk.
  private readonly qualifiedNames = new NodeAnswers<Node, string>((node) => this.resolveName(node));
  // What each imported binding's name resolves to (`rateLimit` → `express-rate-limit.rateLimit`). An identifier,
  // the root of every name, is answered from here by its text: a fifth of the memo's answers on the bench corpus,
  // each a lookup by node and an insert before.
  private readonly importedNames = new Map<string, string>();
  private readonly routeCalls = new NodeAnswers<TypeScript.CallExpression, TypeScriptRoute>((call) => this.findRouteCall(call));
  // Every imported module and each of its `/`-prefixes: rules ask per node whether the file imports a module
  // (or anything below it), of some two hundred modules per file, so each answer is one lookup.
  private readonly importedPaths = new Set<string>();
  private readonly descendantLists = [new Map<Node, Map<(node: Node) => boolean, Node[]>>(), new Map<Node, Map<(node: Node) => boolean, Node[]>>()];
  // Every call of the file in the order of their start, once the walk has listed them (see indexCalls).
  private calls?: readonly TypeScript.CallExpression[];
  // The callee of the call asked last: the visitors a call is given ask it in turn, and the qualified-name memo's
  // own last answer is mostly for another node by then (the callee's receiver, an argument).
  private lastCall?: Node;
  private lastCallee?: string;
  // The same for calleeRoot, which the visitors of one call ask in turn too.
  private lastRootCall?: Node;
  private lastRoot?: string;
  private starts?: number[];
  private utf8Bytes?: Uint8Array;

  /** `utf8`: the text's UTF-8 bytes, when the file was read as such (else they are encoded when first asked for). */
  constructor(
    readonly source: TypeScript.SourceFile,
    readonly text: string,
    utf8?: Uint8Array,
  ) {
    this.utf8Bytes = utf8;
    for (const statement of source.statements) this.scanTopLevel(statement);
    for (const [name, { module, imported }] of this.imports) this.importedNames.set(name, imported === 'default' || imported === '*' ? module : `${module}.${imported}`);
    for (const module of this.importedModules) {
      this.importedPaths.add(module);
      for (let slash = module.indexOf('/'); slash >= 0; slash = module.indexOf('/', slash + 1)) this.importedPaths.add(module.slice(0, slash));
    }
  }

  private scanTopLevel(statement: TypeScript.Statement): void {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const module = statement.moduleSpecifier.text;
      this.importedModules.add(module);
      const clause = statement.importClause;
      if (!clause) return;
      if (clause.name) this.imports.set(clause.name.text, { module, imported: 'default' });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) this.imports.set(bindings.name.text, { module, imported: '*' });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          this.imports.set(element.name.text, { module, imported: (element.propertyName ?? element.name).text });
        }
      }
      return;
    }
    if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const expression = statement.moduleReference.expression;
      if (ts.isStringLiteral(expression)) {
        this.importedModules.add(expression.text);
        this.imports.set(statement.name.text, { module: expression.text, imported: '*' });
      }
      return;
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) this.scanDeclaration(declaration);
    }
  }

  private scanDeclaration(declaration: TypeScript.VariableDeclaration): void {
    const init = declaration.initializer;
    if (!init) return;
    const required = requiredModule(init);
    if (required) {
      const { module, member } = required;
      this.importedModules.add(module);
      if (ts.isIdentifier(declaration.name)) {
        this.imports.set(declaration.name.text, { module, imported: member ?? '*' });
      } else if (ts.isObjectBindingPattern(declaration.name)) {
        for (const element of declaration.name.elements) {
          if (!ts.isIdentifier(element.name)) continue;
          const property = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
          this.imports.set(element.name.text, { module, imported: property });
        }
      }
      return;
    }
    if (ts.isIdentifier(declaration.name)) this.constants.set(declaration.name.text, init);
  }

  /**
   * The parser's own table of every identifier and property name it met in the file (with some string literal
   * texts), which prefilters read (see PrefilterIndex); undefined for a TypeScript build without it.
   */
  names(): ReadonlyMap<string, string> | undefined {
    return (this.source as { identifiers?: ReadonlyMap<string, string> }).identifiers;
  }

  /** Every module the file imports, and each of its `/`-prefixes (see importsModule). */
  importedModulePaths(): ReadonlySet<string> {
    return this.importedPaths;
  }

  /** The zero-based line and character of a position in the file, as `SourceFile.getLineAndCharacterOfPosition` answers. */
  lineAndCharacter(position: number): { line: number; character: number } {
    return lineAndCharacter((this.starts ??= lineStarts(this.text)), position);
  }

  /** The text as UTF-8, which the prefilters' word scan reads. */
  get utf8(): Uint8Array {
    return (this.utf8Bytes ??= Buffer.from(this.text));
  }

  /** True when the file imports `module` or anything below it (`@opentelemetry` for `@opentelemetry/api`). */
  importsModule(module: string): boolean {
    return this.importedPaths.has(module);
  }

  /**
   * The dotted name an expression refers to, with imports resolved to
   * `module` (default or namespace) or `module.name` (named):
   * `cors` from `import cors from 'cors'` → `cors`; `rateLimit` from
   * `import { rateLimit } from 'express-rate-limit'` → `express-rate-limit.rateLimit`;
   * `axios.get` → `axios.get`; `this.client.chat` → `this.client.chat`.
   * Calls resolve to their callee with `()`.
   */
  qualifiedName(node: Node | undefined): string | undefined {
    if (!node) return undefined;
    if (ts.isIdentifier(node)) return this.importedNames.get(node.text) ?? node.text;
    return this.qualifiedNames.get(node);
  }

  private resolveName(node: Node): string | undefined {
    if (ts.isPropertyAccessExpression(node)) {
      const object = this.qualifiedName(node.expression);
      return object ? `${object}.${node.name.text}` : undefined;
    }
    if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
    if (ts.isCallExpression(node)) {
      const required = requiredModule(node);
      if (required) return required.module;
      const callee = this.qualifiedName(node.expression);
      return callee ? `${callee}()` : undefined;
    }
    if (ts.isNewExpression(node)) {
      const callee = this.qualifiedName(node.expression);
      return callee ? `new ${callee}()` : undefined;
    }
    if (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) {
      return this.qualifiedName(node.expression);
    }
    return undefined;
  }

  calleeName(call: TypeScript.CallExpression | TypeScript.NewExpression): string | undefined {
    if (call !== this.lastCall) {
      this.lastCall = call;
      this.lastCallee = this.qualifiedName(call.expression);
    }
    return this.lastCallee;
  }

  /**
   * `calleeName(call)`, unless the callee is `a.b` and `members` (the last segments of the names looked for, as
   * `dottedCalleeMembers` lists them) has no `b`: its name ends `.b`, so it is none of them. A visitor that asks of
   * every call lets nearly every one go here, before its name is built.
   */
  calleeNameWithMember(call: TypeScript.CallExpression | TypeScript.NewExpression, members: ReadonlySet<string>): string | undefined {
    const callee = call.expression;
    return ts.isPropertyAccessExpression(callee) && !members.has(callee.name.text) ? undefined : this.calleeName(call);
  }

  /**
   * What `calleeName(call)` starts with, cheaply: the name of the innermost receiver of the callee's chain of
   * properties and calls (`express-rate-limit` for `limiter.default(…)` with `limiter` imported from it, `z` for
   * `z.string().max(…)`), which the callee's name is, or continues with a `.` or `(`. Undefined when that receiver is
   * no name (`new X().y`, an element access): then ask `calleeName`. Rules that match callees by module ask this of
   * every call first, and let most calls go before their names are built.
   */
  calleeRoot(call: TypeScript.CallExpression | TypeScript.NewExpression): string | undefined {
    if (call !== this.lastRootCall) {
      this.lastRootCall = call;
      this.lastRoot = this.findCalleeRoot(call);
    }
    return this.lastRoot;
  }

  private findCalleeRoot(call: TypeScript.CallExpression | TypeScript.NewExpression): string | undefined {
    receiverKinds ??= new Set([ts.SyntaxKind.PropertyAccessExpression, ts.SyntaxKind.ParenthesizedExpression, ts.SyntaxKind.AwaitExpression, ts.SyntaxKind.AsExpression, ts.SyntaxKind.NonNullExpression]);
    let node: Node = call.expression;
    for (;;) {
      if (receiverKinds.has(node.kind)) node = (node as TypeScript.PropertyAccessExpression).expression;
      else if (node.kind === ts.SyntaxKind.CallExpression && !requiredModule(node as Expression)) node = (node as TypeScript.CallExpression).expression;
      else break;
    }
    if (node.kind === ts.SyntaxKind.Identifier) return this.qualifiedName(node);
    if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
    return node.kind === ts.SyntaxKind.CallExpression ? requiredModule(node as Expression)!.module : undefined;
  }

  /** The last segment of a callee: `post` for `app.post(...)`. */
  calleeMember(call: TypeScript.CallExpression | TypeScript.NewExpression): string | undefined {
    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
    if (ts.isIdentifier(callee)) return callee.text;
    return undefined;
  }

  /** A property of an object literal by name (`{ origin: '*' }` → the `'*'` node). */
  property(object: Node | undefined, name: string): Expression | undefined {
    const literal = this.resolveObject(object);
    if (!literal) return undefined;
    for (const property of literal.properties) {
      if (ts.isPropertyAssignment(property) && propertyName(property.name) === name) return property.initializer;
      if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) return property.name;
    }
    return undefined;
  }

  hasProperty(object: Node | undefined, name: string): boolean {
    const literal = this.resolveObject(object);
    if (!literal) return false;
    return literal.properties.some(
      (property) =>
        (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property) || ts.isMethodDeclaration(property)) &&
        propertyName(property.name) === name,
    );
  }

  /** True when an object literal names any of `names` (one pass, for rules that look for several). */
  hasAnyProperty(object: Node | undefined, names: ReadonlySet<string>): boolean {
    const literal = this.resolveObject(object);
    return !!literal?.properties.some((property) => property.name !== undefined && names.has(propertyName(property.name) ?? ''));
  }

  /** True when an object literal spreads another object, which may carry any property. */
  hasSpread(object: Node | undefined): boolean {
    const literal = this.resolveObject(object);
    return !!literal?.properties.some((property) => ts.isSpreadAssignment(property));
  }

  /** An object literal, directly or through a top-level constant. */
  resolveObject(node: Node | undefined): TypeScript.ObjectLiteralExpression | undefined {
    const expression = this.unwrap(node);
    if (!expression) return undefined;
    if (ts.isObjectLiteralExpression(expression)) return expression;
    if (ts.isIdentifier(expression)) {
      const constant = this.unwrap(this.constants.get(expression.text));
      return constant && ts.isObjectLiteralExpression(constant) ? constant : undefined;
    }
    return undefined;
  }

  /** Strips parentheses, `as`, `satisfies` and non-null assertions. */
  unwrap(node: Node | undefined): Expression | undefined {
    wrapperKinds ??= new Set([ts.SyntaxKind.ParenthesizedExpression, ts.SyntaxKind.AsExpression, ts.SyntaxKind.SatisfiesExpression, ts.SyntaxKind.NonNullExpression]);
    let current = node as Expression | undefined;
    while (current && wrapperKinds.has(current.kind)) current = (current as TypeScript.ParenthesizedExpression).expression;
    return current;
  }

  /** Statically evaluates simple literals and top-level constants; undefined when unknown. */
  literal(node: Node | undefined, depth = 0): TsLiteral | undefined {
    const expression = this.unwrap(node);
    if (!expression || depth > 8) return undefined;
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
    if (ts.isNumericLiteral(expression)) return Number(expression.text);
    if (expression.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (expression.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (expression.kind === ts.SyntaxKind.NullKeyword) return null;
    if (ts.isArrayLiteralExpression(expression)) {
      const items: TsLiteral[] = [];
      for (const element of expression.elements) {
        const value = this.literal(element, depth + 1);
        if (value === undefined) return undefined;
        items.push(value);
      }
      return items;
    }
    if (ts.isObjectLiteralExpression(expression)) {
      const result: Record<string, TsLiteral> = {};
      for (const property of expression.properties) {
        if (!ts.isPropertyAssignment(property)) return undefined;
        const key = propertyName(property.name);
        const value = this.literal(property.initializer, depth + 1);
        if (key === undefined || value === undefined) return undefined;
        result[key] = value;
      }
      return result;
    }
    if (ts.isIdentifier(expression)) {
      const constant = this.constants.get(expression.text);
      return constant ? this.literal(constant, depth + 1) : undefined;
    }
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.literal(expression.left, depth + 1);
      const right = this.literal(expression.right, depth + 1);
      if (typeof left === 'string' && (typeof right === 'string' || typeof right === 'number')) return left + right;
      if (typeof left === 'number' && typeof right === 'number') return left + right;
    }
    return undefined;
  }

  stringValue(node: Node | undefined): string | undefined {
    const value = this.literal(node);
    return typeof value === 'string' ? value : undefined;
  }

  enclosingFunction(node: Node): TypeScript.FunctionLikeDeclaration | undefined {
    for (let current = node.parent; current; current = current.parent) {
      if (ts.isFunctionLike(current) && 'body' in current) return current as TypeScript.FunctionLikeDeclaration;
    }
    return undefined;
  }

  /**
   * A route registration call: `app.post('/x', ...handlers)`, `router.get(...)`,
   * Hono's `app.post(...)`, Fastify's `fastify.post(...)` and `fastify.route({ method, url, handler })`.
   * The receiver's origin is not checked here; framework modules decide whether it is an app.
   */
  routeCall(call: TypeScript.CallExpression): TypeScriptRoute | undefined {
    // Route visitors are given a call by its member (see CallVisitors), but also every call of another shape, and
    // every call when the filters are off: the calls no route can be are let go before the memo, whose entry per
    // call cost more than this test.
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    if (method === 'route' ? call.arguments.length !== 1 : call.arguments.length < 2 || !ROUTE_RECEIVER_CALL_METHODS.has(method)) return undefined;
    return this.routeCalls.get(call);
  }

  /** Of the calls `routeCall` let through: a member call, `route` with one argument or a method with two or more. */
  private findRouteCall(call: TypeScript.CallExpression): TypeScriptRoute | undefined {
    const callee = call.expression as TypeScript.PropertyAccessExpression;
    const method = callee.name.text;
    if (method === 'route') {
      const options = call.arguments[0];
      const url = this.stringValue(this.property(options, 'url') ?? this.property(options, 'path'));
      const declared = this.literal(this.property(options, 'method'));
      const handler = this.property(options, 'handler');
      if (url === undefined || !handler) return undefined;
      const methods = (Array.isArray(declared) ? declared : [declared]).filter((m): m is string => typeof m === 'string').map((m) => m.toUpperCase());
      return { call, receiver: callee.expression, method: methods[0] ?? 'GET', path: url, handlers: [handler], options };
    }
    const path = this.stringValue(call.arguments[0]);
    // Route paths start with "/" (or are "*"); `axios.post('https://…', body)` and `client.get('v1/x')` are requests, not routes.
    if (path === undefined || !/^[/*]/.test(path)) return undefined;
    let root: Expression = callee.expression;
    while (ts.isPropertyAccessExpression(root)) root = root.expression;
    const client = ts.isIdentifier(root) ? this.imports.get(root.text)?.module : undefined;
    if (client && HTTP_CLIENT_MODULES.has(client)) return undefined;
    const rest = call.arguments.slice(1);
    // Fastify: app.post(path, { preHandler, schema }, handler)
    const options = rest.length >= 2 && ts.isObjectLiteralExpression(rest[0]) ? rest[0] : undefined;
    return { call, receiver: callee.expression, method: method.toUpperCase(), path, handlers: options ? rest.slice(1) : rest, options };
  }

  /** The function a handler expression refers to, when it is inline or a same-file declaration. */
  handlerFunction(handler: Node): TypeScript.FunctionLikeDeclaration | undefined {
    const expression = this.unwrap(handler);
    if (!expression) return undefined;
    if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) return expression;
    return ts.isIdentifier(expression) ? this.topLevelFunctions().get(expression.text) : undefined;
  }

  /** Top-level functions by name (declarations, and `const f = () => …`), the first of each name; listed once, as every route asks. */
  private topLevelFunctions(): Map<string, TypeScript.FunctionLikeDeclaration> {
    return this.memos.get(TOP_LEVEL_FUNCTIONS, () => {
      const functions = new Map<string, TypeScript.FunctionLikeDeclaration>();
      const add = (name: string, fn: TypeScript.FunctionLikeDeclaration) => {
        if (!functions.has(name)) functions.set(name, fn);
      };
      for (const statement of this.source.statements) {
        if (ts.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, statement);
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
          const init = this.unwrap(declaration.initializer);
          if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) add(declaration.name.text, init);
        }
      }
      return functions;
    });
  }

  /**
   * Takes the walk's list of every call of the file (`TypeScriptWalk.calls`, in the order of their start), from
   * which `descendants(node, ts.isCallExpression)` is answered without walking the node's subtree: rules ask it
   * of whole files and of every handler, and a walk of a whole file costs about what its parse's walk does.
   */
  indexCalls(calls: readonly TypeScript.CallExpression[]): void {
    this.calls = calls;
  }

  /**
   * Every descendant matching `predicate`, not crossing into nested functions when `shallow`.
   * Remembered per node and predicate (rules ask for the calls of the same handler many times).
   */
  descendants<T extends Node>(node: Node, predicate: (node: Node) => node is T, shallow = false): readonly T[] {
    const byNode = this.descendantLists[shallow ? 1 : 0];
    let byPredicate = byNode.get(node);
    if (!byPredicate) byNode.set(node, (byPredicate = new Map()));
    let found = byPredicate.get(predicate) as T[] | undefined;
    if (!found) {
      found = this.calls && !shallow && (predicate as unknown) === ts.isCallExpression ? (this.callsWithin(node, this.calls) as Node[] as T[]) : this.collectDescendants(node, predicate, shallow);
      byPredicate.set(predicate, found);
    }
    return found;
  }

  /**
   * The calls below `node`, in walk order: the calls within its span but itself, a run of `calls` found by its
   * start. Nodes nest (a descendant starts at or after its ancestor's start, leading trivia included, and ends by
   * its end), and no call around `node` lies within its span: a call's callee comes before its arguments, and
   * its `)` after them (test/typescript-file.test.ts holds this to a walk of the subtree).
   */
  private callsWithin(node: Node, calls: readonly TypeScript.CallExpression[]): TypeScript.CallExpression[] {
    let low = 0;
    let high = calls.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (calls[middle].pos < node.pos) low = middle + 1;
      else high = middle;
    }
    const found: TypeScript.CallExpression[] = [];
    for (let index = low; index < calls.length && calls[index].pos < node.end; index++) {
      const call = calls[index];
      if (call !== node && call.end <= node.end) found.push(call);
    }
    return found;
  }

  private collectDescendants<T extends Node>(node: Node, predicate: (node: Node) => node is T, shallow: boolean): T[] {
    const found: T[] = [];
    const visit = (current: Node): void => {
      if (predicate(current)) found.push(current);
      if (shallow && current !== node && ts.isFunctionLike(current)) return;
      ts.forEachChild(current, visit);
    };
    ts.forEachChild(node, visit);
    return found;
  }
}

export interface TypeScriptRoute {
  call: TypeScript.CallExpression;
  receiver: Expression;
  method: string;
  path: string;
  /** Middleware and the final handler, in registration order. */
  handlers: Expression[];
  /** Fastify route options (`{ preHandler, schema, config }`), when given. */
  options?: Expression;
}

export function propertyName(name: TypeScript.PropertyName | TypeScript.Node): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

/** `require('m')` or `require('m').member`. */
function requiredModule(init: Expression): { module: string; member?: string } | undefined {
  let expression = init;
  let member: string | undefined;
  if (ts.isPropertyAccessExpression(expression)) {
    member = expression.name.text;
    expression = expression.expression;
  }
  if (
    ts.isCallExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    expression.expression.text === 'require' &&
    expression.arguments.length === 1 &&
    ts.isStringLiteral(expression.arguments[0])
  ) {
    return { module: expression.arguments[0].text, member };
  }
  return undefined;
}
