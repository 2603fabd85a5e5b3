import { appsWithout, calleePrefilter, calleesNamed, defineRule, importsAny, lastNames, pySemantics, startCommandsMatch, ts, tsSemantics } from '../src/rule-kit/index.js';

// Loggers that emit JSON (or structured records to a cloud log API) out of the box.
const PYTHON_MODULES = ['structlog', 'pythonjsonlogger', 'json_log_formatter', 'ecs_logging', 'logfire', 'google.cloud.logging', 'aws_lambda_powertools.logging', 'aws_lambda_powertools.Logger'];
const TS_MODULES = ['pino', 'pino-http', 'express-pino-logger', 'hono-pino', 'bunyan', 'winston', '@google-cloud/logging-winston', '@google-cloud/logging-bunyan', '@aws-lambda-powertools/logger', '@logtape/logtape'];
const DEPENDENCIES = new Set([
  'structlog', 'python-json-logger', 'json-log-formatter', 'ecs-logging', 'logfire', 'google-cloud-logging',
  'pino', 'pino-http', 'bunyan', 'winston', '@google-cloud/logging-winston', '@aws-lambda-powertools/logger',
]);
// dictConfig/fileConfig naming a JSON formatter by import path.
const JSON_FORMATTER_NAME = /(?:jsonlogger|JsonFormatter|JSONFormatter|json_log_formatter|ecs_logging|StructlogFormatter|ProcessorFormatter)/;
// `uvicorn … --log-config logging.json`: a logging config file we do not read, most often a JSON formatter.
const LOG_CONFIG_FLAG = /--log-config\b/;

export default defineRule({
  id: 'unstructured-logging',
  category: 'observability',
  severity: 'low',
  confidence: 'medium',
  seeds: ['001', '004'],
  summary: 'HTTP app has no structured (JSON) logging',
  messages: {
    missing: '{{framework}} app logs plain text (no JSON formatter, structlog, pino, winston or bunyan found); logs cannot be queried by field or joined by request',
  },
  fixHint: 'Log JSON: python-json-logger or structlog for Python, pino (Fastify\'s built-in logger) or winston for Node, configured once at startup.',
  python: {
    visitors: {
      module(_node, ctx) {
        if (importsAny(ctx.file, PYTHON_MODULES)) ctx.fact('structured-logging');
      },
      string(node, ctx) {
        if (JSON_FORMATTER_NAME.test(node.text)) ctx.fact('structured-logging', 'formatter');
      },
      call(node, ctx) {
        const { file } = ctx;
        // loguru: logger.add(sys.stdout, serialize=True)
        if (file.calleeMember(node) === 'add' && file.literal(file.keywordArgument(node, 'serialize')) === true) ctx.fact('structured-logging', 'loguru');
        // Hand-rolled JSON lines: logger.info(json.dumps({...})), print(json.dumps(record))
        const first = file.positionalArguments(node)[0];
        if (first?.type === 'call' && file.calleeName(first) === 'json.dumps' && (pySemantics.isLogCall(node, file) || pySemantics.isPrintCall(node, file))) ctx.fact('structured-logging', 'json.dumps');
      },
      class_definition(node, ctx) {
        // class JsonFormatter(logging.Formatter): def format(...): return json.dumps(...)
        if (ctx.file.baseClasses(node).some((base) => base === 'logging.Formatter') && node.text.includes('json.dumps')) ctx.fact('structured-logging', 'formatter');
      },
    },
  },
  typescript: {
    // Facts come from an import of TS_MODULES, Fastify's options naming `logger`/`loggerInstance`, or a log call of
    // `JSON.stringify(...)`: a group each, since `stringify`, `logger` and a log method's name are each in most files.
    prefilter: { modules: TS_MODULES },
    visitors: {
      SourceFile(_node, ctx) {
        if (importsAny(ctx.file, TS_MODULES)) ctx.fact('structured-logging');
      },
    },
    groups: [
      {
        prefilter: { ...calleePrefilter(tsSemantics.FASTIFY_CONSTRUCTORS), and: { names: ['logger', 'loggerInstance'] } },
        callees: calleesNamed(lastNames(tsSemantics.FASTIFY_CONSTRUCTORS)),
        visitors: {
          CallExpression(node, ctx) {
            // Fastify's built-in logger is pino: Fastify({ logger: true }) or Fastify({ logger: { level } }).
            if (!ts.isCallExpression(node) || !tsSemantics.FASTIFY_CONSTRUCTORS.includes(ctx.file.calleeName(node) ?? '')) return;
            const logger = ctx.file.property(node.arguments[0], 'logger') ?? ctx.file.property(node.arguments[0], 'loggerInstance');
            if (logger && ctx.file.literal(logger) !== false) ctx.fact('structured-logging', 'fastify');
          },
        },
      },
      {
        prefilter: { names: ['stringify'], and: { names: [...tsSemantics.LOG_CALL_NAMES, ...tsSemantics.PRINT_CALL_NAMES] } },
        callees: calleesNamed(tsSemantics.LOG_CALL_NAMES, tsSemantics.PRINT_CALL_NAMES),
        visitors: {
          CallExpression(node, ctx) {
            // console.log(JSON.stringify({ level, msg, ... })): hand-rolled JSON lines.
            if (!ts.isCallExpression(node)) return;
            const { file } = ctx;
            const first = node.arguments[0];
            if (first && ts.isCallExpression(first) && file.calleeName(first) === 'JSON.stringify' && (tsSemantics.isLogCall(node, file) || tsSemantics.isPrintCall(node, file))) ctx.fact('structured-logging', 'JSON.stringify');
          },
        },
      },
    ],
  },
  finish(project, ctx) {
    for (const app of appsWithout(project, 'structured-logging', DEPENDENCIES)) {
      if (startCommandsMatch(project, app.unit, LOG_CONFIG_FLAG)) continue;
      ctx.report({ at: app, messageId: 'missing', data: { framework: app.framework } });
    }
  },
});
