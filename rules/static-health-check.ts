import { calleesNamed, defineRule, isLivenessPath, isReadinessPath, ROUTE_CALL_MEMBERS, ts, type PyNode, type PythonFile, type TS, type TypeScriptFile } from '../src/rule-kit/index.js';

// Calls that only build the response or a timestamp: a handler made of these checks nothing.
const PY_RESPONSE_BUILDERS = new Set(['JSONResponse', 'PlainTextResponse', 'ORJSONResponse', 'UJSONResponse', 'Response', 'HTMLResponse', 'jsonify', 'make_response', 'dict', 'str', 'int', 'float', 'time', 'monotonic', 'now', 'utcnow', 'isoformat', 'getenv', 'get']);
const TS_RESPONSE_BUILDERS = new Set(['json', 'send', 'status', 'text', 'code', 'header', 'set', 'type', 'end', 'now', 'toISOString', 'uptime', 'stringify', 'sendStatus', 'body', 'Response', 'NextResponse', 'writeHead', 'Date']);
// Liveness names: a static answer is right for these (a liveness check must not touch dependencies).
const PURE_LIVENESS = /(?:^|\/)(?:livez|healthz|live|liveness|alive|ping)\/?$/i;

function isStaticPython(definition: PyNode, file: PythonFile): boolean {
  const body = definition.childForFieldName('body');
  if (!body) return false;
  if (file.descendants(body, new Set(['await'])).length > 0) return false;
  return file.descendants(body, new Set(['call'])).every((call) => PY_RESPONSE_BUILDERS.has(file.calleeMember(call) ?? ''));
}

function isStaticTypeScript(fn: TS.FunctionLikeDeclaration, file: TypeScriptFile): boolean {
  const body = fn.body;
  if (!body) return false;
  if (file.descendants(body, ts.isAwaitExpression).length > 0) return false;
  const calls = [...file.descendants(body, ts.isCallExpression), ...file.descendants(body, ts.isNewExpression)];
  return calls.every((call) => TS_RESPONSE_BUILDERS.has(file.calleeMember(call) ?? ''));
}

/** `readiness` for /ready-style paths; `health` for a generic /health that may be the only probe; else nothing to check. */
function probeKind(path: string | null): 'readiness' | 'health' | undefined {
  if (path === null) return undefined;
  if (isReadinessPath(path)) return 'readiness';
  if (isLivenessPath(path) && !PURE_LIVENESS.test(path)) return 'health';
  return undefined;
}

export default defineRule({
  id: 'static-health-check',
  category: 'observability',
  severity: 'medium',
  confidence: 'medium',
  seeds: ['004'],
  summary: 'Health or readiness handler returns healthy without checking any dependency',
  messages: {
    readiness: 'readiness route {{path}} answers healthy without checking anything (no await, no dependency call); traffic is sent to replicas whose model, database or cache is down',
    onlyProbe: '{{path}} is the only health route and answers healthy without checking anything; with no readiness route, nothing tells the orchestrator a dependency is down',
  },
  fixHint: 'Keep /livez static, and add a /readyz that checks what requests need (database ping, cache, model endpoint reachability) with short timeouts.',
  python: {
    visitors: {
      function_definition(node, ctx) {
        const route = ctx.file.routeDecorator(node);
        const kind = probeKind(route?.path ?? null);
        if (kind && isStaticPython(node, ctx.file)) ctx.fact(`static-${kind}`, route!.path!, ctx.anchor(ctx.file.definitionAnchor(node)));
      },
    },
  },
  typescript: {
    prefilter: { names: ROUTE_CALL_MEMBERS },
    callees: calleesNamed(ROUTE_CALL_MEMBERS),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node)) return;
        const route = ctx.file.routeCall(node);
        const kind = probeKind(route?.path ?? null);
        const handler = route && ctx.file.handlerFunction(route.handlers.at(-1)!);
        if (kind && handler && isStaticTypeScript(handler, ctx.file)) ctx.fact(`static-${kind}`, route!.path, ctx.anchor(node));
      },
    },
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      const report = (key: string, messageId: 'readiness' | 'onlyProbe') => {
        for (const fact of project.factsOf(app, key)) {
          if (fact.location && fact.snippet !== undefined) ctx.report({ at: { location: fact.location, snippet: fact.snippet }, messageId, data: { path: fact.value ?? '' } });
        }
      };
      report('static-readiness', 'readiness');
      // A generic /health is flagged only when it is the sole probe: no readiness route and no other health route.
      const probes = project.routesOf(app).filter((route) => route.path !== null && (isLivenessPath(route.path) || isReadinessPath(route.path)));
      if (probes.length === 1 && !isReadinessPath(probes[0].path!)) report('static-health', 'onlyProbe');
    }
  },
});
