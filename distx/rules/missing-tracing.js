import { appsWithout, defineRule, importsAny, startCommandsMatch, ts } from '../src/rule-kit/index.js';
// OpenTelemetry (API, SDK, instrumentations) and the APM/LLM-tracing SDKs that emit spans (most
// of them OTel-based). The OTel API and instrumentations count without a visible SDK setup: that
// setup is often injected (opentelemetry-instrument, the OTel operator) or lives in a shared package.
const PYTHON_MODULES = [
    'opentelemetry.trace', 'opentelemetry.sdk.trace', 'opentelemetry.instrumentation', 'opentelemetry.exporter.cloud_trace', 'azure.monitor.opentelemetry',
    'ddtrace', 'elasticapm', 'newrelic', 'logfire', 'langfuse', 'langsmith', 'openinference', 'traceloop', 'phoenix.otel', 'opik', 'weave', 'agentops', 'mlflow.tracing', 'openlit',
];
const TS_MODULES = [
    '@opentelemetry/api', '@opentelemetry/sdk-node', '@opentelemetry/sdk-trace', '@opentelemetry/sdk-trace-node', '@opentelemetry/sdk-trace-base', '@opentelemetry/sdk-trace-web',
    '@opentelemetry/auto-instrumentations-node', '@vercel/otel', 'dd-trace', 'elastic-apm-node', 'newrelic', 'langfuse', 'langfuse-langchain', '@langfuse/otel', '@langfuse/tracing',
    'langsmith', '@traceloop/node-server-sdk', '@arizeai/openinference-instrumentation-langchain', '@arizeai/openinference-instrumentation-openai', '@arizeai/phoenix-otel',
    '@google-cloud/trace-agent',
];
// Manifest entries that only exist to trace (sentry-sdk does not: it traces only with a sample rate).
const DEPENDENCIES = new Set([
    'opentelemetry-distro', 'opentelemetry-sdk', 'opentelemetry-instrumentation-fastapi', 'opentelemetry-instrumentation-flask', 'ddtrace', 'logfire', 'langfuse', 'langsmith',
    'azure-monitor-opentelemetry', 'elastic-apm', 'newrelic', 'arize-phoenix-otel', 'openinference-instrumentation', 'traceloop-sdk', 'openlit',
    '@opentelemetry/sdk-node', '@opentelemetry/sdk-trace', '@opentelemetry/sdk-trace-node', '@opentelemetry/auto-instrumentations-node', '@vercel/otel', 'dd-trace', 'elastic-apm-node',
    'langfuse', 'langsmith', '@traceloop/node-server-sdk', '@arizeai/phoenix-otel',
]);
// Tracing switched on where the service is started or deployed: auto-instrumenting launchers,
// preloaded agents, ADK's Cloud Trace flags, LangSmith's env switch, the OTel operator's inject annotation.
const DEPLOYED_TRACING = new RegExp([
    String.raw `\b(?:opentelemetry-instrument|ddtrace-run|newrelic-admin\s+run-program)\b`,
    String.raw `(?:--require|-r|--import)[\s=]+(?:@opentelemetry\/auto-instrumentations-node|dd-trace|newrelic|elastic-apm-node)`,
    String.raw `--trace_to_cloud|--otel_to_cloud`,
    String.raw `\b(?:LANGSMITH_TRACING|LANGCHAIN_TRACING_V2)["']?\s*[=:]\s*["']?true\b`,
    String.raw `instrumentation\.opentelemetry\.io\/inject-(?:python|nodejs|sdk)["']?\s*:\s*["']?(?!false)`,
].join('|'), 'i');
// Sentry traces only with a non-zero sample rate or a sampler; ADK's app factory exports spans to Cloud Trace when asked.
const PYTHON_TRACING_KEYWORDS = new Set(['traces_sample_rate', 'traces_sampler', 'enable_tracing', 'trace_to_cloud', 'otel_to_cloud']);
const TS_TRACING_PROPERTIES = new Set(['tracesSampleRate', 'tracesSampler']);
// A literal that turns tracing off; anything else (a setting, an env lookup) is taken as on.
const OFF = new Set([false, 0, null]);
export default defineRule({
    id: 'missing-tracing',
    category: 'observability',
    severity: 'info',
    confidence: 'medium',
    seeds: ['000'],
    summary: 'HTTP app has no distributed tracing',
    messages: {
        missing: '{{framework}} app has no tracing (no OpenTelemetry, APM or LLM-tracing SDK found); a slow or failing agent run cannot be followed through model and tool calls',
    },
    fixHint: 'Set up OpenTelemetry (opentelemetry-instrument / @opentelemetry/sdk-node with the framework instrumentation) or an OTel-based LLM tracer, exporting spans to your backend.',
    python: {
        visitors: {
            module(_node, ctx) {
                if (importsAny(ctx.file, PYTHON_MODULES))
                    ctx.fact('tracing');
            },
            keyword_argument(node, ctx) {
                const name = node.childForFieldName('name')?.text ?? '';
                if (PYTHON_TRACING_KEYWORDS.has(name) && !OFF.has(ctx.file.literal(node.childForFieldName('value'))))
                    ctx.fact('tracing', name);
            },
        },
    },
    typescript: {
        prefilter: { names: [...TS_TRACING_PROPERTIES], modules: TS_MODULES },
        visitors: {
            SourceFile(_node, ctx) {
                if (importsAny(ctx.file, TS_MODULES))
                    ctx.fact('tracing');
            },
            PropertyAssignment(node, ctx) {
                if (!ts.isPropertyAssignment(node) || !ts.isIdentifier(node.name) || !TS_TRACING_PROPERTIES.has(node.name.text))
                    return;
                if (!OFF.has(ctx.file.literal(node.initializer)))
                    ctx.fact('tracing', node.name.text);
            },
        },
    },
    finish(project, ctx) {
        for (const app of appsWithout(project, 'tracing', DEPENDENCIES)) {
            if (startCommandsMatch(project, app.unit, DEPLOYED_TRACING))
                continue;
            ctx.report({ at: app, messageId: 'missing', data: { framework: app.framework } });
        }
    },
});
