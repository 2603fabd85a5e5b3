import { defineRule, isLivenessPath, ts } from '../src/rule-kit/index.js';
// Libraries that serve a liveness route themselves.
const PYTHON_HEALTH_MODULES = ['fastapi_health', 'healthcheck', 'fastapi_healthchecks', 'health_check'];
const TS_HEALTH_MODULES = ['@godaddy/terminus', 'lightship', 'express-healthcheck', 'express-actuator', 'fastify-healthcheck', '@nestjs/terminus'];
const PYTHON_MOUNTS = new Set(['include_router', 'mount', 'register_blueprint']);
const TS_MOUNTS = new Set(['use', 'route', 'register']);
export default defineRule({
    id: 'missing-health-endpoint',
    category: 'observability',
    severity: 'medium',
    confidence: 'high',
    seeds: ['000', '001', '002', '004'],
    summary: 'HTTP app has no liveness endpoint',
    messages: {
        missing: '{{framework}} app has no liveness route (/livez, /healthz or /health); orchestrators and load balancers cannot tell whether it is alive',
    },
    fixHint: 'Add a cheap, unauthenticated GET /livez (or /healthz) that returns 200 without touching dependencies; `agent-harden scaffold health` writes one.',
    python: {
        visitors: {
            module(_node, ctx) {
                if (PYTHON_HEALTH_MODULES.some((module) => ctx.file.importsModule(module)))
                    ctx.fact('health-endpoint', 'library');
            },
            call(node, ctx) {
                // app.include_router(health.router, prefix="/health"), app.mount("/healthz", ...)
                if (!PYTHON_MOUNTS.has(ctx.file.calleeMember(node) ?? ''))
                    return;
                const prefix = ctx.file.stringValue(ctx.file.keywordArgument(node, 'prefix') ?? ctx.file.keywordArgument(node, 'url_prefix')) ?? ctx.file.stringValue(ctx.file.positionalArguments(node)[0]);
                if (prefix && isLivenessPath(prefix))
                    ctx.fact('health-endpoint', prefix);
            },
        },
    },
    typescript: {
        prefilter: { names: [...TS_MOUNTS], modules: TS_HEALTH_MODULES },
        visitors: {
            SourceFile(_node, ctx) {
                if (TS_HEALTH_MODULES.some((module) => ctx.file.importsModule(module)))
                    ctx.fact('health-endpoint', 'library');
            },
            CallExpression(node, ctx) {
                // app.use('/healthz', healthRouter), app.route('/health', health), app.register(health, { prefix: '/health' })
                if (!ts.isCallExpression(node) || !TS_MOUNTS.has(ctx.file.calleeMember(node) ?? ''))
                    return;
                const prefix = ctx.file.stringValue(node.arguments[0]) ?? ctx.file.stringValue(ctx.file.property(node.arguments[1], 'prefix'));
                if (prefix && isLivenessPath(prefix))
                    ctx.fact('health-endpoint', prefix);
                // Fastify's under-pressure serves /status only when asked to.
                if (ctx.file.qualifiedName(node.arguments[0]) === '@fastify/under-pressure' && ctx.file.literal(ctx.file.property(node.arguments[1], 'exposeStatusRoute')) !== undefined) {
                    ctx.fact('health-endpoint', 'under-pressure');
                }
            },
        },
    },
    finish(project, ctx) {
        for (const apps of project.appsByUnit()) {
            const app = apps[0];
            const served = project.routesOf(app).some((route) => route.path !== null && route.method !== 'POST' && isLivenessPath(route.path));
            if (served || project.hasFact(app, 'health-endpoint'))
                continue;
            ctx.report({ at: app, messageId: 'missing', data: { framework: app.framework } });
        }
    },
});
