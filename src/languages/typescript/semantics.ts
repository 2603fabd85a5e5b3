import type * as TypeScript from 'typescript';
import { escapeRegExp } from '../../util/escape-regexp.js';
import { memoSlot } from '../file-memo.js';
import { NodeAnswers } from '../node-answers.js';
import type { TypeScriptFile } from './file.js';
import { calleePrefilter, memberPrefilter } from './prefilters.js';
import { ts } from './runtime.js';
import { lastName, type TypeScriptPrefilter } from './walk.js';

/**
 * Shared meaning over TS/JS code that several rules need: which functions
 * handle requests, which calls run an agent or an LLM, which calls log.
 * Rules extend these here rather than keep their own lists.
 */

type FunctionLike = TypeScript.FunctionLikeDeclaration;

const NEXT_ROUTE_FILE = /(?:^|\/)(?:app\/(?:.*\/)?route|pages\/api\/.*)\.(?:ts|js|mjs|tsx|jsx)$/;
const NEXT_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * True for functions the server calls per request: the last handler of a route
 * registration (`app.post('/x', auth, handler)`), a Fastify `handler:` option,
 * or an exported Next.js route handler.
 */
export function isRequestHandler(fn: FunctionLike, file: TypeScriptFile, path: string): boolean {
  // Rules ask for every node they visit (through enclosingHandler); decide once per function (a node belongs to one path).
  const verdicts = file.memos.map(HANDLER_VERDICTS);
  let verdict = verdicts.get(fn);
  if (verdict === undefined) verdicts.set(fn, (verdict = decideRequestHandler(fn, file, path)));
  return verdict;
}

const HANDLER_VERDICTS = memoSlot<Map<FunctionLike, boolean>>('handler verdicts');

function decideRequestHandler(fn: FunctionLike, file: TypeScriptFile, path: string): boolean {
  const parent = fn.parent;
  if (parent && ts.isCallExpression(parent) && parent.arguments.includes(fn as unknown as TypeScript.Expression)) {
    const route = file.routeCall(parent);
    if (route && route.handlers.at(-1) === fn) return true;
  }
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && parent.name.text === 'handler') {
    const options = parent.parent;
    if (ts.isObjectLiteralExpression(options) && ts.isCallExpression(options.parent) && file.routeCall(options.parent)) return true;
  }
  if (NEXT_ROUTE_FILE.test(path)) {
    if (ts.isFunctionDeclaration(fn) && fn.name && NEXT_METHODS.has(fn.name.text) && fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return true;
    if (ts.isFunctionDeclaration(fn) && fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) return true;
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && NEXT_METHODS.has(parent.name.text)) return true;
  }
  return isNamedRouteHandler(fn, file);
}

/** `async function runAgent(req, res) {…}` registered elsewhere in the file as `app.post('/x', runAgent)`. */
function isNamedRouteHandler(fn: FunctionLike, file: TypeScriptFile): boolean {
  let name: string | undefined;
  if (ts.isFunctionDeclaration(fn)) name = fn.name?.text;
  else if (fn.parent && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) name = fn.parent.name.text;
  // The names are listed once per file from the walk's list of calls (see routeHandlerNames); a scan of the text for a
  // second mention of each name, which used to spare that, cost more (137 ms against 29 on the bench corpus).
  return !!name && routeHandlerNames(file).has(name);
}

const ROUTE_HANDLER_NAMES = memoSlot<Set<string>>('route handler names');

function routeHandlerNames(file: TypeScriptFile): Set<string> {
  return file.memos.get(ROUTE_HANDLER_NAMES, () => {
    const names = new Set<string>();
    for (const call of file.descendants(file.source, ts.isCallExpression)) {
      const last = file.routeCall(call)?.handlers.at(-1);
      if (last && ts.isIdentifier(last)) names.add(last.text);
    }
    return names;
  });
}

/** The request handler a node is inside, if any. */
export function enclosingHandler(node: TypeScript.Node, file: TypeScriptFile, path: string): FunctionLike | undefined {
  const fn = file.enclosingFunction(node);
  return fn && handlerAround(fn, file, path);
}

