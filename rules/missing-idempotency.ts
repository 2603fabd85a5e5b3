import { defineRule, isTestPath, lastNames, moneyActions, ts, type Anchor, type Fact, type PyNode, type PythonRuleContext, type TS, type TypeScriptFile, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

const { moneyActionOfName, moneyActionOfPath, IDEMPOTENCY_EVIDENCE, IDEMPOTENCY_WORDS } = moneyActions;

// Tool decorators: LangChain/CrewAI `@tool`, OpenAI Agents `@function_tool`, FastMCP `@mcp.tool()`.
const PY_TOOL_DECORATOR = /(?:^|\.)(?:tool|function_tool)$/;
// Tool wrappers that take the function: ADK `FunctionTool(func=f)`, LangChain `StructuredTool.from_function(f)`, `Tool(name=, func=f)`.
const PY_TOOL_WRAPPER = /(?:^|\.)(?:FunctionTool|LongRunningFunctionTool|StructuredTool\.from_function|Tool(?:\.from_function)?|FunctionTool\.from_defaults)$/;
const PY_SKILL = /(?:^|\.)AgentSkill$/;
// LangChain.js `tool(fn, { name })`, AI SDK `tool({...})` under its key, OpenAI Agents `tool({ name })`, ADK `new FunctionTool({ name })`.
const TS_TOOL_FACTORIES = new Set([
  '@langchain/core/tools.tool',
  '@langchain/core/tools.DynamicStructuredTool',
  '@langchain/core/tools.DynamicTool',
  'ai.tool',
  '@openai/agents.tool',
  '@openai/agents-core.tool',
  '@google/adk.FunctionTool',
]);
// MCP servers: `server.tool('create_order', …)`, `server.registerTool('create_order', …)`.
const TS_MCP_REGISTRARS = new Set(['tool', 'registerTool']);
// What a file must hold for the TypeScript visitors to record a fact. `idempotent-code` and `idempotency-app-wide`
// need IDEMPOTENCY_EVIDENCE in a node's text as written, so in the file's text. `money-entry` needs a tool
// registration: a TS_MCP_REGISTRARS member (a property name) or a TS_TOOL_FACTORIES callee. qualifiedName takes
// such a callee's last segment from a property name (`x.tool`, `require('ai').tool`), from an import binding's
// imported name (a specifier name, or a quoted one: `import { 'tool' as t }`), or the whole callee is a module
// specifier (a default, namespace or in-place import of a module so named): names, or quoted words in the text.
const TS_TOOL_FACTORY_MEMBERS = lastNames(TS_TOOL_FACTORIES);
const TS_PREFILTER = {
  names: [...new Set([...TS_TOOL_FACTORY_MEMBERS, ...TS_MCP_REGISTRARS])],
  words: [...IDEMPOTENCY_WORDS, ...[...TS_TOOL_FACTORY_MEMBERS, ...TS_TOOL_FACTORIES].flatMap((name) => [`'${name}'`, `"${name}"`])],
};
const COMMENT_LINE = /^\s*(?:#|\/\/|\*|\/\*)/;

function article(record: string): string {
  return `${/^[aeiou]/.test(record) ? 'an' : 'a'} ${record}`;
}

function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !COMMENT_LINE.test(line))
    .join('\n');
}

// Registrations that put code in front of every request or tool call: Starlette/FastAPI
// `add_middleware`/`Middleware(...)`, Express/Hono `use`, Fastify `addHook`/`register`.
const PY_APP_WIDE = /(?:^|\.)(?:add_middleware|Middleware|before_request)$/;
const TS_APP_WIDE = new Set(['use', 'addHook', 'register']);
// Keyword arguments whose value runs before every route or tool: FastAPI `dependencies=[...]`, ADK `before_tool_callback=`.
const PY_ROUTE_WIDE_KEYWORDS = ['dependencies', 'middleware'];
// `install_idempotency(app)`, `setup_idempotency(app)`: an installer handed the app.
const PY_INSTALLER = /(?:^|\.)(?:install|setup|init|register|add|use|enable|configure)_\w*idempot\w*$/i;
const PY_APP_CONSTRUCTORS = /(?:^|\.)(?:FastAPI|APIRouter|include_router|Starlette|Agent|LlmAgent)$/;

