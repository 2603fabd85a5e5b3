import { createServer } from 'node:http';
async function readBody(request) {
    const chunks = [];
    for await (const chunk of request)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
export async function listenOnLoopback(server) {
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        port: server.address().port,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function attributeMap(attributes = []) {
    return Object.fromEntries(attributes.map(({ key, value }) => [key, value.stringValue ?? value.boolValue ?? (value.intValue === undefined ? value.doubleValue : Number(value.intValue))]));
}
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;
/**
 * An OTLP/HTTP trace receiver: accepts POST /v1/traces in the JSON encoding (what
 * @opentelemetry/exporter-trace-otlp-http sends) and keeps every span. Outgoing calls
 * carry the W3C `traceparent` header.
 */
export async function startOtlpSink(serviceName) {
    const spans = [];
    const server = createServer(async (request, response) => {
        const body = await readBody(request);
        if (request.method !== 'POST' || request.url !== '/v1/traces' || !(request.headers['content-type'] ?? '').includes('json')) {
            response.writeHead(415).end();
            return;
        }
        const payload = JSON.parse(body.toString('utf8'));
        for (const resourceSpans of payload.resourceSpans ?? []) {
            const service = attributeMap(resourceSpans.resource?.attributes)['service.name'];
            for (const scope of resourceSpans.scopeSpans ?? []) {
                for (const span of scope.spans ?? []) {
                    spans.push({
                        traceId: span.traceId,
                        spanId: span.spanId,
                        parentSpanId: span.parentSpanId || undefined,
                        name: span.name,
                        attributes: attributeMap(span.attributes),
                        service,
                    });
                }
            }
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const listening = await listenOnLoopback(server);
    return {
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${listening.port}`, OTEL_SERVICE_NAME: serviceName },
        spans,
        propagatedTraceId: (headers) => TRACEPARENT.exec(String(headers.traceparent ?? ''))?.[1],
        close: listening.close,
    };
}
/** Envelope items are newline-separated: envelope header, then item header and payload pairs. */
function transactionsOf(envelope) {
    const lines = envelope.split('\n').filter((line) => line.trim() !== '');
    const found = [];
    for (let index = 1; index + 1 < lines.length; index += 2) {
        const header = JSON.parse(lines[index] ?? '{}');
        if (header.type === 'transaction')
            found.push(JSON.parse(lines[index + 1] ?? '{}'));
    }
    return found;
}
const SENTRY_TRACE = /^([0-9a-f]{32})-([0-9a-f]{16})(?:-[01])?$/;
/**
 * A Sentry ingest endpoint: accepts envelopes at POST /api/<project>/envelope/ (gzip or
 * brotli encoded, as sentry-sdk sends them) and keeps each transaction and its child spans.
 * Outgoing calls carry the `sentry-trace` header.
 */
export async function startSentrySink() {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const spans = [];
    const server = createServer(async (request, response) => {
        const raw = await readBody(request);
        if (request.method !== 'POST' || !/^\/api\/\d+\/envelope\/$/.test(request.url ?? '')) {
            response.writeHead(404).end();
            return;
        }
        const encoding = request.headers['content-encoding'];
        const body = encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
        for (const transaction of transactionsOf(body.toString('utf8'))) {
            const root = transaction.contexts?.trace;
            if (!root)
                continue;
            spans.push({ traceId: root.trace_id, spanId: root.span_id, parentSpanId: root.parent_span_id, name: transaction.transaction ?? '', attributes: root.data ?? {} });
            for (const span of transaction.spans ?? []) {
                spans.push({ traceId: span.trace_id, spanId: span.span_id, parentSpanId: span.parent_span_id, name: span.description ?? span.op ?? '', attributes: span.data ?? {} });
            }
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const listening = await listenOnLoopback(server);
    return {
        env: { SENTRY_DSN: `http://public@127.0.0.1:${listening.port}/1` },
        spans,
        propagatedTraceId: (headers) => SENTRY_TRACE.exec(String(headers['sentry-trace'] ?? ''))?.[1],
        close: listening.close,
    };
}
