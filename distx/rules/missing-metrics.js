import { appsWithout, defineRule, importsAny, startCommandsMatch } from '../src/rule-kit/index.js';
const PYTHON_MODULES = [
    'prometheus_client', 'prometheus_fastapi_instrumentator', 'starlette_exporter', 'starlette_prometheus', 'prometheus_flask_exporter',
    'aioprometheus', 'opentelemetry.metrics', 'opentelemetry.sdk.metrics', 'opentelemetry.exporter.prometheus',
    'azure.monitor.opentelemetry', 'datadog', 'statsd', 'logfire',
];
const TS_MODULES = [
    'prom-client', 'express-prom-bundle', 'express-prometheus-middleware', 'fastify-metrics', '@hono/prometheus', 'koa-prometheus-adv',
    '@opentelemetry/sdk-metrics', '@opentelemetry/exporter-prometheus', '@opentelemetry/sdk-node', '@vercel/otel', 'hot-shots', 'dd-trace', 'newrelic',
];
// Declared instrumentation that works without an import: auto-instrumentation agents started from the command line.
const DEPENDENCIES = new Set([
    'prometheus-client', 'prometheus-fastapi-instrumentator', 'starlette-exporter', 'prometheus-flask-exporter', 'aioprometheus',
    'opentelemetry-exporter-prometheus', 'opentelemetry-distro', 'azure-monitor-opentelemetry', 'logfire', 'datadog',
    'prom-client', 'express-prom-bundle', 'fastify-metrics', '@hono/prometheus', '@opentelemetry/sdk-metrics', '@opentelemetry/auto-instrumentations-node', 'dd-trace', 'newrelic',
]);
// `opentelemetry-instrument uvicorn …`, `ddtrace-run`, `node -r @opentelemetry/auto-instrumentations-node/register`.
const AUTO_INSTRUMENTATION = /\b(?:opentelemetry-instrument|ddtrace-run|newrelic-admin\s+run-program)\b|(?:--require|-r|--import)[\s=]+(?:@opentelemetry\/auto-instrumentations-node|dd-trace|newrelic)/;
export default defineRule({
    id: 'missing-metrics',
    category: 'observability',
    severity: 'low',
    confidence: 'medium',
    seeds: ['000', '004'],
    summary: 'HTTP app exports no metrics',
    messages: {
        missing: '{{framework}} app exports no metrics (no Prometheus client, OpenTelemetry metrics or APM agent found); request rates, latencies, errors and token spend are invisible',
    },
    fixHint: 'Expose Prometheus metrics (prometheus-fastapi-instrumentator, prom-client) or export OpenTelemetry metrics; count requests, latency, errors and LLM tokens.',
    python: {
        visitors: {
            module(_node, ctx) {
                if (importsAny(ctx.file, PYTHON_MODULES))
                    ctx.fact('metrics');
            },
        },
    },
    typescript: {
        prefilter: { modules: TS_MODULES },
        visitors: {
            SourceFile(_node, ctx) {
                if (importsAny(ctx.file, TS_MODULES))
                    ctx.fact('metrics');
            },
        },
    },
    finish(project, ctx) {
        for (const app of appsWithout(project, 'metrics', DEPENDENCIES)) {
            // A hand-written /metrics route counts.
            if (project.routesOf(app).some((route) => route.path !== null && /\/metrics\/?$/.test(route.path)))
                continue;
            if (startCommandsMatch(project, app.unit, AUTO_INSTRUMENTATION))
                continue;
            ctx.report({ at: app, messageId: 'missing', data: { framework: app.framework } });
        }
    },
});
