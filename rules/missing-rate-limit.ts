import { defineRule, resilience, ROUTE_CALL_MEMBERS, ts, type TS, type TypeScriptFile, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

// Server-side limiters, by qualified constructor: slowapi and flask-limiter `Limiter(...)`,
// fastapi-limiter's `RateLimiter` dependency and `FastAPILimiter.init`, the `limits` strategies,
// asgi-ratelimit's middleware (imported as `ratelimit`; the bare `ratelimit` decorator package
// throttles outbound calls and does not count).
const PYTHON_LIMITERS = [
  /^(?:slowapi|flask_limiter)(?:\.[\w.]+)?\.Limiter$/,
  /^fastapi_limiter(?:\.[\w.]+)?\.(?:RateLimiter|WebSocketRateLimiter|FastAPILimiter\.init)$/,
  /^limits(?:\.aio)?\.strategies\.\w*RateLimiter$/,
  /^ratelimit(?:\.[\w.]+)?\.RateLimitMiddleware$/,
];
const PYTHON_MIDDLEWARE_CALLS = new Set(['add_middleware']);
// A project's own limiter, judged by name: `RateLimitMiddleware`, `Depends(rate_limit)`, `@limiter.limit("5/minute")`.
const LIMITER_NAME = /rate_?limit|throttl|limiter$/i;
// One of these is in every name LIMITER_NAME accepts, in any case: a prefilter's words.
const LIMITER_WORDS = ['ratelimit', 'rate_limit', 'throttl', 'limiter'];
const TS_LIMITER_MODULES = [
  'express-rate-limit',
  'express-slow-down',
  'express-brute',
  'rate-limiter-flexible',
  '@fastify/rate-limit',
  'fastify-rate-limit',
  'hono-rate-limiter',
  'koa-ratelimit',
  'koa2-ratelimit',
  '@upstash/ratelimit',
  '@nestjs/throttler',
];
const TS_REGISTRARS = new Set(['use', 'register']);

const fromLimiter = resilience.moduleMatcher(TS_LIMITER_MODULES, '.');

function fromLimiterModule(name: string | undefined): string | undefined {
  return name ? fromLimiter(name) : undefined;
}

/**
 * The limiter module a callee comes from. Its name starts with its root's (calleeRoot), and no limiter module's name
 * has a dot, so a root from none of them rules the callee out before its name is built: asked of every call.
 */
function fromLimiterCallee(node: TS.CallExpression | TS.NewExpression, file: TypeScriptFile): string | undefined {
  const root = file.calleeRoot(node);
  return root === undefined || fromLimiter(root) ? fromLimiterModule(file.calleeName(node)) : undefined;
}

/** The name a middleware expression goes by: `limiter`, `rateLimiter(opts)` → `rateLimiter`, `limits.api`. */
function tsMiddlewareName(node: TS.Expression, ctx: TypeScriptRuleContext): string | undefined {
  const expression = ctx.file.unwrap(node);
  if (!expression) return undefined;
  if (ts.isCallExpression(expression)) return ctx.file.calleeName(expression);
  return ctx.file.qualifiedName(expression);
}

export default defineRule({
  id: 'missing-rate-limit',
  category: 'security',
  severity: 'medium',
  // Absence of evidence: a gateway, ingress or WAF in front may limit requests where code cannot show it.
  confidence: 'medium',
  seeds: ['000', '001', '002', '004'],
  summary: 'HTTP app has no rate limiter',
  messages: {
    missing: '{{framework}} app has no rate limiter in code; one client can flood the agent endpoints and spend the model budget or exhaust the workers',
  },
  fixHint: 'Limit requests per client or API key on the agent routes (slowapi or fastapi-limiter, express-rate-limit, @fastify/rate-limit, hono-rate-limiter), backed by a shared store such as Redis when running several replicas.',
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (!callee) return;
        if (PYTHON_LIMITERS.some((pattern) => pattern.test(callee))) {
          ctx.fact('rate-limiter', callee);
          return;
        }
        const member = file.calleeMember(node);
        // @limiter.limit("10/minute"), @limiter.shared_limit(...): slowapi / flask-limiter decorators on a limiter built elsewhere.
        if ((member === 'limit' || member === 'shared_limit') && LIMITER_NAME.test(callee.slice(0, -(member.length + 1)))) {
          ctx.fact('rate-limiter', callee);
          return;
        }
        // app.add_middleware(RateLimitMiddleware, ...), Middleware(SlowAPIMiddleware), Depends(rate_limit), Depends(RateLimiter(...))
        const isRegistration = PYTHON_MIDDLEWARE_CALLS.has(member ?? '') || /(?:^|\.)(?:Middleware|Depends|Security)$/.test(callee);
        if (!isRegistration) return;
        const first = file.positionalArguments(node)[0] ?? file.keywordArgument(node, 'dependency') ?? file.keywordArgument(node, 'middleware_class');
        const name = first?.type === 'call' ? file.calleeName(first) : file.qualifiedName(first);
        if (name && LIMITER_NAME.test(name.split('.').at(-1) ?? name)) ctx.fact('rate-limiter', name);
      },
    },
  },
  typescript: {
    // Limiter modules' names hold `-` or `@`, so only an import or an inline `require('…')` resolves a callee to one;
    // a middleware registered by name (`app.use(apiLimiter)`) is named for limiting (LIMITER_WORDS).
    prefilter: {
      names: [...TS_REGISTRARS, ...ROUTE_CALL_MEMBERS, 'require'],
      modules: TS_LIMITER_MODULES,
      and: { names: ['require'], modules: TS_LIMITER_MODULES, words: [...LIMITER_WORDS, '\\u'] },
    },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node)) return;
        const { file } = ctx;
        const module = fromLimiterCallee(node, file);
        if (module) {
          ctx.fact('rate-limiter', module);
          return;
        }
        // fastify.register(rateLimit, {...}); app.use(limiter); app.use('/api', apiLimiter)
        if (TS_REGISTRARS.has(file.calleeMember(node) ?? '')) {
          for (const argument of node.arguments) {
            const name = tsMiddlewareName(argument, ctx);
            const registered = fromLimiterModule(name) ?? (name && LIMITER_NAME.test(name.split('.').at(-1) ?? name) ? name : undefined);
            if (registered) ctx.fact('rate-limiter', registered);
          }
          return;
        }
        // app.post('/chat', chatLimiter, handler)
        const route = file.routeCall(node);
        for (const handler of route?.handlers.slice(0, -1) ?? []) {
          const name = tsMiddlewareName(handler, ctx);
          if (name && LIMITER_NAME.test(name.split('.').at(-1) ?? name)) ctx.fact('rate-limiter', name);
        }
      },
      NewExpression(node, ctx) {
        // new RateLimiterRedis({...}), new Ratelimit({ redis, limiter }) (@upstash/ratelimit)
        if (!ts.isNewExpression(node)) return;
        const module = fromLimiterCallee(node, ctx.file);
        if (module) ctx.fact('rate-limiter', module);
      },
    },
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (project.hasFact(app, 'rate-limiter')) continue;
      ctx.report({ at: app, messageId: 'missing', data: { framework: app.framework } });
    }
  },
});
