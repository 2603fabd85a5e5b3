import { calleePrefilter, calleesNamed, defineRule, pySemantics, ts, tsSemantics, type PyNode, type PythonRuleContext, type TS } from '../src/rule-kit/index.js';

// Constructors and runners whose `debug=`/`reload=` switch turns on tracebacks in responses, the
// Werkzeug debugger (remote code execution) or a file-watching reloader.
const PY_SWITCHES = new Map<string, string[]>([
  ['fastapi.FastAPI', ['debug']],
  ['fastapi.applications.FastAPI', ['debug']],
  ['starlette.applications.Starlette', ['debug']],
  ['uvicorn.run', ['reload', 'debug']],
  ['quart.Quart.run', ['debug']],
]);
const ENV_READERS = new Set(['os.getenv', 'os.environ.get', 'environ.get', 'getenv']);
const ON_VALUES = new Set(['1', 'true', 'yes', 'on', 't', 'y']);

/** The switch of a call this rule knows: `FastAPI(debug=…)`, `uvicorn.run(reload=…)`, Flask `app.run(debug=…)`. */
function switchesOf(call: PyNode, ctx: PythonRuleContext): string[] {
  const callee = ctx.file.calleeName(call) ?? '';
  const switches = PY_SWITCHES.get(callee);
  if (switches) return switches;
  // Flask/Quart: `app.run(debug=True)` on an app object of a file that imports the framework.
  if (ctx.file.calleeMember(call) === 'run' && callee !== 'asyncio.run' && (ctx.file.importsModule('flask') || ctx.file.importsModule('quart'))) return ['debug', 'use_debugger', 'use_reloader'];
  return [];
}

/** `os.getenv("DEBUG", "true")` somewhere in the value: on unless the deploy remembers to turn it off. */
function envDefaultOn(value: PyNode, ctx: PythonRuleContext): boolean {
  const calls = value.type === 'call' ? [value, ...ctx.file.descendants(value, new Set(['call']))] : ctx.file.descendants(value, new Set(['call']));
  return calls.some((call) => {
    if (!ENV_READERS.has(ctx.file.calleeName(call) ?? '')) return false;
    const fallback = ctx.file.literal(ctx.file.positionalArguments(call)[1] ?? ctx.file.keywordArgument(call, 'default'));
    return fallback === true || (typeof fallback === 'string' && ON_VALUES.has(fallback.toLowerCase()));
  });
}

function checkPythonValue(value: PyNode | undefined, setting: string, at: PyNode, ctx: PythonRuleContext): void {
  if (!value || pySemantics.isEnvironmentGuarded(at)) return;
  // Point at `debug=True` itself when it is a keyword argument.
  if (value.parent?.type === 'keyword_argument') at = value.parent;
  if (ctx.file.literal(value) === true) ctx.report({ node: at, messageId: 'literal', data: { setting } });
  else if (envDefaultOn(value, ctx)) ctx.report({ node: at, messageId: 'envDefault', confidence: 'medium', data: { setting } });
}

function isPyAppObject(node: PyNode | null | undefined): boolean {
  return !!node && /(?:^|\.)(?:app|application|server|api)$/i.test(node.text);
}

export default defineRule({
  id: 'debug-enabled',
  category: 'security',
  severity: 'medium',
  confidence: 'high',
  seeds: ['004'],
  summary: 'Debug mode or auto-reload is on outside a dev-only guard',
  messages: {
    literal: '{{setting}} is switched on unconditionally; production responses show tracebacks (or run the Werkzeug debugger) and the server watches files',
    envDefault: '{{setting}} comes from the environment but defaults to on; a deploy that forgets the variable runs in debug mode',
    nodeDevelopment: '{{setting}} forces development mode; Express then sends stack traces to clients and skips production optimisations',
    devErrorHandler: 'errorhandler() is mounted unconditionally; it sends full stack traces to clients and is meant for development only',
  },
  fixHint: 'Read debug/reload from settings that default to off, and enable them only in a development environment (or use the framework\'s dev command, such as `fastapi dev`).',
  python: {
    visitors: {
      call(node, ctx) {
        const switches = switchesOf(node, ctx);
        for (const setting of switches) checkPythonValue(ctx.file.keywordArgument(node, setting), `${ctx.file.calleeMember(node) ?? 'app'}(${setting}=…)`, node, ctx);
        // app.config.update(DEBUG=True)
        if (ctx.file.calleeMember(node) === 'update' && /\.config$/.test(ctx.file.calleeName(node)?.replace(/\.update$/, '') ?? '')) {
          checkPythonValue(ctx.file.keywordArgument(node, 'DEBUG'), 'config DEBUG', node, ctx);
        }
      },
      assignment(node, ctx) {
        // app.debug = True, app.config["DEBUG"] = True
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right') ?? undefined;
        if (left?.type === 'attribute' && left.childForFieldName('attribute')?.text === 'debug' && isPyAppObject(left.childForFieldName('object'))) {
          checkPythonValue(right, `${left.text}`, node, ctx);
        } else if (left?.type === 'subscript' && /\.config$/.test(left.childForFieldName('value')?.text ?? '') && ctx.file.stringValue(left.childForFieldName('subscript')) === 'DEBUG') {
          checkPythonValue(right, 'config["DEBUG"]', node, ctx);
        }
      },
    },
  },
  typescript: {
    // Reports are at an assignment to `process.env.NODE_ENV` (compared as text, so its identifiers are written
    // out), at `x.set(…)` or `set(…)`, and at a call whose callee is `errorhandler`.
    prefilter: calleePrefilter(['errorhandler'], ['NODE_ENV', 'set']),
    callees: calleesNamed(['set', 'errorhandler']),
    visitors: {
      BinaryExpression(node, ctx) {
        // process.env.NODE_ENV = 'development'
        if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
        if (node.left.getText(ctx.file.source).replace(/\s/g, '') !== 'process.env.NODE_ENV') return;
        if (ctx.file.stringValue(node.right) === 'development' && !tsSemantics.isEnvironmentGuarded(node, ctx.file)) {
          ctx.report({ node, messageId: 'nodeDevelopment', data: { setting: 'process.env.NODE_ENV = "development"' } });
        }
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node)) return;
        const { file } = ctx;
        // app.set('env', 'development')
        if (file.calleeMember(node) === 'set' && file.stringValue(node.arguments[0]) === 'env' && file.stringValue(node.arguments[1]) === 'development') {
          if (!tsSemantics.isEnvironmentGuarded(node, file)) ctx.report({ node, messageId: 'nodeDevelopment', data: { setting: "app.set('env', 'development')" } });
          return;
        }
        if (file.calleeName(node) === 'errorhandler' && isMounted(node) && !tsSemantics.isEnvironmentGuarded(node, file)) {
          ctx.report({ node, messageId: 'devErrorHandler' });
        }
      },
    },
  },
});

/** `app.use(errorhandler())`: the call is an argument of a `use` call. */
function isMounted(call: TS.CallExpression): boolean {
  const parent = call.parent;
  return ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && parent.expression.name.text === 'use';
}
