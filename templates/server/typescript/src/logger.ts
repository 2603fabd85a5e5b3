import { isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type Logger } from 'pino';

// Logged objects never carry credentials, cookies or payment data.
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.api_key',
  '*.apiKey',
  '*.token',
  '*.card_number',
  '*.cardNumber',
  '*.cvv',
  '*.iban',
];

/** The current trace and span ids, so a log line leads to its trace (empty while tracing is off). */
function traceFields(): Record<string, string> {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {};
}

/** JSON logs on stdout; the level is raised or lowered once the config is loaded. */
export function createLogger(): Logger {
  return pino({ level: 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, mixin: traceFields });
}
