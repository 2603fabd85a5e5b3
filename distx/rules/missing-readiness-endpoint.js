import { defineRule, isReadinessPath, memberPrefilter, ts } from '../src/rule-kit/index.js';
const PYTHON_MOUNTS = new Set(['include_router', 'mount', 'register_blueprint']);
const TS_MOUNTS = new Set(['use', 'route', 'register']);
// fastapi-healthchecks: `HealthcheckRouter(Probe(name="readiness", checks=[...]))` serves /health/readiness.
const PYTHON_PROBE_CLASSES = new Set(['fastapi_healthchecks.api.router.Probe', 'fastapi_healthchecks.api.Probe', 'fastapi_healthchecks.Probe']);
// Lightship serves /health, /live and /ready on its own port as soon as it is created.
const LIGHTSHIP_FACTORIES = new Set(['lightship.createLightship']);
const TERMINUS_FACTORIES = new Set(['@godaddy/terminus.createTerminus', '@godaddy/terminus']);
/** `createTerminus(server, { healthChecks: { '/readyz': check } })`: a readiness key in the health checks. */
function terminusServesReadiness(call, ctx) {
    const checks = ctx.file.resolveObject(ctx.file.property(call.arguments[1], 'healthChecks'));
    if (!checks)
        return false;
    return checks.properties.some((property) => {
        const name = property.name && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name)) ? property.name.text : undefined;
        return !!name && isReadinessPath(name);
    });
}
export default defineRule({
    id: 'missing-readiness-endpoint',
    category: 'observability',
    severity: 'medium',
    confidence: 'high',
    seeds: ['000'],
    summary: 'HTTP app has no readiness endpoint',
    messages: {
        missing: '{{framework}} app has no readiness route (/readyz or /ready); traffic reaches replicas before their model clients, stores and sessions are ready, and keeps reaching them when a dependency is down',
    },
    fixHint: 'Add GET /readyz that checks the dependencies a request needs (session store, database, model endpoint) and answers 503 when one is down; `agent-harden scaffold health` writes one.',
    python: {
        visitors: {
            call(node, ctx) {
                const { file } = ctx;
                const callee = file.calleeName(node);
                if (callee && PYTHON_PROBE_CLASSES.has(callee)) {
                    const name = file.stringValue(file.keywordArgument(node, 'name') ?? file.positionalArguments(node)[0]);
                    if (name && isReadinessPath(name))
                        ctx.fact('readiness-endpoint', 'fastapi-healthchecks');
                    return;
                }
                // app.include_router(ready.router, prefix="/readyz"), app.mount("/ready", ...)
                if (!PYTHON_MOUNTS.has(file.calleeMember(node) ?? ''))
                    return;
                const prefix = file.stringValue(file.keywordArgument(node, 'prefix') ?? file.keywordArgument(node, 'url_prefix')) ?? file.stringValue(file.positionalArguments(node)[0]);
                if (prefix && isReadinessPath(prefix))
                    ctx.fact('readiness-endpoint', prefix);
            },
        },
    },
    typescript: {
        // Terminus counts only with a readiness key under `healthChecks` (a property name: interned, quoted or not).
        prefilter: memberPrefilter(LIGHTSHIP_FACTORIES, { names: [...TS_MOUNTS, 'healthChecks'] }),
        visitors: {
            CallExpression(node, ctx) {
                if (!ts.isCallExpression(node))
                    return;
                const { file } = ctx;
                const callee = file.calleeName(node);
                if (callee && LIGHTSHIP_FACTORIES.has(callee)) {
                    ctx.fact('readiness-endpoint', 'lightship');
                    return;
                }
                if (callee && TERMINUS_FACTORIES.has(callee)) {
                    if (terminusServesReadiness(node, ctx))
                        ctx.fact('readiness-endpoint', 'terminus');
                    return;
                }
                // app.use('/readyz', readyRouter), app.route('/ready', ready), app.register(ready, { prefix: '/ready' })
                if (!TS_MOUNTS.has(file.calleeMember(node) ?? ''))
                    return;
                const prefix = file.stringValue(node.arguments[0]) ?? file.stringValue(file.property(node.arguments[1], 'prefix'));
                if (prefix && isReadinessPath(prefix))
                    ctx.fact('readiness-endpoint', prefix);
            },
        },
    },
    finish(project, ctx) {
        for (const apps of project.appsByUnit()) {
            const app = apps[0];
            const served = project.routesOf(app).some((route) => route.path !== null && route.method !== 'POST' && isReadinessPath(route.path));
            if (served || project.hasFact(app, 'readiness-endpoint'))
                continue;
            ctx.report({ at: app, messageId: 'missing', data: { framework: app.framework } });
        }
    },
});