// Rules ask for nodes all over a handler: the answer is their nearest function's, kept per function (null for none).
const HANDLERS_AROUND = memoSlot<Map<FunctionLike, FunctionLike | null>>('handlers around functions');

/** `fn` when it handles requests, else the handler around it, if any. */
function handlerAround(fn: FunctionLike, file: TypeScriptFile, path: string): FunctionLike | undefined {
  const handlersAround = file.memos.map(HANDLERS_AROUND);
  let handler = handlersAround.get(fn);
  if (handler === undefined) {
    if (isRequestHandler(fn, file, path)) handler = fn;
    else {
      const outer = file.enclosingFunction(fn);
      handler = (outer && handlerAround(outer, file, path)) ?? null;
    }
    handlersAround.set(fn, handler);
  }
  return handler ?? undefined;
}

const HANDLER_CALLS = memoSlot<Map<string, TypeScript.CallExpression[]>>('calls made in handlers');

/**
 * Calls made directly inside request handlers of this file, keyed by callee as
 * written for same-file targets (`runAgent`, `this.process`): one level of reach,
 * for work a handler delegates to a helper.
 */
function handlerCalls(file: TypeScriptFile, path: string): Map<string, TypeScript.CallExpression[]> {
  return file.memos.get(HANDLER_CALLS, () => {
    const calls = new Map<string, TypeScript.CallExpression[]>();
    for (const call of file.descendants(file.source, ts.isCallExpression)) {
      const callee = call.expression;
      const key = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword ? `this.${callee.name.text}` : undefined;
      if (!key || !enclosingHandler(call, file, path)) continue;
      calls.set(key, [...(calls.get(key) ?? []), call]);
    }
    return calls;
  });
}

/** The call sites, inside request handlers of the same file, of a helper function or method. */
export function handlerCallSites(fn: FunctionLike, file: TypeScriptFile, path: string): TypeScript.CallExpression[] {
  let key: string | undefined;
  if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name)) key = `this.${fn.name.text}`;
  else if (ts.isFunctionDeclaration(fn)) key = fn.name?.text;
  else if (fn.parent && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) key = fn.parent.name.text;
  return key ? (handlerCalls(file, path).get(key) ?? []) : [];
}

/** What a Fastify app is made by, as `calleeName` names it: the default export, called, or its named `fastify`. */
export const FASTIFY_CONSTRUCTORS: readonly string[] = ['fastify', 'fastify.fastify', 'fastify.default'];

// Outbound HTTP clients: fetch and its polyfills, axios (and the config argument of each method), undici.
export const FETCH_FUNCTIONS = new Set(['fetch', 'undici.fetch', 'node-fetch', 'node-fetch.default', 'cross-fetch', 'cross-fetch.fetch']);
export const AXIOS_CONFIG_INDEX = new Map([
  ['get', 1], ['delete', 1], ['head', 1], ['options', 1],
  ['post', 2], ['put', 2], ['patch', 2], ['postForm', 2], ['putForm', 2], ['patchForm', 2],
  ['request', 0],
]);
export const UNDICI_REQUEST = new Set(['undici.request', 'undici.stream']);

/** `'use client'` files run in the browser (a Next.js client component), not in the server. */
export function isClientComponent(file: TypeScriptFile): boolean {
  const first = file.source.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use client';
}

/**
 * The label of a server-side outbound HTTP call (`fetch`, `axios.post`, `axios.create`,
 * `undici.request`), else undefined. Browser code and same-origin `fetch('/api/…')` are not outbound.
 */
export function outboundHttpCall(call: TypeScript.CallExpression, file: TypeScriptFile): string | undefined {
  const callee = file.calleeName(call);
  if (!callee) return undefined;
  if (FETCH_FUNCTIONS.has(callee)) {
    if (isClientComponent(file) || file.stringValue(call.arguments[0])?.startsWith('/')) return undefined;
    return callee;
  }
  if (callee === 'axios' || callee === 'axios.create' || (callee.startsWith('axios.') && AXIOS_CONFIG_INDEX.has(callee.slice('axios.'.length)))) return callee;
  return UNDICI_REQUEST.has(callee) ? callee : undefined;
}

