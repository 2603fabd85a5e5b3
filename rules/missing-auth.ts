import {
  bodyChecksAuth,
  calleesNamed,
  defineRule,
  ROUTE_CALL_MEMBERS,
  isAuthName,
  isPublicPath,
  isTestPath,
  pySemantics,
  ts,
  tsSemantics,
  type Fact,
  type PyNode,
  type PythonFile,
  type PythonRuleContext,
  type TS,
  type TypeScriptFile,
  type TypeScriptRuleContext,
} from '../src/rule-kit/index.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// FastAPI security schemes: a dependency on one of these requires a credential.
const SECURITY_SCHEMES = /(?:^|\.)(?:HTTPBearer|HTTPBasic|HTTPDigest|OAuth2PasswordBearer|OAuth2AuthorizationCodeBearer|OAuth2|OpenIdConnect|APIKeyHeader|APIKeyQuery|APIKeyCookie|HTTPAuthorizationCredentials|HTTPBasicCredentials)$/;
const AUTH_MIDDLEWARE_EXCLUDED = /CORS|GZip|TrustedHost|HTTPSRedirect|Session(?:Middleware)?$|RateLimit|Limiter|SlowAPI/i;
const PY_WEB_FRAMEWORKS = ['fastapi', 'starlette', 'flask', 'quart'];
const TS_WEB_FRAMEWORKS = ['express', 'fastify', 'hono', 'koa', '@koa/router', 'koa-router', 'fastify-plugin', '@hono/zod-openapi'];
const FASTIFY_HOOKS = new Set(['onRequest', 'preHandler', 'preValidation', 'preParsing']);
// Next.js middleware (renamed proxy in Next 16) at the project root or in src/.
const NEXT_MIDDLEWARE_FILE = /(?:^|\/)(?:src\/)?(?:middleware|proxy)\.[cm]?[jt]sx?$/;
const NEXT_AUTH_MODULES = ['next-auth', '@clerk/nextjs', '@auth0/nextjs-auth0', '@supabase/ssr', '@kinde-oss/kinde-auth-nextjs', 'better-auth', '@workos-inc/authkit-nextjs'];
const NEXT_ROUTE_HANDLERS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const NEXT_ROUTE_FILE = /(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/;

// Helpers imported from modules named like these run the model: `from .agent import run_agent`, `import { answer } from '../llm.js'`.
const AGENT_MODULE = /(?:^|[/.])(?:llm|llms|agent|agents|graph|chain|chains|ai|openai|anthropic|gemini|model|models|rag|assistant|copilot|crew|runner)(?:\.[cm]?[jt]s)?$/i;

interface Candidate {
  method: string;
  path: string;
  agent: boolean;
}

function encode(candidate: Candidate): string {
  return JSON.stringify(candidate);
}

// ---- Python ----

/** `Depends(get_current_user)`, `Security(oauth2_scheme)`, `Depends(bearer)` where `bearer = HTTPBearer()`. */
function isAuthDependency(call: PyNode, file: PythonFile): boolean {
  const callee = file.calleeName(call) ?? '';
  if (/(?:^|\.)Security$/.test(callee)) return true;
  if (!/(?:^|\.)Depends$/.test(callee)) return false;
  const target = file.positionalArguments(call)[0] ?? file.keywordArgument(call, 'dependency');
  if (!target) return false;
  const name = file.qualifiedName(target) ?? target.text;
  if (isAuthName(name) || SECURITY_SCHEMES.test(name.replace(/\(\)$/, ''))) return true;
  // `bearer = HTTPBearer()` at module level, then `Depends(bearer)`.
  const assigned = target.type === 'identifier' ? file.moduleAssignments.get(target.text) : undefined;
  return assigned?.type === 'call' && SECURITY_SCHEMES.test(file.calleeName(assigned) ?? '');
}

const CALL_TYPES = new Set(['call']);

function containsAuthDependency(node: PyNode | null | undefined, file: PythonFile): boolean {
  if (!node) return false;
  const calls = node.type === 'call' ? [node, ...file.descendants(node, CALL_TYPES)] : file.descendants(node, CALL_TYPES);
  return calls.some((call) => isAuthDependency(call, file));
}

function pythonRouteHasAuth(definition: PyNode, file: PythonFile, routeDecorator: PyNode | undefined, receiver: string): boolean {
  for (const decorator of file.decorators(definition)) {
    if (decorator === routeDecorator || decorator.id === routeDecorator?.id) {
      if (containsAuthDependency(file.keywordArgument(decorator, 'dependencies'), file)) return true;
      continue;
    }
    const name = file.qualifiedName(decorator.type === 'call' ? decorator.childForFieldName('function') : decorator) ?? '';
    if (isAuthName(name)) return true;
  }
  for (const param of file.parameters(definition)) {
    if (containsAuthDependency(param.node, file)) return true;
    const annotation = param.annotation?.text ?? '';
    // `user: CurrentUser` (an Annotated alias), `creds: HTTPAuthorizationCredentials`.
    if (annotation && (SECURITY_SCHEMES.test(annotation) || isAuthName(annotation.replace(/Annotated\[.*$/s, '')))) return true;
    if (annotation && file.moduleAssignments.has(annotation) && containsAuthDependency(file.moduleAssignments.get(annotation), file)) return true;
    // `authorization: str = Header(...)`, `x_api_key: str = Header(...)`.
    if (param.default?.text.startsWith('Header(') && /authorization|api_key|token/i.test(param.name)) return true;
  }
  // `router = APIRouter(dependencies=[Depends(verify_key)])` in the same file.
  const router = file.moduleAssignments.get(receiver);
  if (router?.type === 'call' && containsAuthDependency(file.keywordArgument(router, 'dependencies'), file)) return true;
  const body = definition.childForFieldName('body');
  return !!body && bodyChecksAuth(body.text);
}

/**
 * Whether a handler runs an agent or model: itself, or through a function of the same file it calls
 * (`return await _run_agent(agent, request)`), one level deep as agent-run-without-timeout reaches.
 */
function pythonRunsAgent(definition: PyNode, file: PythonFile, helperDepth = 1): boolean {
  return file.descendants(definition, CALL_TYPES).some((call) => {
    if (pySemantics.agentCallKind(call, file) !== undefined) return true;
    const fn = call.childForFieldName('function');
    if (fn?.type !== 'identifier') return false;
    const imported = file.imports.get(fn.text);
    if (imported) return AGENT_MODULE.test(imported.slice(0, imported.lastIndexOf('.')));
    const helper = helperDepth > 0 ? file.moduleDefinition(fn.text, 'function_definition') : undefined;
    return !!helper && helper !== definition && pythonRunsAgent(helper, file, helperDepth - 1);
  });
}

function recordPythonCandidate(at: PyNode, definition: PyNode | undefined, methods: string[], path: string | null, ctx: PythonRuleContext): void {
  if (path !== null && isPublicPath(path)) return;
  const agent = !!definition && pythonRunsAgent(definition, ctx.file);
  const method = methods.find((m) => STATE_CHANGING.has(m)) ?? (agent ? methods[0] : undefined);
  if (!method) return;
  // `@router.post("")` serves the router's own prefix, which is set where the router is included.
  const shown = path === null ? '(dynamic path)' : path === '' ? '(router root)' : path;
  ctx.fact('auth-route', encode({ method, path: shown, agent }), ctx.anchor(at));
}

function checkPythonFunction(node: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  for (const decorator of file.decorators(node)) {
    // @app.middleware("http") / @app.before_request that checks a credential guards the whole app.
    const callee = decorator.type === 'call' ? decorator.childForFieldName('function') : decorator;
    const member = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    if ((member === 'middleware' || member === 'before_request' || member === 'before_app_request') && bodyChecksAuth(node.childForFieldName('body')?.text ?? '')) {
      ctx.fact('auth-app', member);
      return;
    }
  }
  const route = file.routeDecorator(node);
  if (!route) return;
  if (pythonRouteHasAuth(node, file, route.decorator, route.receiver)) return;
  recordPythonCandidate(file.definitionAnchor(node), node, route.methods, route.path, ctx);
}

function checkPythonCall(node: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  const callee = file.calleeName(node) ?? '';
  const member = file.calleeMember(node) ?? '';
  // App-wide: FastAPI(dependencies=[...]), include_router(..., dependencies=[...]).
  if ((/(?:^|\.)FastAPI$/.test(callee) || member === 'include_router') && containsAuthDependency(file.keywordArgument(node, 'dependencies'), file)) {
    ctx.fact('auth-app', member);
    return;
  }
  // app.add_middleware(AuthenticationMiddleware, backend=...), Middleware(APIKeyMiddleware), app.before_request(check_api_key).
  if (member === 'add_middleware' || /(?:^|\.)Middleware$/.test(callee) || member === 'before_request') {
    const middleware = file.positionalArguments(node)[0] ?? file.keywordArgument(node, 'middleware_class');
    const name = file.qualifiedName(middleware) ?? middleware?.text ?? '';
    const dispatch = file.keywordArgument(node, 'dispatch');
    if ((isAuthName(name) && !AUTH_MIDDLEWARE_EXCLUDED.test(name)) || (dispatch && isAuthName(dispatch.text))) ctx.fact('auth-app', name);
    return;
  }
  // Starlette `Route("/run", endpoint=run, methods=["POST"])` (auth: @requires on the endpoint);
  // FastAPI `app.add_api_route("/x", handler, methods=[...], dependencies=[...])`; Flask `add_url_rule`.
  const starletteRoute = /(?:^|\.)Route$/.test(callee) && callee.startsWith('starlette');
  if (starletteRoute || member === 'add_api_route' || member === 'add_url_rule') {
    if (!PY_WEB_FRAMEWORKS.some((module) => file.importsModule(module))) return;
    if (containsAuthDependency(file.keywordArgument(node, 'dependencies'), file)) return;
    const endpoint = file.keywordArgument(node, member === 'add_url_rule' ? 'view_func' : 'endpoint') ?? file.positionalArguments(node)[member === 'add_url_rule' ? 2 : 1];
    const definition = endpoint?.type === 'identifier' ? file.moduleDefinition(endpoint.text, 'function_definition') : undefined;
    if (definition && pythonRouteHasAuth(definition, file, undefined, '')) return;
    // A bound method or imported view (`self._send_message`) cannot be read here; its name still says what it does.
    if (!definition && endpoint && isAuthName(endpoint.text)) return;
    const declared = file.literal(file.keywordArgument(node, 'methods'));
    const methods = Array.isArray(declared) ? declared.filter((m): m is string => typeof m === 'string').map((m) => m.toUpperCase()) : ['GET'];
    recordPythonCandidate(node, definition, methods, file.stringValue(file.positionalArguments(node)[0] ?? file.keywordArgument(node, 'path')) ?? null, ctx);
  }
}

function checkPythonClass(node: PyNode, ctx: PythonRuleContext): void {
  // class APIKeyMiddleware(BaseHTTPMiddleware): async def dispatch(...): checks the header.
  const bases = ctx.file.baseClasses(node);
  if (!bases.some((base) => /(?:^|\.)(?:BaseHTTPMiddleware|AuthenticationBackend)$/.test(base))) return;
  if (bodyChecksAuth(node.childForFieldName('body')?.text ?? '')) ctx.fact('auth-app', node.childForFieldName('name')?.text);
}

// ---- TypeScript ----

/** As pythonRunsAgent: the handler itself, or a top-level function of the same file it calls. */
function tsRunsAgent(fn: TS.Node, file: TypeScriptFile, helperDepth = 1): boolean {
  return file.descendants(fn, ts.isCallExpression).some((call) => {
    if (tsSemantics.agentCallKind(call, file) !== undefined) return true;
    if (!ts.isIdentifier(call.expression)) return false;
    const imported = file.imports.get(call.expression.text);
    if (imported) return AGENT_MODULE.test(imported.module);
    const helper = helperDepth > 0 ? file.handlerFunction(call.expression) : undefined;
    return !!helper && helper !== fn && tsRunsAgent(helper, file, helperDepth - 1);
  });
}

function tsNameOf(node: TS.Node, file: TypeScriptFile): string {
  const expression = file.unwrap(node) ?? node;
  if (ts.isCallExpression(expression) || ts.isNewExpression(expression)) return file.calleeName(expression) ?? expression.expression.getText(file.source);
  return file.qualifiedName(expression) ?? expression.getText(file.source);
}

/** A middleware/hook argument that authenticates: by name, or an inline/same-file function that checks a credential. */
function tsIsAuthMiddleware(node: TS.Node, file: TypeScriptFile): boolean {
  const expression = file.unwrap(node);
  if (!expression) return false;
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.some((element) => tsIsAuthMiddleware(element, file));
  const fn = file.handlerFunction(expression);
  if (fn && bodyChecksAuth(fn.getText(file.source))) return true;
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) return false;
  return isAuthName(tsNameOf(expression, file));
}

function tsRecordCandidate(at: TS.Node, handler: TS.Node | undefined, method: string, path: string, ctx: TypeScriptRuleContext): void {
  if (isPublicPath(path)) return;
  const agent = !!handler && tsRunsAgent(handler, ctx.file);
  if (!STATE_CHANGING.has(method) && !agent) return;
  ctx.fact('auth-route', encode({ method: STATE_CHANGING.has(method) ? method : method, path, agent }), ctx.anchor(at));
}

function checkTsCall(node: TS.CallExpression, ctx: TypeScriptRuleContext): void {
  const { file } = ctx;
  const member = file.calleeMember(node) ?? '';
  if (member === 'use') {
    if (node.arguments.some((arg) => tsIsAuthMiddleware(arg, file))) ctx.fact('auth-app', 'use');
    return;
  }
  if (member === 'addHook') {
    const hook = file.stringValue(node.arguments[0]);
    if (hook && FASTIFY_HOOKS.has(hook) && node.arguments[1] && tsIsAuthMiddleware(node.arguments[1], file)) ctx.fact('auth-app', hook);
    return;
  }
  const route = file.routeCall(node);
  if (!route) return;
  const last = route.handlers.at(-1);
  const handler = last ? file.handlerFunction(last) : undefined;
  if (!TS_WEB_FRAMEWORKS.some((module) => file.importsModule(module)) && !handler) return;
  if (route.handlers.slice(0, -1).some((middleware) => tsIsAuthMiddleware(middleware, file))) return;
  if (route.options) {
    for (const hook of FASTIFY_HOOKS) {
      const value = file.property(route.options, hook);
      if (value && tsIsAuthMiddleware(value, file)) return;
    }
  }
  if (handler && bodyChecksAuth(handler.getText(file.source))) return;
  tsRecordCandidate(node, handler, route.method, route.path, ctx);
}

function nextRoutePath(path: string): string {
  const match = /(?:^|\/)app\/(.*\/)?route\.[cm]?[jt]sx?$/.exec(path);
  return `/${(match?.[1] ?? '').replace(/\/$/, '').replace(/\([^)]*\)\//g, '')}`;
}

function checkNextHandler(at: TS.Node, name: string, fn: TS.Node | undefined, ctx: TypeScriptRuleContext): void {
  if (!NEXT_ROUTE_FILE.test(ctx.path)) return;
  if (!NEXT_ROUTE_HANDLERS.includes(name)) return;
  // `export const POST = withAuth(handler)`: a wrapper named for auth guards the handler.
  if (fn && (ts.isCallExpression(fn) ? isAuthName(tsNameOf(fn, ctx.file)) || fn.arguments.some((arg) => tsIsAuthMiddleware(arg, ctx.file)) : bodyChecksAuth(fn.getText(ctx.file.source)))) return;
  tsRecordCandidate(at, fn, name, nextRoutePath(ctx.path), ctx);
}

// ---- project phase ----

function candidateOf(fact: Fact): Candidate | undefined {
  try {
    return JSON.parse(fact.value ?? '') as Candidate;
  } catch {
    return undefined;
  }
}

export default defineRule({
  id: 'missing-auth',
  category: 'security',
  severity: 'high',
  confidence: 'high',
  seeds: ['000', '001', '002', '004'],
  summary: 'Agent or state-changing route with no authentication in front',
  messages: {
    agentRoute: '{{method}} {{path}} runs an agent or LLM with no authentication dependency, decorator, guard or middleware in front; anyone who can reach it can spend your model budget and read its answers',
    stateRoute: '{{method}} {{path}} changes state with no authentication dependency, decorator, guard or middleware in front',
    agentApp: '{{framework}} app serves the agent with no authentication middleware; anyone who can reach it can run the agent',
  },
  fixHint: 'Require a credential before the handler runs: a FastAPI dependency (HTTPBearer/APIKeyHeader + verification) on the route or the app, an auth middleware, or an Express/Fastify/Hono auth guard; for A2A, add authentication middleware to the built Starlette app.',
  python: {
    visitors: {
      function_definition(node, ctx) {
        if (!isTestPath(ctx.path) && PY_WEB_FRAMEWORKS.some((module) => ctx.file.importsModule(module))) checkPythonFunction(node, ctx);
      },
      call(node, ctx) {
        if (!isTestPath(ctx.path)) checkPythonCall(node, ctx);
      },
      class_definition(node, ctx) {
        if (!isTestPath(ctx.path)) checkPythonClass(node, ctx);
      },
    },
  },
  typescript: {
    // Facts and candidates start from a `.use(…)` or `.addHook(…)` call, a route call (`routeCall`), an exported
    // Next.js handler of one of NEXT_ROUTE_HANDLERS, or a Next.js middleware file, known by its path.
    prefilter: { names: ['use', 'addHook', ...ROUTE_CALL_MEMBERS, ...NEXT_ROUTE_HANDLERS], paths: NEXT_MIDDLEWARE_FILE },
    callees: calleesNamed(['use', 'addHook'], ROUTE_CALL_MEMBERS),
    visitors: {
      SourceFile(_node, ctx) {
        if (!NEXT_MIDDLEWARE_FILE.test(ctx.path)) return;
        if (NEXT_AUTH_MODULES.some((module) => ctx.file.importsModule(module)) || bodyChecksAuth(ctx.file.text)) ctx.fact('auth-app', 'next-middleware');
      },
      CallExpression(node, ctx) {
        if (ts.isCallExpression(node) && !isTestPath(ctx.path)) checkTsCall(node, ctx);
      },
      FunctionDeclaration(node, ctx) {
        if (!ts.isFunctionDeclaration(node) || !node.name || !ts.isSourceFile(node.parent)) return;
        if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
        checkNextHandler(node, node.name.text, node, ctx);
      },
      VariableStatement(node, ctx) {
        if (!ts.isVariableStatement(node) || !ts.isSourceFile(node.parent) || !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
        for (const declaration of node.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.initializer) checkNextHandler(declaration, declaration.name.text, ctx.file.unwrap(declaration.initializer), ctx);
        }
      },
    },
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (project.hasFact(app, 'auth-app')) continue;
      for (const agentApp of apps.filter((a) => a.framework === 'a2a' || a.framework === 'adk')) {
        ctx.report({ at: agentApp, messageId: 'agentApp', data: { framework: agentApp.framework === 'a2a' ? 'A2A' : 'ADK' } });
      }
      for (const fact of project.factsOf(app, 'auth-route')) {
        const candidate = candidateOf(fact);
        if (!candidate || !fact.location) continue;
        ctx.report({
          at: { location: fact.location, snippet: fact.snippet ?? '' },
          messageId: candidate.agent ? 'agentRoute' : 'stateRoute',
          confidence: candidate.agent ? undefined : 'medium',
          data: { method: candidate.method, path: candidate.path },
        });
      }
    }
  },
});