// Asked of every function and of calls that register routes or tools: the plain test first, since
// almost no code mentions idempotency, and comments are stripped only when it matches.
function hasEvidence(text: string): boolean {
  return IDEMPOTENCY_EVIDENCE.test(text) && IDEMPOTENCY_EVIDENCE.test(withoutComments(text));
}

/** The lines from `start` to `end` (1-based), as a fact value a route or tool anchored inside them is matched against. */
function span(start: number, end: number): string {
  return `${start}:${end}`;
}

/** `span` of TypeScript nodes: from the start of `first` to the end of `last`. */
function tsSpan(first: TS.Node, last: TS.Node, file: TypeScriptFile): string {
  const line = (position: number) => file.lineAndCharacter(position).line + 1;
  return span(line(first.getStart(file.source)), line(last.getEnd()));
}

/**
 * Names of the functions a `tools=[...]` list holds (`create_order`, `store.create_order`), also
 * through a module-level `TOOLS = [...]`; `FunctionTool(func=pay)` elements are read as calls.
 */
function pyToolNames(node: PyNode, ctx: PythonRuleContext): string[] {
  const list = node.type === 'identifier' ? ctx.file.moduleAssignments.get(node.text) : node;
  if (!list || (list.type !== 'list' && list.type !== 'tuple')) return [];
  const names: string[] = [];
  for (const element of list.namedChildren) {
    if (element?.type === 'identifier') names.push(element.text);
    else if (element?.type === 'attribute') names.push(element.childForFieldName('attribute')?.text ?? '');
  }
  return names.filter(Boolean);
}

function pyCall(node: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  const callee = file.calleeName(node) ?? '';
  const installer = PY_INSTALLER.test(callee) && file.positionalArguments(node).some((argument) => argument.type === 'identifier');
  const routeWide = PY_APP_WIDE.test(callee) || installer ? node : PY_APP_CONSTRUCTORS.test(callee) ? PY_ROUTE_WIDE_KEYWORDS.map((name) => file.keywordArgument(node, name)).find((value) => value && hasEvidence(value.text)) : undefined;
  if (routeWide && hasEvidence(routeWide.text)) ctx.fact('idempotency-app-wide', 'route');
  // ADK `before_tool_callback=` runs before every tool call of the agent and can return a stored result.
  const toolCallback = PY_APP_CONSTRUCTORS.test(callee) ? file.keywordArgument(node, 'before_tool_callback') : undefined;
  if (toolCallback && hasEvidence(toolCallback.text)) ctx.fact('idempotency-app-wide', 'tool');
  const tools = file.keywordArgument(node, 'tools') ?? (file.calleeMember(node) === 'bind_tools' ? file.positionalArguments(node)[0] : undefined);
  if (tools) for (const name of pyToolNames(tools, ctx)) ctx.fact('agent-tool', name);
  if (PY_TOOL_WRAPPER.test(callee)) {
    const func = file.keywordArgument(node, 'func') ?? file.keywordArgument(node, 'fn') ?? file.positionalArguments(node)[0];
    if (func?.type === 'identifier') ctx.fact('agent-tool', func.text);
    else if (func?.type === 'attribute') ctx.fact('agent-tool', func.childForFieldName('attribute')?.text ?? '');
    const name = file.stringValue(file.keywordArgument(node, 'name'));
    if (name && moneyActionOfName(name)) ctx.fact('money-entry', `tool:${name}`, ctx.anchor(node));
  } else if (PY_SKILL.test(callee)) {
    const id = file.stringValue(file.keywordArgument(node, 'id'));
    const name = file.stringValue(file.keywordArgument(node, 'name'));
    const label = [id, name].find((candidate) => candidate && moneyActionOfName(candidate));
    if (label) ctx.fact('money-entry', `skill:${label}`, ctx.anchor(node));
  }
}