// Provider SDKs: openai, @anthropic-ai/sdk, @google/genai (`ai.models.generateContent`, or any receiver), groq,
// mistral: the member a model call ends with, after the chain of receivers it ends (empty: any receiver, or none).
const LLM_MEMBER_CHAINS = [
  { receivers: 'chat.completions', members: ['create', 'parse', 'stream'] },
  { receivers: 'completions', members: ['create'] },
  { receivers: 'responses', members: ['create', 'parse', 'stream'] },
  { receivers: 'messages', members: ['create', 'stream'] },
  { receivers: '', members: ['generateContent', 'generateContentStream'] },
  { receivers: 'chat', members: ['complete', 'stream'] },
];
// Tested on every call: one pattern with the chains above as alternatives is one scan instead of six.
const LLM_MEMBER_CHAIN = new RegExp(
  LLM_MEMBER_CHAINS.map(({ receivers, members }) => `${receivers ? `\\.${escapeRegExp(receivers)}\\.` : '(?:^|\\.)'}(?:${members.join('|')})$`).join('|'),
);
const AI_SDK_NAMES = ['generateText', 'streamText', 'generateObject', 'streamObject'];
const AI_SDK_FUNCTIONS = new RegExp(`^ai\\.(?:${AI_SDK_NAMES.join('|')})$`);
const AGENT_SDK_FUNCTION = 'run';
const AGENT_SDK_FUNCTIONS = new RegExp(`^@openai\\/agents(?:-core)?\\.${AGENT_SDK_FUNCTION}$`);
// LangChain.js runnables and LangGraph graphs, Mastra agents.
const AGENT_RUN_MEMBERS = new Set(['invoke', 'stream', 'streamEvents', 'batch', 'generate', 'run', 'call']);
const AGENT_RECEIVER = /(?:^|\.)(?:agent|agents|graph|workflow|chain|llm|model|chatModel|executor|runner|crew)$/i;
// camelCase names: `supportAgent`, `researchGraph`, `ragChain`, `agentExecutor`.
const AGENT_RECEIVER_SUFFIX = /(?:^|\.)[a-z]\w*(?:Agent|Graph|Workflow|Chain|Executor|Runner|Crew|Llm|LLM)$/;

export type AgentCallKind = 'llm' | 'agent';

// The openai v3 SDK (`new OpenAIApi(configuration)`), still common in 2023-era servers: its methods are named for
// the endpoint, so a file that imports `openai` is what makes them model calls.
const OPENAI_V3_MEMBERS = ['createCompletion', 'createChatCompletion'];
const OPENAI_V3_CALLS = new RegExp(`\\.(?:${OPENAI_V3_MEMBERS.join('|')})$`);
// The last segment of every callee the patterns above accept: a call that ends with none of them (nearly every
// call) is let go with one lookup, before the patterns scan its name.
const MODEL_CALL_LAST_SEGMENTS = new Set([...AI_SDK_NAMES, ...LLM_MEMBER_CHAINS.flatMap((chain) => chain.members), ...OPENAI_V3_MEMBERS, AGENT_SDK_FUNCTION]);

// Twilio's `client.messages.create({ body, to })` sends an SMS through the same chain as Anthropic's Messages API.
const MESSAGES_CHAIN = /\.messages\.(?:create|stream)$/;
const ANTHROPIC_MODULES = ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk'];

/** `twilioClient.messages.create(...)`, or `client.messages.create(...)` in a file that uses Twilio and no Anthropic SDK. */
function sendsTwilioMessage(callee: string, file: TypeScriptFile): boolean {
  return MESSAGES_CHAIN.test(callee) && (/twilio/i.test(callee) || (file.importsModule('twilio') && !ANTHROPIC_MODULES.some((module) => file.importsModule(module))));
}

const AGENT_CALL_KINDS = memoSlot<NodeAnswers<TypeScript.CallExpression, AgentCallKind>>('agent call kinds');

