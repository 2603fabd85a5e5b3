import { defineRule, ts } from '../src/rule-kit/index.js';

// ADK's get_fast_api_app installs its own lifespan that closes runners and toolsets; Flask has no
// app-level shutdown hook (the WSGI server owns the process); Next.js runs on its platform's server.
const PY_FRAMEWORKS_WITH_LIFESPAN = new Set(['fastapi', 'starlette', 'a2a']);
const TS_SERVER_FRAMEWORKS = new Set(['express', 'fastify', 'hono', 'koa']);
const PY_SIGNAL_SETTERS = new Set(['signal.signal', 'atexit.register']);
const TS_SHUTDOWN_MODULES = ['close-with-grace', '@godaddy/terminus', 'lightship', 'http-terminator', 'stoppable', 'fastify-graceful-shutdown', '@hono/node-server/graceful-shutdown'];
const SHUTDOWN_SIGNALS = new Set(['SIGTERM', 'SIGINT']);
const NODE_SERVE = new Set(['@hono/node-server.serve', 'http.createServer', 'node:http.createServer', 'https.createServer', 'node:https.createServer']);

export default defineRule({
  id: 'no-graceful-shutdown',
  category: 'reliability',
  severity: 'medium',
  confidence: 'high',
  seeds: ['004'],
  summary: 'Server has no graceful shutdown',
  messages: {
    noLifespan: '{{framework}} app has no lifespan or shutdown hook; on SIGTERM its clients, session services and pools are dropped instead of closed',
    noSignalHandling: '{{framework}} server listens with no SIGTERM handling; every deploy or scale-down cuts in-flight requests and agent runs mid-response',
    deprecatedOnEvent: '{{call}} is deprecated in FastAPI and Starlette; move startup and shutdown code into a lifespan context manager',
  },
  fixHint: 'Python: pass lifespan= an async context manager that closes clients and session services after `yield`. Node: on SIGTERM stop accepting connections, finish in-flight requests with a deadline, close resources (close-with-grace, @godaddy/terminus, lightship, http-terminator).',
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        if (file.hasKeywordArgument(node, 'lifespan') || file.hasKeywordArgument(node, 'lifespan_context')) ctx.fact('shutdown-hook', 'lifespan');
        const callee = file.calleeName(node) ?? '';
        if (PY_SIGNAL_SETTERS.has(callee) || file.calleeMember(node) === 'add_signal_handler') ctx.fact('shutdown-hook', callee);
        // Starlette(on_shutdown=[...]) and app.add_event_handler("shutdown", ...) still run, but are deprecated.
        const onShutdown = file.keywordArgument(node, 'on_shutdown');
        if (onShutdown) {
          ctx.fact('shutdown-hook', 'on_shutdown');
          ctx.report({ node: onShutdown.parent ?? onShutdown, messageId: 'deprecatedOnEvent', data: { call: 'on_shutdown=' } });
        }
        const member = file.calleeMember(node);
        if (member === 'on_event' || member === 'add_event_handler') {
          const event = file.stringValue(file.positionalArguments(node)[0] ?? file.keywordArgument(node, 'event_type'));
          if (event !== 'shutdown' && event !== 'startup') return;
          if (event === 'shutdown') ctx.fact('shutdown-hook', member);
          const receiver = node.childForFieldName('function')?.childForFieldName('object')?.text ?? 'app';
          ctx.report({ node, messageId: 'deprecatedOnEvent', data: { call: `${receiver}.${member}("${event}")` } });
        }
      },
      assignment(node, ctx) {
        // app.router.lifespan_context = lifespan
        if (/\.lifespan_context$/.test(node.childForFieldName('left')?.text ?? '')) ctx.fact('shutdown-hook', 'lifespan_context');
      },
    },
  },
  typescript: {
    visitors: {
      SourceFile(_node, ctx) {
        if (TS_SHUTDOWN_MODULES.some((module) => ctx.file.importsModule(module))) ctx.fact('shutdown-hook', 'library');
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node)) return;
        const { file } = ctx;
        const callee = file.calleeName(node) ?? '';
        const member = file.calleeMember(node);
        if (member === 'listen' || NODE_SERVE.has(callee)) ctx.fact('node-server', callee);
        // process.on('SIGTERM', ...), process.once('SIGINT', ...)
        if (/^process\.(?:on|once|addListener|prependListener)$/.test(callee) && SHUTDOWN_SIGNALS.has(file.stringValue(node.arguments[0]) ?? '')) {
          ctx.fact('shutdown-hook', 'signal');
        }
      },
    },
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (project.hasFact(app, 'shutdown-hook')) continue;
      if (app.language === 'python') {
        if (apps.some((a) => a.framework === 'adk') || !apps.some((a) => PY_FRAMEWORKS_WITH_LIFESPAN.has(a.framework))) continue;
        ctx.report({ at: app, messageId: 'noLifespan', data: { framework: app.framework } });
      } else {
        if (!apps.some((a) => TS_SERVER_FRAMEWORKS.has(a.framework)) || !project.hasFact(app, 'node-server')) continue;
        ctx.report({ at: app, messageId: 'noSignalHandling', data: { framework: app.framework } });
      }
    }
  },
});
