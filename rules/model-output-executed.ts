import { calleesNamed, defineRule, memoSlot, pySemantics, ts, tsSemantics, type PyNode, type PythonRuleContext, type TS, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

// Python sinks: code execution, shells, SQL text.
const PY_CODE_SINKS = new Set(['eval', 'exec', 'builtins.eval', 'builtins.exec']);
const PY_SHELL_SINKS = new Set(['os.system', 'os.popen', 'asyncio.create_subprocess_shell', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'commands.getoutput']);
const PY_SUBPROCESS = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen']);
const PY_SQL_MEMBERS = new Set(['execute', 'executescript', 'executemany', 'exec_driver_sql', 'raw', 'read_sql', 'read_sql_query', 'fetch', 'fetchrow', 'fetchval']);
const PY_SQL_FUNCTIONS = new Set(['sqlalchemy.text', 'sqlalchemy.sql.text', 'pandas.read_sql', 'pandas.read_sql_query']);
// Decorators that expose a function to the model as a tool: its arguments are model output.
const PY_TOOL_DECORATOR = /(?:^|\.)(?:tool|function_tool|kernel_function|ai_function|llm_tool)$/;
// Conversions that leave nothing executable behind.
const PY_NEUTRALISERS = new Set(['ast.literal_eval', 'int', 'float', 'bool', 'len', 'json.dumps', 'shlex.quote', 'html.escape']);

const TS_SHELL = /^(?:node:)?child_process\.(?:exec|execSync)$/;
const TS_SPAWN = /^(?:node:)?child_process\.(?:spawn|spawnSync|execFile|execFileSync)$/;
const TS_VM = /^(?:node:)?vm\.(?:runInNewContext|runInThisContext|runInContext|compileFunction)$/;
const TS_SQL_MEMBERS = new Set(['query', 'execute', '$queryRawUnsafe', '$executeRawUnsafe', 'raw', 'unsafe', 'exec']);
// The last segment of every sink tsSink names: `eval`, `new Function`, the vm and child_process functions, an SQL method.
const TS_SINK_NAMES = new Set(['eval', 'Function', 'Script', 'runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction', 'exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', ...TS_SQL_MEMBERS]);
const TS_TOOL_FACTORIES = /^(?:ai\.tool|@langchain\/core\/tools\.tool|@langchain\/core\/tools\.DynamicStructuredTool|@langchain\/core\/tools\.DynamicTool|langchain\/tools\.DynamicStructuredTool|@openai\/agents\.tool|@mastra\/core\/tools\.createTool)$/;

type PySource = { names: Map<string, string> };
const PY_MODEL_NAMES = memoSlot<Map<number, PySource>>('model-output names per function');

/** Local names that hold model output in `fn`: results of LLM/agent calls, tool arguments, and values built from them. */
function pyModelNames(fn: PyNode, ctx: PythonRuleContext): Map<string, string> {
  const byFn = ctx.file.memos.map(PY_MODEL_NAMES);
  const cached = byFn.get(fn.id);
  if (cached) return cached.names;
  const names = new Map<string, string>();
  byFn.set(fn.id, { names });
  if (ctx.file.decorators(fn).some((d) => PY_TOOL_DECORATOR.test(ctx.file.qualifiedName(d.type === 'call' ? d.childForFieldName('function') : d) ?? '')) || isListedTool(fn, ctx)) {
    for (const param of ctx.file.parameters(fn)) if (param.name !== 'self' && param.name !== 'tool_context') names.set(param.name, 'tool arguments chosen by the model');
  }
  const body = fn.childForFieldName('body');
  if (!body) return names;
  const assignments = ctx.file.descendants(body, new Set(['assignment', 'for_statement']), true);
  for (let pass = 0; pass < 2; pass++) {
    for (const assignment of assignments) {
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (!left || !right) continue;
      const source = pyModelSource(right, names, ctx);
      if (!source) continue;
      for (const id of left.type === 'identifier' ? [left] : ctx.file.descendants(left, new Set(['identifier']))) if (!names.has(id.text)) names.set(id.text, source);
    }
  }
  return names;
}

const PY_LISTED_TOOLS = memoSlot<Set<string>>('names listed in tools=[...]');

/** ADK: functions listed in `Agent(tools=[fn])` in the same file are called with model-chosen arguments. */
function isListedTool(fn: PyNode, ctx: PythonRuleContext): boolean {
  const name = fn.childForFieldName('name')?.text;
  if (!name) return false;
  // Asked for each function: the file's `tools=[...]` lists are read once.
  const listed = ctx.file.memos.get(PY_LISTED_TOOLS, () => {
    const names = new Set<string>();
    for (const kw of ctx.file.descendants(ctx.file.root, new Set(['keyword_argument']))) {
      if (kw.childForFieldName('name')?.text !== 'tools') continue;
      for (const item of kw.childForFieldName('value')?.namedChildren ?? []) if (item?.type === 'identifier') names.add(item.text);
    }
    return names;
  });
  return listed.has(name);
}

function pyModelSource(node: PyNode, names: Map<string, string>, ctx: PythonRuleContext): string | undefined {
  if (node.type === 'call' && PY_NEUTRALISERS.has(ctx.file.calleeName(node) ?? '')) return undefined;
  if (node.type === 'identifier') return names.get(node.text);
  if (node.type === 'call') {
    const kind = pySemantics.agentCallKind(node, ctx.file);
    if (kind) return kind === 'llm' ? 'LLM response' : 'agent output';
  }
  for (const child of node.namedChildren) {
    if (!child || child.type === 'lambda') continue;
    const source = pyModelSource(child, names, ctx);
    if (source) return source;
  }
  return undefined;
}

/** True when `fn` checks a model-output name against an allowlist: `x in ALLOWED`, `x == "…"`, `re.fullmatch(…, x)`. */
function pyAllowlisted(fn: PyNode, names: Map<string, string>, ctx: PythonRuleContext): boolean {
  for (const node of ctx.file.descendants(fn, new Set(['comparison_operator', 'call']))) {
    const ids = ctx.file.descendants(node, new Set(['identifier'])).map((id) => id.text);
    if (!ids.some((id) => names.has(id))) continue;
    if (node.type === 'comparison_operator' && /\s(?:not\s+)?in\s|==/.test(node.text)) return true;
    if (node.type === 'call' && /^re\.(?:fullmatch|match)$|(?:^|\.)(?:validate|allowlist|is_allowed|is_safe)\w*$/.test(ctx.file.calleeName(node) ?? '')) return true;
  }
  return false;
}

function pySink(call: PyNode, ctx: PythonRuleContext): { sink: string; args: PyNode[] } | undefined {
  const callee = ctx.file.calleeName(call) ?? '';
  // Arguments are listed only for a sink: this runs for every call.
  const firstArgument = () => ctx.file.positionalArguments(call).slice(0, 1);
  if (PY_CODE_SINKS.has(callee)) return { sink: `${callee}()`, args: firstArgument() };
  if (PY_SHELL_SINKS.has(callee)) return { sink: `${callee}()`, args: firstArgument() };
  if (PY_SUBPROCESS.has(callee)) {
    const command = firstArgument()[0] ?? ctx.file.keywordArgument(call, 'args');
    const shell = ctx.file.literal(ctx.file.keywordArgument(call, 'shell')) === true;
    // A model-chosen program or `python -c <code>` is execution even without a shell.
    return command ? { sink: `${callee}(${shell ? 'shell=True' : ''})`, args: [command] } : undefined;
  }
  if (PY_SQL_FUNCTIONS.has(callee)) return { sink: `${callee}()`, args: firstArgument() };
  const member = ctx.file.calleeMember(call) ?? '';
  if (!PY_SQL_MEMBERS.has(member) || !callee.includes('.')) return undefined;
  const args = firstArgument();
  return args.length > 0 ? { sink: `SQL ${member}()`, args } : undefined;
}

// TS: names holding model output per function.
const TS_MODEL_NAMES = memoSlot<Map<TS.Node, Map<string, string>>>('model-output names per function');

function tsModelNames(fn: TS.FunctionLikeDeclaration, ctx: TypeScriptRuleContext): Map<string, string> {
  const byFn = ctx.file.memos.map(TS_MODEL_NAMES);
  const cached = byFn.get(fn);
  if (cached) return cached;
  const names = new Map<string, string>();
  byFn.set(fn, names);
  if (isTsToolFunction(fn, ctx)) {
    for (const param of fn.parameters) for (const name of bindingNames(param.name)) names.set(name, 'tool arguments chosen by the model');
  }
  const declarations = fn.body ? ctx.file.descendants(fn.body, ts.isVariableDeclaration, true) : [];
  for (let pass = 0; pass < 2; pass++) {
    for (const declaration of declarations) {
      if (!declaration.initializer) continue;
      const source = tsModelSource(declaration.initializer, names, ctx);
      if (source) for (const name of bindingNames(declaration.name)) if (!names.has(name)) names.set(name, source);
    }
  }
  return names;
}

function bindingNames(name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

/** Vercel AI SDK `tool({ execute })`, LangChain.js `tool(fn, …)`/`DynamicStructuredTool({ func })`, MCP `server.tool(name, schema, fn)`. */
function isTsToolFunction(fn: TS.FunctionLikeDeclaration, ctx: TypeScriptRuleContext): boolean {
  let parent: TS.Node = fn.parent;
  if (ts.isPropertyAssignment(parent) && ['execute', 'func'].includes(parent.name.getText(ctx.file.source))) parent = parent.parent.parent;
  if (!ts.isCallExpression(parent) && !ts.isNewExpression(parent)) return false;
  const callee = ctx.file.calleeName(parent) ?? '';
  return TS_TOOL_FACTORIES.test(callee.replace(/^new /, '')) || (ctx.file.calleeMember(parent) === 'tool' && /(?:server|mcp)$/i.test(callee.replace(/\.tool$/, '')));
}

function tsModelSource(node: TS.Node, names: Map<string, string>, ctx: TypeScriptRuleContext): string | undefined {
  if (ts.isIdentifier(node)) return names.get(node.text);
  if (ts.isCallExpression(node)) {
    const callee = ctx.file.calleeName(node) ?? '';
    if (/^(?:parseInt|parseFloat|Number|Boolean|JSON\.stringify)$/.test(callee)) return undefined;
    const kind = tsSemantics.agentCallKind(node, ctx.file);
    if (kind) return kind === 'llm' ? 'LLM response' : 'agent output';
  }
  if (ts.isFunctionLike(node)) return undefined;
  let found: string | undefined;
  ts.forEachChild(node, (child) => {
    found ??= tsModelSource(child, names, ctx);
  });
  return found;
}

function tsAllowlisted(fn: TS.Node, names: Map<string, string>, ctx: TypeScriptRuleContext): boolean {
  let found = false;
  const mentions = (node: TS.Node): boolean => {
    let hit = false;
    const visit = (n: TS.Node): void => {
      if (ts.isIdentifier(n) && names.has(n.text)) hit = true;
      else ts.forEachChild(n, visit);
    };
    visit(node);
    return hit;
  };
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['includes', 'has', 'test'].includes(node.expression.name.text) && node.arguments.some(mentions)) found = true;
    else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(node.operatorToken.kind) && mentions(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

function tsSink(node: TS.CallExpression | TS.NewExpression, ctx: TypeScriptRuleContext): { sink: string; args: TS.Expression[] } | undefined {
  const named = ctx.file.calleeNameWithMember(node, TS_SINK_NAMES);
  if (named === undefined) return undefined;
  const callee = named.replace(/^new /, '');
  // Asked for every `new` and every call given: the arguments are copied only for a sink.
  const args = node.arguments ?? [];
  if (ts.isNewExpression(node)) {
    if (callee === 'Function') return { sink: 'new Function()', args: [...args] };
    if (/^(?:node:)?vm\.Script$/.test(callee)) return { sink: 'new vm.Script()', args: args.slice(0, 1) };
    return undefined;
  }
  if (callee === 'eval') return { sink: 'eval()', args: args.slice(0, 1) };
  if (TS_VM.test(callee)) return { sink: `${callee}()`, args: args.slice(0, 1) };
  if (TS_SHELL.test(callee)) return { sink: `${callee.replace(/^node:/, '')}()`, args: args.slice(0, 1) };
  if (TS_SPAWN.test(callee)) return { sink: `${callee.replace(/^node:/, '')}()`, args: args.slice(0, 2) };
  const member = ctx.file.calleeMember(node) ?? '';
  if (TS_SQL_MEMBERS.has(member) && callee.includes('.') && args[0] && (ts.isIdentifier(args[0]) || ts.isTemplateExpression(args[0]) || ts.isBinaryExpression(args[0]))) return { sink: `SQL ${member}()`, args: [args[0]] };
  return undefined;
}

export default defineRule({
  id: 'model-output-executed',
  category: 'security',
  severity: 'critical',
  confidence: 'high',
  seeds: [],
  summary: 'LLM or agent output reaches eval, a shell or SQL text',
  messages: {
    executed: 'Model output ({{source}}) reaches {{sink}} with no allowlist; a prompt injection in any input the model reads becomes code, shell or SQL execution',
  },
  fixHint: 'Never execute model text. Parse data with ast.literal_eval/JSON, map the model\'s choice onto an allowlist of fixed commands or queries, and pass values as bound SQL parameters; run unavoidable code in a sandbox.',
  python: {
    visitors: {
      call(node, ctx) {
        const sink = pySink(node, ctx);
        if (!sink) return;
        const fn = ctx.file.enclosingFunction(node);
        if (!fn || fn.type !== 'function_definition') return;
        const names = pyModelNames(fn, ctx);
        const source = sink.args.map((arg) => pyModelSource(arg, names, ctx)).find(Boolean);
        if (!source || pyAllowlisted(fn, names, ctx)) return;
        ctx.report({ node, messageId: 'executed', confidence: source.startsWith('tool') ? 'medium' : undefined, data: { source, sink: sink.sink } });
      },
    },
  },
  typescript: {
    // A sink is named in the file by its last segment, whatever the import or alias.
    prefilter: { names: [...TS_SINK_NAMES] },
    callees: calleesNamed(TS_SINK_NAMES),
    visitors: {
      CallExpression: checkTs,
      NewExpression: checkTs,
    },
  },
});

function checkTs(node: TS.Node, ctx: TypeScriptRuleContext): void {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return;
  const sink = tsSink(node, ctx);
  if (!sink) return;
  const fn = ctx.file.enclosingFunction(node);
  if (!fn) return;
  const names = tsModelNames(fn, ctx);
  const source = sink.args.map((arg) => tsModelSource(arg, names, ctx)).find(Boolean);
  if (!source || tsAllowlisted(fn, names, ctx)) return;
  ctx.report({ node, messageId: 'executed', confidence: source.startsWith('tool') ? 'medium' : undefined, data: { source, sink: sink.sink } });
}