/**
 * What a call runs, if an agent or a model. Nearly every call ends in a segment no pattern accepts and is let go
 * with two lookups (its callee is the one `calleeName` answered last); the rest are decided once per call, as
 * rules ask of the same call in turn. Memoising every call had cost a map entry per call of the file.
 */
/** The last names of every callee `agentCallKind` answers for: a callee filter's (see CallVisitors). */
export const AGENT_CALL_NAMES: readonly string[] = [...MODEL_CALL_LAST_SEGMENTS, ...AGENT_RUN_MEMBERS];

export function agentCallKind(call: TypeScript.CallExpression, file: TypeScriptFile): AgentCallKind | undefined {
  const member = file.calleeMember(call);
  // A callee `a.b` resolves to a name that ends `.b`: its member is its last segment, known before its name is built.
  if (ts.isPropertyAccessExpression(call.expression) && !MODEL_CALL_LAST_SEGMENTS.has(member!) && !AGENT_RUN_MEMBERS.has(member!)) return undefined;
  const callee = file.calleeName(call);
  if (!callee) return undefined;
  if (!MODEL_CALL_LAST_SEGMENTS.has(lastSegment(callee, member)) && !AGENT_RUN_MEMBERS.has(member ?? '')) return undefined;
  return file.memos.get(AGENT_CALL_KINDS, () => new NodeAnswers((node: TypeScript.CallExpression) => decideAgentCallKind(file.calleeName(node)!, file.calleeMember(node), file))).get(call);
}

/**
 * The last segment of a callee: the member as written (a name the parser interned, so a set finds it by its kept
 * hash), unless the callee resolved to another name (`import { generateText as gt } from 'ai'`), then cut out.
 */
function lastSegment(callee: string, member: string | undefined): string {
  if (member !== undefined && callee.endsWith(member) && (callee.length === member.length || callee.charCodeAt(callee.length - member.length - 1) === 46)) return member;
  return lastName(callee);
}

function decideAgentCallKind(callee: string, member: string | undefined, file: TypeScriptFile): AgentCallKind | undefined {
  if (AI_SDK_FUNCTIONS.test(callee) || (LLM_MEMBER_CHAIN.test(callee) && !sendsTwilioMessage(callee, file))) return 'llm';
  if (OPENAI_V3_CALLS.test(callee) && file.importsModule('openai')) return 'llm';
  if (AGENT_SDK_FUNCTIONS.test(callee)) return 'agent';
  if (!member || !AGENT_RUN_MEMBERS.has(member)) return undefined;
  const receiver = callee.slice(0, -(member.length + 1)).replace(/\(\)$/, '');
  return receiver && (AGENT_RECEIVER.test(receiver) || AGENT_RECEIVER_SUFFIX.test(receiver)) ? 'agent' : undefined;
}

/**
 * What a file must hold for `agentCallKind` to answer 'llm' for a call in it, as a rule prefilter. A callee's
 * last segment is the name of a property access or identifier in the file, or the imported name in an import
 * specifier, so it is among the parser's names: the AI SDK functions, and the members of LLM_MEMBER_CHAINS.
 * The openai v3 calls count only in a file that imports `openai`, which is that module. Not covered: a callee
 * that is a module specifier itself (a default import of a module named like `x.chat.completions.create`), or
 * an import by string name (`import { 'create' as c }`).
 */
export const LLM_CALL_PREFILTER: TypeScriptPrefilter = {
  names: [...new Set([...AI_SDK_NAMES, ...LLM_MEMBER_CHAINS.flatMap((chain) => chain.members)])],
  modules: ['openai'],
};

/** As LLM_CALL_PREFILTER, for either kind: an agent run is a call of one of AGENT_RUN_MEMBERS (`run` is also the Agents SDK's). */
export const AGENT_CALL_PREFILTER: TypeScriptPrefilter = {
  names: [...new Set([...LLM_CALL_PREFILTER.names!, ...AGENT_RUN_MEMBERS])],
  modules: LLM_CALL_PREFILTER.modules,
};

