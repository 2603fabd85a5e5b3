import { type Server } from 'node:http';
/** One finished span as a tracing backend received it, reduced to what the tests compare. */
export interface ReceivedSpan {
    traceId: string;
    spanId: string;
    parentSpanId?: string;
    name: string;
    attributes: Record<string, unknown>;
    /** service.name of the process that exported it. */
    service?: string;
}
/** A tracing backend on 127.0.0.1 for one test: the env that points a server at it, and what it received. */
export interface TraceSink {
    env: Record<string, string>;
    spans: ReceivedSpan[];
    /** The trace id an outgoing request carried in its propagation header, if any. */
    propagatedTraceId(headers: Record<string, string | string[] | undefined>): string | undefined;
    close(): Promise<void>;
}
export declare function listenOnLoopback(server: Server): Promise<{
    port: number;
    close(): Promise<void>;
}>;
/**
 * An OTLP/HTTP trace receiver: accepts POST /v1/traces in the JSON encoding (what
 * @opentelemetry/exporter-trace-otlp-http sends) and keeps every span. Outgoing calls
 * carry the W3C `traceparent` header.
 */
export declare function startOtlpSink(serviceName: string): Promise<TraceSink>;
/**
 * A Sentry ingest endpoint: accepts envelopes at POST /api/<project>/envelope/ (gzip or
 * brotli encoded, as sentry-sdk sends them) and keeps each transaction and its child spans.
 * Outgoing calls carry the `sentry-trace` header.
 */
export declare function startSentrySink(): Promise<TraceSink>;
