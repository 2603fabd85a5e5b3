import { calleesNamed, defineRule, isNonServerPath, pySemantics, ts, tsSemantics } from '../src/rule-kit/index.js';

export default defineRule({
  id: 'print-logging',
  category: 'observability',
  severity: 'low',
  confidence: 'medium',
  seeds: ['002'],
  summary: 'print() or console.log used for logging in server code',
  messages: {
    print: '`{{call}}` in server code writes unstructured text with no level, timestamp or request context; log through a logger',
  },
  fixHint: 'Use a logger (logging.getLogger(__name__), structlog, pino, winston) configured once at startup, ideally with JSON output.',
  python: {
    visitors: {
      call(node, ctx) {
        if (!pySemantics.isPrintCall(node, ctx.file) || isNonServerPath(ctx.path)) return;
        if (pySemantics.runsAsScript(node, ctx.file) || pySemantics.isCommandLineScript(ctx.file)) return;
        ctx.fact('print-call', `${ctx.file.calleeName(node)}()`, ctx.anchor(node));
      },
    },
  },
  typescript: {
    // The one fact is a print call.
    prefilter: tsSemantics.PRINT_CALL_PREFILTER,
    callees: calleesNamed(tsSemantics.PRINT_CALL_NAMES),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node) || !tsSemantics.isPrintCall(node, ctx.file) || isNonServerPath(ctx.path)) return;
        if (tsSemantics.isCommandLineScript(ctx.file)) return;
        ctx.fact('print-call', `${ctx.file.calleeName(node)}()`, ctx.anchor(node));
      },
    },
  },
  // "Server code" is code in a service that runs an HTTP app: decided once every file was seen.
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      for (const fact of project.factsOf(apps[0], 'print-call')) {
        if (fact.location && fact.snippet !== undefined) ctx.report({ at: { location: fact.location, snippet: fact.snippet }, messageId: 'print', data: { call: fact.value ?? 'print()' } });
      }
    }
  },
});