// Per-call options that bound a model or agent call: AbortSignal.timeout / a timed AbortController
// (`signal`, AI SDK `abortSignal`), and the SDKs' per-request `timeout`.
const DEADLINE_OPTIONS = ['signal', 'abortSignal', 'timeout'];
// Wrappers that race a promise against a timer: Promise.race, p-timeout, `withTimeout(...)` helpers.
const DEADLINE_WRAPPER = /(?:^|\.)(?:race|\w*(?:[Tt]imeout|[Dd]eadline)\w*)$/;
const TIMER_FUNCTIONS = new Set(['setTimeout', 'clearTimeout', 'setInterval', 'timers/promises.setTimeout']);

/**
 * True when `call` runs under a deadline: a deadline option among its arguments
 * (or options we cannot read, such as a spread), or an enclosing `Promise.race`,
 * `pTimeout(...)` or `withTimeout(...)` between it and `outermost` (a handler).
 */
export function underDeadline(call: TypeScript.CallExpression, file: TypeScriptFile, outermost: TypeScript.Node): boolean {
  if (call.arguments.some((argument) => carriesDeadline(argument, call, file, 0))) return true;
  for (let current: TypeScript.Node | undefined = call.parent; current && current !== outermost; current = current.parent) {
    if (!ts.isCallExpression(current)) continue;
    const callee = file.calleeName(current) ?? '';
    if (TIMER_FUNCTIONS.has(callee)) continue;
    if (callee === 'p-timeout' || callee.startsWith('p-timeout.') || DEADLINE_WRAPPER.test(callee)) return true;
  }
  return false;
}

const ABORT_SIGNAL_FACTORIES = /^AbortSignal\.(?:timeout|any)$/;

/**
 * An argument that bounds the call: options with `signal`/`abortSignal`/`timeout` (or a spread we
 * cannot read), a signal passed as such (`AbortSignal.timeout(ms)`, `AbortSignal.any([...])`, a
 * variable named `signal`), directly or through a local `const` in the enclosing functions.
 */
function carriesDeadline(argument: TypeScript.Node, call: TypeScript.Node, file: TypeScriptFile, depth: number): boolean {
  const expression = file.unwrap(argument);
  if (!expression || depth > 3) return false;
  if (ts.isCallExpression(expression) && ABORT_SIGNAL_FACTORIES.test(file.calleeName(expression) ?? '')) return true;
  const options = file.resolveObject(expression);
  if (options) return file.hasSpread(options) || DEADLINE_OPTIONS.some((name) => file.hasProperty(options, name));
  if (!ts.isIdentifier(expression)) return false;
  if (/signal$/i.test(expression.text)) return true;
  const initializer = localInitializer(expression.text, call, file);
  return !!initializer && carriesDeadline(initializer, call, file, depth + 1);
}

/** The initializer of the nearest `const/let name = …` in the functions enclosing `node`. */
function localInitializer(name: string, node: TypeScript.Node, file: TypeScriptFile): TypeScript.Expression | undefined {
  for (let fn = file.enclosingFunction(node); fn; fn = file.enclosingFunction(fn)) {
    const declaration = file.descendants(fn, ts.isVariableDeclaration, true).find((d) => ts.isIdentifier(d.name) && d.name.text === name);
    if (declaration) return declaration.initializer;
  }
  return undefined;
}

const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal']);
const LOGGER_RECEIVER = /(?:^|\.)(?:console|logger|log|pino|winston|_logger|LOGGER)$/;

/** `console.log(...)`, `logger.info(...)`, `req.log.error(...)`, `fastify.log.warn(...)`. */
export function isLogCall(call: TypeScript.CallExpression, file: TypeScriptFile): boolean {
  // The member rejects nearly every call, before the callee's name is looked up.
  const member = file.calleeMember(call);
  if (!member || !LOG_METHODS.has(member)) return false;
  const callee = file.calleeName(call);
  if (!callee) return false;
  const receiver = callee.slice(0, -(member.length + 1));
  return LOGGER_RECEIVER.test(receiver) || /logger$/i.test(receiver);
}

/** A file where `isLogCall` holds names its method (the callee's last segment): a rule prefilter's names. */
export const LOG_CALL_NAMES: readonly string[] = [...LOG_METHODS];

const CONSOLE_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']);

