import { calleesNamed, defineRule, isLivenessPath, isReadinessPath, ROUTE_CALL_MEMBERS, ts, type PyNode, type PythonRuleContext, type TS, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

// Keys that describe the inside of the service: model, versions, counters, host and config.
// Dependency status keys (`database: "ok"`, `checks`) are what a health check should say and are not listed.
const INTERNAL_KEY = /^(?:models?|model_?(?:name|id)|llm_?model|[a-z_]*version|git_?(?:sha|commit)|commit|build(?:_?id)?|uptime(?:_?s(?:econds)?)?|start(?:ed)?_?(?:at|time)|pid|hostname|platform|environment|env|config|settings|memory(?:_?\w+)?|cpu(?:_?\w+)?|[a-z_]*_?count|requests|total_?requests|active_?(?:sessions|tasks|requests|users|connections)|sessions|tasks|errors|[a-z_]*_?(?:url|dsn|uri))$/i;
const STATUS_PATH = /^\/(?:api\/)?(?:v\d+\/)?(?:status|info|version|metrics\/summary)$/;
const AUTH_DECORATOR = /login_required|requires_auth|jwt_required|auth_required|require_auth|authenticated|permission_required/;

function isHealthPath(path: string | null): boolean {
  return !!path && (isLivenessPath(path) || isReadinessPath(path) || STATUS_PATH.test(path));
}

function pyKeys(node: PyNode, ctx: PythonRuleContext, keys: Set<string>): void {
  for (const pair of [node, ...ctx.file.descendants(node, new Set(['pair', 'keyword_argument']))]) {
    if (pair.type === 'pair') {
      const key = ctx.file.stringValue(pair.childForFieldName('key'));
      if (key && INTERNAL_KEY.test(key)) keys.add(key);
    } else if (pair.type === 'keyword_argument' && /(?:^|\.)(?:dict|jsonify)$/.test(ctx.file.calleeName(pair.parent!.parent!) ?? '')) {
      const key = pair.childForFieldName('name')?.text;
      if (key && INTERNAL_KEY.test(key)) keys.add(key);
    }
  }
}

function reportKeys(keys: Set<string>, node: PyNode | TS.Node, path: string, ctx: PythonRuleContext | TypeScriptRuleContext): void {
  if (keys.size === 0) return;
  (ctx.report as (d: object) => void)({ node, messageId: 'leaks', data: { path, keys: [...keys].slice(0, 5).join(', ') } });
}

export default defineRule({
  id: 'health-leaks-internals',
  category: 'security',
  severity: 'low',
  confidence: 'medium',
  seeds: ['004'],
  summary: 'Unauthenticated health endpoint returns internal details',
  messages: {
    leaks: 'Health route {{path}} has no auth in front and returns internal details ({{keys}}), judged by key names; anyone can fingerprint the model, versions and load',
  },
  fixHint: 'Return only status (and dependency states) from public health routes; move versions, models and counters to authenticated admin endpoints or metrics.',
  python: {
    visitors: {
      function_definition(node, ctx) {
        const route = ctx.file.routeDecorator(node);
        if (!route || !isHealthPath(route.path)) return;
        const params = ctx.file.parameters(node);
        if (params.some((param) => /Depends\(|Security\(/.test(`${param.default?.text ?? ''}${param.annotation?.text ?? ''}`))) return;
        if (ctx.file.decorators(node).some((decorator) => AUTH_DECORATOR.test(decorator.text)) || AUTH_DECORATOR.test(route.decorator.text)) return;
        const keys = new Set<string>();
        const body = node.childForFieldName('body');
        for (const statement of body ? ctx.file.descendants(body, new Set(['return_statement']), true) : []) pyKeys(statement, ctx, keys);
        reportKeys(keys, ctx.file.definitionAnchor(node), route.path ?? '', ctx);
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
        if (!route || !isHealthPath(route.path)) return;
        // Middleware before the handler (or Fastify preHandler/onRequest) may authenticate; stay quiet.
        if (route.handlers.length > 1 || (route.options && (ctx.file.hasProperty(route.options, 'preHandler') || ctx.file.hasProperty(route.options, 'onRequest')))) return;
        const handler = ctx.file.handlerFunction(route.handlers[0]);
        if (!handler?.body) return;
        const keys = new Set<string>();
        const visit = (child: TS.Node): void => {
          // `llm: breaker.opened ? 'fail' : 'pass'` is a dependency state, whatever the key is called.
          const isState = ts.isPropertyAssignment(child) && /^\s*(?:['"`](?:ok|pass|fail|warn|up|down|healthy|unhealthy|error)['"`]|.*\?\s*['"`]\w+['"`]\s*:\s*['"`]\w+['"`])\s*$/.test(child.initializer.getText(ctx.file.source));
          if ((ts.isPropertyAssignment(child) || ts.isShorthandPropertyAssignment(child)) && !isState) {
            const key = child.name.getText(ctx.file.source).replace(/^['"]|['"]$/g, '');
            if (INTERNAL_KEY.test(key)) keys.add(key);
          }
          ts.forEachChild(child, visit);
        };
        visit(handler.body);
        reportKeys(keys, node, route.path, ctx);
      },
    },
  },
});