function pyFunction(node: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  // A handler or tool that takes a key, dedupes, or is wrapped by an idempotency decorator covers itself.
  const definition = file.definitionAnchor(node);
  if (hasEvidence(definition.text)) {
    ctx.fact('idempotent-code', span(definition.startPosition.row + 1, definition.endPosition.row + 1));
    // `@app.middleware("http")` functions run before every route.
    if (file.decorators(node).some((decorator) => /(?:^|\.)middleware$/.test(file.calleeName(decorator) ?? ''))) ctx.fact('idempotency-app-wide', 'route');
    // An A2A executor that dedupes messages covers the skills it serves.
    if (node.childForFieldName('name')?.text === 'execute') ctx.fact('idempotency-app-wide', 'skill');
  }
  const name = node.childForFieldName('name')?.text;
  if (!name || !moneyActionOfName(name)) return;
  const anchor = ctx.anchor(file.definitionAnchor(node));
  const isTool = file.decorators(node).some((decorator) => PY_TOOL_DECORATOR.test(file.qualifiedName(decorator.type === 'call' ? decorator.childForFieldName('function') : decorator) ?? ''));
  // A plain function is a tool only once some `tools=[...]` list names it; `finish` joins the two.
  ctx.fact(isTool ? 'money-entry' : 'money-function', isTool ? `tool:${name}` : name, anchor);
}

/** The name a TS tool registration gives its tool, when it is a literal. */
function tsToolName(node: TS.CallExpression | TS.NewExpression, ctx: TypeScriptRuleContext): string | undefined {
  const { file } = ctx;
  const callee = file.calleeName(node) ?? '';
  const args = node.arguments ?? [];
  if (TS_TOOL_FACTORIES.has(callee)) {
    const named = args.map((argument) => file.stringValue(file.property(argument, 'name'))).find(Boolean);
    if (named) return named;
    // AI SDK: `tools: { createOrder: tool({ … }) }` names the tool by its key.
    const parent = node.parent;
    return parent && ts.isPropertyAssignment(parent) && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name)) ? parent.name.text : undefined;
  }
  if (ts.isCallExpression(node) && TS_MCP_REGISTRARS.has(file.calleeMember(node) ?? '') && ts.isPropertyAccessExpression(node.expression)) {
    return file.stringValue(args[0]);
  }
  return undefined;
}

function tsInvocation(node: TS.CallExpression | TS.NewExpression, ctx: TypeScriptRuleContext): void {
  const name = tsToolName(node, ctx);
  const moneyTool = !!name && !!moneyActionOfName(name);
  const appWide = ts.isCallExpression(node) && TS_APP_WIDE.has(ctx.file.calleeMember(node) ?? '');
  const route = ts.isCallExpression(node) && !appWide && !!ctx.file.routeCall(node);
  // Only these calls matter; reading the text of every call would rescan nested bodies over and over.
  if (!moneyTool && !appWide && !route) return;
  const evidence = hasEvidence(node.getText(ctx.file.source));
  // A tool whose own definition takes or passes on a key covers itself.
  if (moneyTool && !evidence) ctx.fact('money-entry', `tool:${name}`, ctx.anchor(node));
  if (!evidence) return;
  if (appWide) ctx.fact('idempotency-app-wide', 'route');
  // `app.post('/orders', requireIdempotencyKey, createOrder)`: the route's own middleware.
  else if (route) ctx.fact('idempotent-code', tsSpan(node, node, ctx.file));
}

/** A function with idempotency code covers the route registered with it: from the registering call's line to its end. */
function tsFunction(node: TS.Node, ctx: TypeScriptRuleContext): void {
  if (!hasEvidence(node.getText(ctx.file.source))) return;
  ctx.fact('idempotent-code', tsSpan(node.parent && ts.isCallExpression(node.parent) ? node.parent : node, node, ctx.file));
}

function anchorOf(fact: Fact): Anchor | undefined {
  return fact.location && fact.snippet !== undefined ? { location: fact.location, snippet: fact.snippet } : undefined;
}