/** `console.log(...)`, `process.stdout.write(...)`: output with no level, timestamp or context. */
export function isPrintCall(call: TypeScript.CallExpression, file: TypeScriptFile): boolean {
  // The member rejects nearly every call, before the callee's name is looked up.
  const member = file.calleeMember(call);
  if (member === 'write') {
    const callee = file.calleeName(call);
    return callee === 'process.stdout.write' || callee === 'process.stderr.write';
  }
  return !!member && CONSOLE_METHODS.has(member) && file.calleeName(call) === `console.${member}`;
}

/** A file where `isPrintCall` holds names the console method or `write`: a rule prefilter's names. */
export const PRINT_CALL_NAMES: readonly string[] = [...CONSOLE_METHODS, 'write'];

const PRINT_CALLEES = [...[...CONSOLE_METHODS].map((method) => `console.${method}`), 'process.stdout.write', 'process.stderr.write'];

/**
 * What a file where `isPrintCall` holds must have: the callee's root (`console`, `process`) and its member. Either
 * alone is in most files (`error`, `log` and `write` name much else), both in far fewer.
 */
export const PRINT_CALL_PREFILTER: TypeScriptPrefilter = { ...calleePrefilter(PRINT_CALLEES), and: memberPrefilter(PRINT_CALLEES) };

const CLI_MODULES = ['commander', 'yargs', 'meow', 'cac', 'minimist', 'citty', '@oclif/core'];
const PROMPT_MODULES = ['readline', 'node:readline'];
const isStdinAccess = (node: TypeScript.Node): node is TypeScript.PropertyAccessExpression =>
  ts.isPropertyAccessExpression(node) && node.name.text === 'stdin' && ts.isIdentifier(node.expression) && node.expression.text === 'process';

const COMMAND_LINE_SCRIPT = memoSlot<boolean>('command-line script');

/**
 * A file that parses command-line arguments, starts with a shebang, or converses on the terminal
 * (`readline` over `process.stdin`: a chat REPL beside the server) is a tool, not the server.
 */
export function isCommandLineScript(file: TypeScriptFile): boolean {
  // Asked for every call of the file by some rules; the answer is the file's.
  return file.memos.get(
    COMMAND_LINE_SCRIPT,
    () =>
      file.source.text.startsWith('#!') ||
      CLI_MODULES.some((module) => file.importsModule(module)) ||
      (PROMPT_MODULES.some((module) => file.importsModule(module)) && file.descendants(file.source, isStdinAccess).length > 0),
  );
}

/** `new Map()`, `new Set()`, `{}`, `[]`: a mutable in-process container. */
export function isMutableContainer(node: TypeScript.Node | undefined, file: TypeScriptFile): boolean {
  const expression = file.unwrap(node);
  if (!expression) return false;
  if (ts.isObjectLiteralExpression(expression)) return expression.properties.length === 0;
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.length === 0;
  return ts.isNewExpression(expression) && ts.isIdentifier(expression.expression) && ['Map', 'Set'].includes(expression.expression.text);
}

export const CONTAINER_WRITE_METHODS = new Set(['set', 'push', 'add', 'unshift', 'splice']);

/** The top-level `const sessions = new Map()` declaration a name refers to, when it is a mutable container. */
export function moduleContainer(name: string, file: TypeScriptFile): TypeScript.VariableDeclaration | undefined {
  for (const statement of file.source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && isMutableContainer(declaration.initializer, file)) return declaration;
    }
  }
  return undefined;
}

/** The container property (`private sessions = new Map()`) of the class that encloses `node`. */
export function classContainer(node: TypeScript.Node, name: string, file: TypeScriptFile): TypeScript.PropertyDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!ts.isClassDeclaration(current) && !ts.isClassExpression(current)) continue;
    for (const member of current.members) {
      if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === name && isMutableContainer(member.initializer, file)) return member;
    }
    return undefined;
  }
  return undefined;
}

const TOP_LEVEL_INSTANCES = memoSlot<Set<string>>('classes instantiated at top level');

