import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { defaultResource, detectResources, envDetector } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

// Probes and scrapes arrive every few seconds from every replica; tracing them buries real requests.
const UNTRACED_PATHS = new Set(['/livez', '/readyz', '/metrics']);

/** Spans leave the process only when an OTLP endpoint is configured; otherwise the API stays a no-op. */
function exportConfigured(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/**
 * OpenTelemetry tracing configured from the standard environment: OTEL_EXPORTER_OTLP_ENDPOINT
 * (OTLP over HTTP, e.g. http://otel-collector:4318), OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES,
 * OTEL_EXPORTER_OTLP_HEADERS. Incoming requests get a server span that continues the caller's
 * `traceparent`; outgoing fetch calls (the LLM client) get a client span and carry `traceparent`.
 * Returns the flush-and-stop function for graceful shutdown.
 */
function startTracing(env: NodeJS.ProcessEnv): () => Promise<void> {
  if (!exportConfigured(env)) return async () => undefined;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }));
  const provider = new TracerProvider({
    resource: defaultResource().merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })],
  });
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0] ?? '') }),
      new UndiciInstrumentation(),
    ],
  });
  return () => provider.shutdown();
}

// Runs on import: server.ts imports this module before anything that loads node:http or fastify,
// so the instrumentations are in place when those modules load.
export const shutdownTracing = startTracing(process.env);