export default defineRule({
  id: 'missing-idempotency',
  category: 'reliability',
  severity: 'medium',
  // Inferred from names and paths, and from the absence of any idempotency key in the service.
  confidence: 'medium',
  seeds: ['000'],
  summary: 'Payment, order or checkout operation with no idempotency key',
  messages: {
    route: '{{route}} looks like it creates or pays for {{record}} (inferred from its path), and nothing in this service reads an idempotency key or dedupes requests; a client or proxy retry after a timeout does it twice',
    tool: 'agent tool {{name}} looks like it creates or pays for {{record}} (inferred from its name), and nothing in this service takes an idempotency key or dedupes calls; a model or client retry after a timeout does it twice',
    skill: 'A2A skill {{name}} looks like it creates or pays for {{record}} (inferred from its id), and nothing in this service takes an idempotency key or dedupes requests; a client retry after a timeout does it twice',
  },
  fixHint: 'Take a client-supplied idempotency key (an `Idempotency-Key` header or an `idempotency_key` argument), store the first result under it in a shared store with a TTL, replay that result for repeats, and pass the key on to the payment provider (Stripe `idempotency_key=` / `idempotencyKey`).',
  python: {
    visitors: {
      call(node, ctx) {
        if (!isTestPath(ctx.path)) pyCall(node, ctx);
      },
      function_definition(node, ctx) {
        if (!isTestPath(ctx.path)) pyFunction(node, ctx);
      },
    },
  },
  typescript: {
    prefilter: TS_PREFILTER,
    visitors: {
      ArrowFunction(node, ctx) {
        if (!isTestPath(ctx.path)) tsFunction(node, ctx);
      },
      FunctionExpression(node, ctx) {
        if (!isTestPath(ctx.path)) tsFunction(node, ctx);
      },
      FunctionDeclaration(node, ctx) {
        if (!isTestPath(ctx.path)) tsFunction(node, ctx);
      },
      CallExpression(node, ctx) {
        if (ts.isCallExpression(node) && !isTestPath(ctx.path)) tsInvocation(node, ctx);
      },
      NewExpression(node, ctx) {
        if (ts.isNewExpression(node) && !isTestPath(ctx.path)) tsInvocation(node, ctx);
      },
    },
  },
  finish(project, ctx) {
    const key = (fact: { unit: string; language: string }) => `${fact.unit}\0${fact.language}`;
    // A middleware or app dependency that handles keys covers every route of its service; an agent's
    // tool callback, every tool; an A2A executor, every skill. HTTP middleware does not cover tools.
    const appWide = new Set(project.factsWithKey('idempotency-app-wide').map((fact) => `${key(fact)}\0${fact.value}`));
    // Otherwise the operation's own code must: the handler or tool function, its decorators included.
    const covered = new Map<string, [number, number][]>();
    for (const fact of project.factsWithKey('idempotent-code')) {
      const [start, end] = fact.value!.split(':').map(Number);
      covered.set(fact.file, [...(covered.get(fact.file) ?? []), [start, end]]);
    }
    const handled = (kind: 'route' | 'tool' | 'skill', at: { unit: string; language: string; location: { file: string; line: number } }) =>
      appWide.has(`${key(at)}\0${kind}`) || (covered.get(at.location.file) ?? []).some(([start, end]) => at.location.line >= start && at.location.line <= end);
    const tools = new Set(project.factsWithKey('agent-tool').map((fact) => `${key(fact)}\0${fact.value}`));
    for (const route of project.routes) {
      if (route.method !== 'POST' || route.path === null || handled('route', route) || isTestPath(route.location.file)) continue;
      const record = moneyActionOfPath(route.path);
      if (record) ctx.report({ at: route, messageId: 'route', data: { route: `POST ${route.path}`, record: article(record) } });
    }
    for (const fact of project.factsWithKey('money-function')) {
      const at = anchorOf(fact);
      if (!at || handled('tool', { ...fact, location: at.location }) || !tools.has(`${key(fact)}\0${fact.value}`)) continue;
      ctx.report({ at, messageId: 'tool', data: { name: fact.value!, record: article(moneyActionOfName(fact.value!)!) } });
    }
    for (const fact of project.factsWithKey('money-entry')) {
      const at = anchorOf(fact);
      const [kind, name] = fact.value!.split(/:(.*)/s);
      if (!at || handled(kind === 'skill' ? 'skill' : 'tool', { ...fact, location: at.location })) continue;
      ctx.report({ at, messageId: kind === 'skill' ? 'skill' : 'tool', data: { name, record: article(moneyActionOfName(name)!) } });
    }
  },
});