/** True when the file binds an instance of the class at top level (`export const store = new OrderStore()`): one instance serves every request. */
export function instantiatedAtTopLevel(owner: TypeScript.ClassLikeDeclaration, file: TypeScriptFile): boolean {
  const name = owner.name?.text;
  if (!name) return false;
  // Asked per class member: the file's top-level `new X()` bindings are listed once.
  const instantiated = file.memos.get(TOP_LEVEL_INSTANCES, () => {
    const names = new Set<string>();
    for (const value of file.constants.values()) {
      const expression = file.unwrap(value);
      if (expression && ts.isNewExpression(expression) && ts.isIdentifier(expression.expression)) names.add(expression.expression.text);
    }
    return names;
  });
  return instantiated.has(name);
}

/**
 * A readable name for a function in messages: its own name, the variable it is
 * bound to, `POST /chat` for an inline route handler, else the enclosing function's label.
 */
export function functionLabel(fn: FunctionLike, file: TypeScriptFile): string {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && parent.name.text !== 'handler') return parent.name.text;
  const route = parent && ts.isCallExpression(parent) ? file.routeCall(parent) : undefined;
  if (route) return `${route.method} ${route.path}`;
  if (parent && ts.isPropertyAssignment(parent) && ts.isCallExpression(parent.parent.parent)) {
    const options = file.routeCall(parent.parent.parent);
    if (options) return `${options.method} ${options.path}`;
  }
  const outer = file.enclosingFunction(fn);
  return outer ? functionLabel(outer, file) : 'an anonymous function';
}

const ENVIRONMENT_CONDITION = /\bprocess\.env\b|\bimport\.meta\.env\b|\b(?:config|settings|env|environment)\b|\bNODE_ENV\b|\bis(?:Dev|Development|Prod|Production|Local|Debug)\b|\b[A-Z_]*(?:ENV|DEBUG|DEV|PROD)[A-Z_]*\b/;

/** True inside an `if`/ternary/`&&` whose condition reads the environment or settings: a dev-only guard. With `outermost`, only guards inside it count. */
export function isEnvironmentGuarded(node: TypeScript.Node, file: TypeScriptFile, outermost?: TypeScript.Node): boolean {
  for (let current: TypeScript.Node = node; current.parent; current = current.parent) {
    if (current === outermost) return false;
    const parent = current.parent;
    let condition: TypeScript.Node | undefined;
    if (ts.isIfStatement(parent) && parent.expression !== current) condition = parent.expression;
    else if (ts.isConditionalExpression(parent) && parent.condition !== current) condition = parent.condition;
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === current) condition = parent.left;
    if (condition && ENVIRONMENT_CONDITION.test(condition.getText(file.source))) return true;
    if (ts.isSourceFile(parent)) return false;
  }
  return false;
}

export interface EnvRead {
  /** The variable's name when it is written literally. */
  name?: string;
  /** The expression that yields the value (`process.env.X`, `Deno.env.get('X')`). */
  node: TypeScript.Node;
}

const ENV_OBJECTS = new Set(['process.env', 'Bun.env']);

/**
 * `process.env.X`, `process.env['X']`, `Bun.env.X`, `Deno.env.get('X')`.
 * Writes (`process.env.X = …`) are not reads.
 */
export function envRead(node: TypeScript.Node, file: TypeScriptFile): EnvRead | undefined {
  let name: string | undefined;
  // Cheap shape test first: this runs on every property access of every file.
  const isAccess = ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node);
  if (isAccess && !(ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'env')) return undefined;
  if (ts.isPropertyAccessExpression(node) && ENV_OBJECTS.has(file.qualifiedName(node.expression) ?? '')) name = node.name.text;
  else if (ts.isElementAccessExpression(node) && ENV_OBJECTS.has(file.qualifiedName(node.expression) ?? '')) name = file.stringValue(node.argumentExpression);
  else if (ts.isCallExpression(node) && file.calleeName(node) === 'Deno.env.get') name = file.stringValue(node.arguments[0]);
  else return undefined;
  const parent = node.parent;
  if (parent && ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return undefined;
  if (parent && (ts.isDeleteExpression(parent) || ts.isTypeOfExpression(parent))) return undefined;
  return { name, node };
}
