import {
  defineRule,
  isDeliberatelyInMemory,
  isInMemoryByDesign,
  isTestPath,
  looksLikeStateStore,
  memoSlot,
  pySemantics,
  ts,
  tsSemantics,
  type FileMemos,
  type PyNode,
  type PythonFile,
  type PythonRuleContext,
  type TS,
  type TypeScriptFile,
  type TypeScriptRuleContext,
} from '../src/rule-kit/index.js';

// SDK classes that keep sessions, tasks, checkpoints or artifacts in process memory, by the package they come from.
// A Map, not an object: every call's last name segment is looked up, and a fresh string as a property key costs a string-table probe.
const PYTHON_IN_MEMORY = new Map([
  ['InMemorySessionService', 'google.adk'],
  ['InMemoryRunner', 'google.adk'],
  ['InMemoryArtifactService', 'google.adk'],
  ['InMemoryMemoryService', 'google.adk'],
  ['InMemoryTaskStore', 'a2a'],
  ['InMemoryPushNotificationConfigStore', 'a2a'],
  ['InMemoryPushNotifier', 'a2a'],
  ['MemorySaver', 'langgraph'],
  ['InMemorySaver', 'langgraph'],
  ['InMemoryStore', 'langgraph'],
  ['InMemoryChatMessageHistory', 'langchain'],
  ['ChatMessageHistory', 'langchain'],
]);
const TS_IN_MEMORY = new Map<string, RegExp>([
  ['InMemorySessionService', /^@google\/adk/],
  ['InMemoryRunner', /^@google\/adk/],
  ['InMemoryArtifactService', /^@google\/adk/],
  ['InMemoryMemoryService', /^@google\/adk/],
  ['InMemoryTaskStore', /^@a2a-js\//],
  ['InMemoryPushNotificationStore', /^@a2a-js\//],
  ['MemorySaver', /^@langchain\//],
  ['InMemorySaver', /^@langchain\//],
  ['InMemoryStore', /^@langchain\//],
  ['InMemoryChatMessageHistory', /^@langchain\//],
  ['MemoryStore', /^express-session$/],
]);
const ADK_APP_FACTORY = 'google.adk.cli.fast_api.get_fast_api_app';
// A branch on settings or the environment picks the in-memory service for development only:
// `if settings.session_db_url:`, `process.env.REDIS_URL ? … : …`, `if (config.useMemoryStore)`.
const ENVIRONMENT_CONDITION = /env|environ|settings|config|debug|dev|test|local|memory|(?:url|uri|dsn)\b|redis|database|persist/i;

const REPORTED = memoSlot<Set<number>>('reported positions');
function firstReport(file: { memos: FileMemos }, node: { startIndex?: number; pos?: number }): boolean {
  const key = node.startIndex ?? node.pos ?? -1;
  const seen = file.memos.get(REPORTED, () => new Set<number>());
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/** Inside an `if`/`elif`/`else` or a conditional expression whose condition reads settings or the environment. */
function pythonInEnvironmentBranch(node: PyNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    const condition = current.type === 'conditional_expression' ? current.namedChild(1) : current.type === 'if_statement' || current.type === 'elif_clause' ? current.childForFieldName('condition') : undefined;
    if (condition && !within(node, condition) && ENVIRONMENT_CONDITION.test(condition.text)) return true;
  }
  return false;
}

function within(node: PyNode, outer: PyNode): boolean {
  return node.startIndex >= outer.startIndex && node.endIndex <= outer.endIndex;
}

/** The same for TypeScript: an `if`/`else` or a ternary arm whose condition reads settings or the environment. */
function typescriptInEnvironmentBranch(node: TS.Node, file: TypeScriptFile): boolean {
  for (let current = node; current.parent; current = current.parent) {
    const parent = current.parent;
    const condition = ts.isIfStatement(parent) ? parent.expression : ts.isConditionalExpression(parent) ? parent.condition : undefined;
    if (condition && condition !== current && ENVIRONMENT_CONDITION.test(condition.getText(file.source))) return true;
  }
  return false;
}

function checkPythonSdkCall(node: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  const callee = file.calleeName(node);
  if (!callee) return;
  if (callee === ADK_APP_FACTORY) {
    if (!file.hasKeywordArgument(node, 'session_service_uri') && !file.hasKeywordArgument(node, 'session_db_url') && !file.hasSplatKeywords(node)) {
      ctx.report({ node, messageId: 'adkDefault' });
    }
    return;
  }
  const name = callee.slice(callee.lastIndexOf('.') + 1);
  const origin = PYTHON_IN_MEMORY.get(name);
  if (!origin) return;
  const fromPackage = callee.startsWith(`${origin}.`) || callee.startsWith(`${origin}_`) || (callee === name && file.importsModule(origin));
  if (!fromPackage || pythonInEnvironmentBranch(node)) return;
  ctx.report({ node, messageId: 'sdkInMemory', data: { name } });
}

/** Where a function runs per request or per agent turn, and how sure we are of it. */
function pythonWriterKind(fn: PyNode, file: PythonFile): 'handler' | 'tool' | 'function' | undefined {
  if (pySemantics.isRequestHandler(fn, file)) return 'handler';
  if (pySemantics.enclosingHandler(fn, file)) return 'handler';
  const name = fn.childForFieldName('name')?.text ?? '';
  if (name === '__init__' || name === '__post_init__' || name.startsWith('test_')) return undefined;
  if (pySemantics.isAgentTool(fn, file)) return 'tool';
  return 'function';
}

/** The identifier or `self.attr` a write goes into: `sessions[id] = …`, `self._orders.setdefault(…)`, `CARTS[u].append(…)`. */
function writeTarget(node: PyNode): PyNode | undefined {
  let target: PyNode | null = node;
  while (target?.type === 'subscript') target = target.childForFieldName('value');
  return target ?? undefined;
}

/**
 * `_client_state["init_error"] = e` into `_client_state = {"init_error": None}` (or `self._status["ready"] = True`
 * into `self._status = {"ready": False}`): a field of a fixed record, not an entry of a store.
 */
function setsRecordField(at: PyNode, container: PyNode | null | undefined, file: PythonFile): boolean {
  if (at.type !== 'assignment' || container?.type !== 'dictionary') return false;
  const left = at.childForFieldName('left');
  if (left?.type !== 'subscript' || !['identifier', 'attribute'].includes(left.childForFieldName('value')?.type ?? '')) return false;
  const key = file.stringValue(left.childForFieldName('subscript'));
  return key !== undefined && container.namedChildren.some((pair) => pair?.type === 'pair' && file.stringValue(pair.childForFieldName('key')) === key);
}

function checkPythonWrite(target: PyNode, at: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  const fn = file.enclosingFunction(at);
  if (!fn || isTestPath(ctx.path)) return;
  if (target.type === 'identifier') {
    const name = target.text;
    const value = pySemantics.moduleContainer(name, fn, file);
    if (!value || isDeliberatelyInMemory(name) || setsRecordField(at, value, file)) return;
    report(value.parent ?? value, name, pythonWriterKind(fn, file), ctx);
  } else if (target.type === 'attribute' && target.childForFieldName('object')?.text === 'self') {
    const name = target.childForFieldName('attribute')?.text ?? '';
    const owner = file.enclosingClass(fn);
    if (!owner || isDeliberatelyInMemory(name) || isInMemoryByDesign(owner.childForFieldName('name')?.text ?? '')) return;
    const init = pySemantics.instanceContainer(owner, name, file);
    if (!init || setsRecordField(at, init.childForFieldName('right'), file)) return;
    const kind = pythonWriterKind(fn, file);
    const instantiatedHere = pySemantics.classInstantiation(owner, file) === 'module';
    // An instance store is shared state when one instance serves every request: a module-level singleton, or a handler class.
    if (kind === 'handler' || kind === 'tool' || instantiatedHere || looksLikeStateStore(name)) report(init, `self.${name}`, kind === 'function' ? 'method' : kind, ctx);
  }
}

function report(at: PyNode, name: string, kind: string | undefined, ctx: PythonRuleContext): void {
  if (!kind) return;
  // Plain functions count only when the name says it holds per-user or per-request state.
  if ((kind === 'function' || kind === 'method') && !looksLikeStateStore(name)) return;
  if (!firstReport(ctx.file, at)) return;
  const confidence = kind === 'handler' ? undefined : 'medium';
  ctx.report({ node: at, messageId: 'processStore', confidence, data: { name, writer: kind === 'handler' ? 'request handlers' : kind === 'tool' ? 'agent tools' : 'code that runs after start-up' } });
}

function checkTypeScriptWrite(target: TS.Expression, at: TS.Node, ctx: TypeScriptRuleContext): void {
  const { file } = ctx;
  const fn = file.enclosingFunction(at);
  if (!fn || isTestPath(ctx.path)) return;
  let declaration: TS.Node | undefined;
  let name: string;
  // The container first: most writes are to a function's own locals, which have none.
  if (ts.isIdentifier(target)) {
    name = target.text;
    declaration = tsSemantics.moduleContainer(name, file);
    if (!declaration) return;
    const shadowed = file.descendants(fn, ts.isVariableDeclaration).some((d) => ts.isIdentifier(d.name) && d.name.text === name);
    if (shadowed) return;
  } else if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
    name = target.name.text;
    declaration = tsSemantics.classContainer(at, name, file);
    const owner = declaration?.parent;
    if (owner && ts.isClassLike(owner) && isInMemoryByDesign(owner.name?.text ?? '')) return;
  } else {
    return;
  }
  if (!declaration || isDeliberatelyInMemory(name)) return;
  const handler = tsSemantics.isRequestHandler(fn, file, ctx.path) || !!tsSemantics.enclosingHandler(fn, file, ctx.path);
  if (!handler && !looksLikeStateStore(name)) return;
  if (!firstReport(file, declaration)) return;
  ctx.report({ node: declaration, messageId: 'processStore', confidence: handler ? undefined : 'medium', data: { name, writer: handler ? 'request handlers' : 'code that runs after start-up' } });
}

export default defineRule({
  id: 'in-memory-state',
  category: 'reliability',
  severity: 'high',
  confidence: 'high',
  seeds: ['000', '001', '002', '003'],
  summary: 'Sessions, tasks or orders kept in process memory',
  messages: {
    sdkInMemory: '{{name}} keeps its data in process memory; it is lost on every restart and not shared between replicas',
    adkDefault: 'get_fast_api_app without session_service_uri keeps ADK sessions in process memory; they are lost on restart and not shared between replicas',
    expressSession: 'express-session without a `store` uses MemoryStore, which leaks memory and loses sessions on restart (its docs say it is not for production)',
    processStore: '{{name}} is an in-process store written by {{writer}}; its data is lost on restart and differs between replicas',
  },
  fixHint: 'Keep sessions, tasks and orders in a shared store (Redis, a database, DatabaseSessionService, a persistent A2A TaskStore, a LangGraph Postgres/Redis checkpointer); pass its URL from settings.',
  python: {
    visitors: {
      call(node, ctx) {
        if (isTestPath(ctx.path)) return;
        checkPythonSdkCall(node, ctx);
        const fn = node.childForFieldName('function');
        if (fn?.type !== 'attribute' || !pySemantics.CONTAINER_WRITE_METHODS.has(fn.childForFieldName('attribute')?.text ?? '')) return;
        const target = writeTarget(fn.childForFieldName('object')!);
        if (target) checkPythonWrite(target, node, ctx);
      },
      assignment(node, ctx) {
        const left = node.childForFieldName('left');
        if (left?.type !== 'subscript') return;
        const target = writeTarget(left);
        if (target) checkPythonWrite(target, node, ctx);
      },
    },
  },
  typescript: {
    // No prefilter: a store can be a bare `{}` or `[]` written at `store[key]` in a handler, which no name or word marks.
    // Its calls are a container's writes and express-session's middleware, imported or required in place.
    callees: (name) => tsSemantics.CONTAINER_WRITE_METHODS.has(name) || name === 'express-session',
    visitors: {
      NewExpression(node, ctx) {
        if (!ts.isNewExpression(node) || isTestPath(ctx.path)) return;
        const callee = ctx.file.calleeName(node) ?? '';
        const name = callee.slice(callee.lastIndexOf('.') + 1);
        const modulePattern = TS_IN_MEMORY.get(name);
        if (modulePattern?.test(callee.slice(0, -(name.length + 1))) && !typescriptInEnvironmentBranch(node, ctx.file)) ctx.report({ node, messageId: 'sdkInMemory', data: { name } });
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node) || isTestPath(ctx.path)) return;
        const { file } = ctx;
        // A callee named for the module itself is a name imported from it, or a `require` in place; never `a.b`.
        const callee = node.expression;
        const mayBeSession = ts.isIdentifier(callee) ? file.importsModule('express-session') : !ts.isPropertyAccessExpression(callee);
        if (mayBeSession && file.calleeName(node) === 'express-session') {
          const options = node.arguments[0];
          if (!options || (!file.hasProperty(options, 'store') && !file.hasSpread(options) && file.resolveObject(options))) ctx.report({ node, messageId: 'expressSession' });
          return;
        }
        if (ts.isPropertyAccessExpression(callee) && tsSemantics.CONTAINER_WRITE_METHODS.has(callee.name.text)) checkTypeScriptWrite(callee.expression, node, ctx);
      },
      BinaryExpression(node, ctx) {
        // sessions[id] = …
        if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isElementAccessExpression(node.left)) return;
        checkTypeScriptWrite(node.left.expression, node, ctx);
      },
    },
  },
});
