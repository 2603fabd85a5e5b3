import { calleePrefilter, defineRule, isNonServerPath, ts } from '../src/rule-kit/index.js';
// Server starters whose host/port/log level are keyword arguments.
const PYTHON_STARTERS = new Set(['uvicorn.run', 'aiohttp.web.run_app', 'waitress.serve', 'hypercorn.run', 'granian.Granian']);
// `app.run(host, port)` on Flask/Quart/Sanic apps and `socketio.run(app, port=…)`.
const APP_RUN_MODULES = ['flask', 'quart', 'sanic', 'flask_socketio'];
const TS_STARTERS = new Set(['@hono/node-server.serve', 'Bun.serve', 'Deno.serve']);
// Binding every interface is what a container needs; there is nothing to configure.
const BIND_ALL = new Set(['0.0.0.0', '::', '[::]', '']);
function describe(setting, value) {
    if (value === undefined || value === null)
        return undefined;
    if (setting === 'host' && typeof value === 'string' && BIND_ALL.has(value))
        return undefined;
    return `${setting} ${JSON.stringify(value)}`;
}
function reportLiterals(found, report) {
    const settings = found.filter((item) => !!item);
    if (settings.length > 0)
        report(settings.join(', '));
}
function checkPython(node, ctx) {
    const { file } = ctx;
    const callee = file.calleeName(node) ?? '';
    const isStarter = PYTHON_STARTERS.has(callee);
    const isAppRun = !isStarter && file.calleeMember(node) === 'run' && node.childForFieldName('function')?.type === 'attribute' && APP_RUN_MODULES.some((module) => file.importsModule(module));
    if (!isStarter && !isAppRun)
        return;
    const positional = file.positionalArguments(node);
    // Flask's app.run(host, port); socketio.run(app, host, port); uvicorn.run(app, host=…) has only keywords after the app.
    const offset = callee.endsWith('socketio.run') || isStarter ? 1 : 0;
    const host = file.keywordArgument(node, 'host') ?? (isAppRun ? positional[offset] : undefined);
    const port = file.keywordArgument(node, 'port') ?? (isAppRun ? positional[offset + 1] : undefined);
    const level = file.keywordArgument(node, 'log_level');
    reportLiterals([describe('host', file.literal(host)), describe('port', file.literal(port)), describe('log_level', file.literal(level))], (settings) => ctx.report({ node, messageId: 'literal', data: { settings, call: `${file.calleeName(node) ?? 'run'}()` } }));
}
function checkTypeScript(node, ctx) {
    const { file } = ctx;
    const callee = file.calleeName(node) ?? '';
    let port;
    let host;
    if (file.calleeMember(node) === 'listen' && ts.isPropertyAccessExpression(node.expression)) {
        const first = node.arguments[0];
        // Fastify: listen({ port, host }); Express/Koa/http: listen(port, host?, cb?)
        if (first && ts.isObjectLiteralExpression(file.unwrap(first) ?? first)) {
            port = file.literal(file.property(first, 'port'));
            host = file.literal(file.property(first, 'host'));
        }
        else {
            port = file.literal(first);
            host = typeof file.literal(node.arguments[1]) === 'string' ? file.literal(node.arguments[1]) : undefined;
        }
        if (typeof port !== 'number' && !(typeof port === 'string' && /^\d+$/.test(port)))
            port = undefined;
    }
    else if (TS_STARTERS.has(callee)) {
        port = file.literal(file.property(node.arguments[0], 'port'));
        host = file.literal(file.property(node.arguments[0], 'hostname'));
    }
    else {
        return;
    }
    reportLiterals([describe('host', host), describe('port', port)], (settings) => ctx.report({ node, messageId: 'literal', data: { settings, call: `${callee || 'listen'}()` } }));
}
export default defineRule({
    id: 'hardcoded-bind-config',
    category: 'operations',
    severity: 'low',
    confidence: 'medium',
    seeds: ['000'],
    summary: 'Server host, port or log level hardcoded in the entry point',
    messages: {
        literal: '{{call}} uses {{settings}} from literals; platforms set PORT (Cloud Run, Heroku, Render) and operators need to change these without a code change',
    },
    fixHint: 'Read them from the environment or a settings object: `port=int(os.environ.get("PORT", "8080"))`, `app.listen(Number(process.env.PORT ?? 3000))`.',
    python: {
        visitors: {
            call(node, ctx) {
                if (!isNonServerPath(ctx.path))
                    checkPython(node, ctx);
            },
        },
    },
    typescript: {
        // Reports are at `x.listen(…)` (the member is an identifier of the file) or at a call of one of TS_STARTERS.
        prefilter: calleePrefilter(TS_STARTERS, ['listen']),
        visitors: {
            CallExpression(node, ctx) {
                if (ts.isCallExpression(node) && !isNonServerPath(ctx.path))
                    checkTypeScript(node, ctx);
            },
        },
    },
});
