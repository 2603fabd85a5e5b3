import { appsWithout, calleesNamed, defineRule, dottedCalleeMembers, importsAny, lastNames, ts, tsSemantics } from '../src/rule-kit/index.js';

// Middleware that assigns a request id and binds it to every log record of the request.
const PYTHON_MODULES = ['asgi_correlation_id', 'starlette_context', 'flask_request_id', 'flask_log_request_id', 'django_guid', 'fastapi_request_id', 'opentelemetry.instrumentation.logging'];
const TS_MODULES = ['express-request-id', 'cls-rtracer', 'pino-http', 'express-pino-logger', 'hono/request-id', 'koa-requestid', '@koa/request-id', 'hono-pino', 'express-correlation-id', 'correlation-id'];
const DEPENDENCIES = new Set(['asgi-correlation-id', 'starlette-context', 'flask-log-request-id', 'django-guid', 'opentelemetry-instrumentation-logging', 'express-request-id', 'cls-rtracer', 'pino-http', 'koa-requestid']);
// `request.headers.get("X-Request-ID")`, `extra={"request_id": rid}`, `ContextVar("correlation_id")`, `traceparent`.
const REQUEST_ID_STRING = /^(?:x-(?:request|correlation|trace|amzn-trace|cloud-trace)-?id|x-cloud-trace-context|traceparent|request[_-]?id|correlation[_-]?id|requestId|correlationId|reqId)$/i;
const FASTIFY_MEMBERS = dottedCalleeMembers(tsSemantics.FASTIFY_CONSTRUCTORS);
const REQUEST_ID_NAME = /^(?:request_?id|correlation_?id|req_?id|trace_?id)$/i;
// A word held by every text either pattern above matches, in any case: each alternative names a request, correlation
// or trace id (`requestId`, `x-amzn-trace-id`, `req_id`) with `-`, `_` or nothing before `id`, or is `traceparent` or
// `x-cloud-trace-context`.
const REQUEST_ID_WORDS = [...['request', 'correlation', 'trace', 'req'].flatMap((stem) => ['', '_', '-'].map((separator) => `${stem}${separator}id`)), 'traceparent', 'x-cloud-trace-context'];

export default defineRule({
  id: 'missing-request-id',
  category: 'observability',
  severity: 'low',
  confidence: 'medium',
  seeds: ['004'],
  summary: 'HTTP app propagates no request or correlation id into its logs',
  messages: {
    missing: '{{framework}} app has no request or correlation id (no id middleware, X-Request-ID handling or id bound into log records found); one request\'s log lines cannot be told from another\'s',
  },
  fixHint: 'Add request-id middleware (asgi-correlation-id, pino-http, hono/request-id) that reads or creates X-Request-ID, returns it, and binds it to every log record.',
  python: {
    visitors: {
      module(_node, ctx) {
        if (importsAny(ctx.file, PYTHON_MODULES)) ctx.fact('request-id');
      },
      string(node, ctx) {
        const value = ctx.file.stringValue(node);
        if (value !== undefined && REQUEST_ID_STRING.test(value)) ctx.fact('request-id', value);
      },
      keyword_argument(node, ctx) {
        // structlog.contextvars.bind_contextvars(request_id=...), logger.bind(request_id=...)
        if (REQUEST_ID_NAME.test(node.childForFieldName('name')?.text ?? '')) ctx.fact('request-id', 'keyword');
      },
    },
  },
  typescript: {
    // Every fact starts from one of: an import of TS_MODULES; a string literal matching REQUEST_ID_STRING (its value
    // is in the text as written, but for escapes in the string); a log field whose name, as written, matches
    // REQUEST_ID_NAME; a `fastify(...)` callee, an identifier named `fastify` (a name, even when escaped) or an import
    // or require of the module 'fastify' (a string in the text): REQUEST_ID_WORDS, and `fastify`.
    prefilter: { modules: TS_MODULES, names: ['fastify'], words: [...REQUEST_ID_WORDS, 'fastify'] },
    callees: calleesNamed(lastNames(tsSemantics.FASTIFY_CONSTRUCTORS), tsSemantics.LOG_CALL_NAMES, ['child']),
    visitors: {
      SourceFile(_node, ctx) {
        if (importsAny(ctx.file, TS_MODULES)) ctx.fact('request-id');
      },
      StringLiteral(node, ctx) {
        if (ts.isStringLiteral(node) && REQUEST_ID_STRING.test(node.text)) ctx.fact('request-id', node.text);
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node)) return;
        const { file } = ctx;
        // Fastify assigns request.id and logs it as reqId whenever its logger is on.
        const callee = file.calleeNameWithMember(node, FASTIFY_MEMBERS);
        if (callee && tsSemantics.FASTIFY_CONSTRUCTORS.includes(callee) && file.property(node.arguments[0], 'logger') && file.literal(file.property(node.arguments[0], 'logger')) !== false) {
          ctx.fact('request-id', 'fastify');
        }
        // logger.info({ requestId }, '...'), logger.child({ reqId: id })
        if (tsSemantics.isLogCall(node, file) || file.calleeMember(node) === 'child') {
          const fields = node.arguments.find((argument) => ts.isObjectLiteralExpression(argument));
          if (fields && ts.isObjectLiteralExpression(fields) && fields.properties.some((property) => property.name && REQUEST_ID_NAME.test(property.name.getText(file.source)))) ctx.fact('request-id', 'log field');
        }
      },
    },
  },
  finish(project, ctx) {
    for (const app of appsWithout(project, 'request-id', DEPENDENCIES)) ctx.report({ at: app, messageId: 'missing', data: { framework: app.framework } });
  },
});
