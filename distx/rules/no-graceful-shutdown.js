import { defineRule, memberPrefilter, ts } from '../src/rule-kit/index.js';
// ADK's get_fast_api_app installs its own lifespan that closes runners and toolsets; Flask has no
// app-level shutdown hook (the WSGI server owns the process); Next.js runs on its platform's server.
const PY_FRAMEWORKS_WITH_LIFESPAN = new Set(['fastapi', 'starlette', 'a2a']);
const TS_SERVER_FRAMEWORKS = new Set(['express', 'fastify', 'hono', 'koa']);
const PY_SIGNAL_SETTERS = new Set(['signal.signal', 'atexit.register']);
const TS_SHUTDOWN_MODULES = ['close-with-grace', '@godaddy/terminus', 'lightship', 'http-terminator', 'stoppable', 'fastify-graceful-shutdown', '@hono/node-server/graceful-shutdown'];
const SHUTDOWN_SIGNALS = new Set(['SIGTERM', 'SIGINT']);
// Objects that hold sockets, pools or background tasks until closed (`aclose()`, `close()`, `dispose()`),
// by qualified constructor: HTTP clients, Redis and database pools, LLM SDK clients (an httpx pool each),
// ADK database session services and MCP toolsets, LangGraph database checkpointers. An ADK `Runner` over
// in-memory services holds nothing outside the process, so it is judged by the services it is given.
const PY_RESOURCES = [
    /^httpx\.(?:Async)?Client$/,
    /^aiohttp\.ClientSession$/,
    /^requests\.Session$/,
    /^redis(?:\.asyncio)?(?:\.client)?\.(?:Redis|StrictRedis|ConnectionPool|from_url|Redis\.from_url)$/,
    /^(?:aioredis|valkey(?:\.asyncio)?)\.(?:Redis|from_url)$/,
    /^sqlalchemy(?:\.ext\.asyncio)?\.(?:create_engine|create_async_engine)$/,
    /^(?:motor\.motor_asyncio\.AsyncIOMotorClient|pymongo\.(?:Async)?MongoClient)$/,
    /^psycopg_pool\.(?:Async)?ConnectionPool$/,
    /^databases\.Database$/,
    /^openai\.(?:Async)?(?:Azure)?OpenAI$/,
    /^anthropic\.(?:Async)?Anthropic(?:Vertex|Bedrock)?$/,
    /^google\.genai\.Client$/,
    /^google\.adk\.sessions(?:\.database_session_service)?\.DatabaseSessionService$/,
    /^google\.adk\.tools\.mcp_tool(?:\.mcp_toolset)?\.(?:MCPToolset|McpToolset)$/,
    /^langgraph\.checkpoint\.(?:postgres|redis)(?:\.aio)?\.(?:Async)?(?:PostgresSaver|RedisSaver)(?:\.from_conn_string)?$/,
];
const NODE_SERVE = new Set(['@hono/node-server.serve', 'http.createServer', 'node:http.createServer', 'https.createServer', 'node:https.createServer']);
const SIGNAL_LISTENERS = new Set(['process.on', 'process.once', 'process.addListener', 'process.prependListener']);
const APP_RUNNERS = /^(?:uvicorn\.run|hypercorn\.asyncio\.serve|a2a\.server\.apps\.\w+|fastapi\.FastAPI|starlette\.applications\.Starlette)$/;
/**
 * Bound for the app's lifetime: at module level, on `app.state`, on an A2A executor in its
 * `__init__` (one executor serves every request), or in the `main()`/factory that builds or
 * serves the app (`httpx_client = httpx.AsyncClient()` handed to the A2A push notifier).
 */
function livesWithApp(assignment, left, file) {
    const fn = file.enclosingFunction(assignment);
    if (!fn)
        return true;
    const target = left?.text ?? '';
    if (/(?:^|\.)app\.state\.\w+$/.test(target))
        return true;
    const owner = file.enclosingClass(fn);
    if (owner && target.startsWith('self.') && fn.childForFieldName('name')?.text === '__init__')
        return file.baseClasses(owner).some((base) => /(?:^|\.)AgentExecutor$/.test(base));
    if (owner || left?.type !== 'identifier')
        return false;
    return file.descendants(fn, CALL_TYPES, true).some((call) => APP_RUNNERS.test(file.calleeName(call) ?? ''));
}
const CALL_TYPES = new Set(['call']);
export default defineRule({
    id: 'no-graceful-shutdown',
    category: 'reliability',
    severity: 'medium',
    confidence: 'high',
    seeds: ['004'],
    summary: 'Server has no graceful shutdown',
    messages: {
        noLifespan: '{{framework}} app holds {{resource}} (line {{line}} of {{file}}) but has no lifespan or shutdown hook; on SIGTERM its connections and pools are dropped instead of closed',
        noSignalHandling: '{{framework}} server listens with no SIGTERM handling; every deploy or scale-down cuts in-flight requests and agent runs mid-response',
        deprecatedOnEvent: '{{call}} is deprecated in FastAPI and Starlette; move startup and shutdown code into a lifespan context manager',
    },
    fixHint: 'Python: pass lifespan= an async context manager that closes clients and session services after `yield`. Node: on SIGTERM stop accepting connections, finish in-flight requests with a deadline, close resources (close-with-grace, @godaddy/terminus, lightship, http-terminator).',
    python: {
        visitors: {
            call(node, ctx) {
                const { file } = ctx;
                if (file.hasKeywordArgument(node, 'lifespan') || file.hasKeywordArgument(node, 'lifespan_context'))
                    ctx.fact('shutdown-hook', 'lifespan');
                const callee = file.calleeName(node) ?? '';
                if (PY_SIGNAL_SETTERS.has(callee) || file.calleeMember(node) === 'add_signal_handler')
                    ctx.fact('shutdown-hook', callee);
                // Starlette(on_shutdown=[...]) and app.add_event_handler("shutdown", ...) still run, but are deprecated.
                const onShutdown = file.keywordArgument(node, 'on_shutdown');
                if (onShutdown) {
                    ctx.fact('shutdown-hook', 'on_shutdown');
                    ctx.report({ node: onShutdown.parent ?? onShutdown, messageId: 'deprecatedOnEvent', data: { call: 'on_shutdown=' } });
                }
                const member = file.calleeMember(node);
                if (member === 'on_event' || member === 'add_event_handler') {
                    const event = file.stringValue(file.positionalArguments(node)[0] ?? file.keywordArgument(node, 'event_type'));
                    if (event !== 'shutdown' && event !== 'startup')
                        return;
                    if (event === 'shutdown')
                        ctx.fact('shutdown-hook', member);
                    const receiver = node.childForFieldName('function')?.childForFieldName('object')?.text ?? 'app';
                    ctx.report({ node, messageId: 'deprecatedOnEvent', data: { call: `${receiver}.${member}("${event}")` } });
                }
            },
            assignment(node, ctx) {
                const left = node.childForFieldName('left');
                // app.router.lifespan_context = lifespan
                if (/\.lifespan_context$/.test(left?.text ?? ''))
                    ctx.fact('shutdown-hook', 'lifespan_context');
                // A resource lives as long as the app when bound at module level or on `app.state` (in an app factory).
                const value = node.childForFieldName('right');
                const call = value?.type === 'await' ? value.namedChild(0) : value;
                if (call?.type !== 'call')
                    return;
                const longLived = livesWithApp(node, left, ctx.file);
                const callee = ctx.file.calleeName(call) ?? '';
                if (longLived && PY_RESOURCES.some((pattern) => pattern.test(callee)))
                    ctx.fact('long-lived-resource', `${left?.text ?? ''} = ${callee.split('.').at(-1)}(...)`, ctx.anchor(node));
            },
        },
    },
    typescript: {
        prefilter: memberPrefilter([...NODE_SERVE, ...SIGNAL_LISTENERS], { names: ['listen'], modules: TS_SHUTDOWN_MODULES }),
        visitors: {
            SourceFile(_node, ctx) {
                if (TS_SHUTDOWN_MODULES.some((module) => ctx.file.importsModule(module)))
                    ctx.fact('shutdown-hook', 'library');
            },
            CallExpression(node, ctx) {
                if (!ts.isCallExpression(node))
                    return;
                const { file } = ctx;
                const callee = file.calleeName(node) ?? '';
                const member = file.calleeMember(node);
                if (member === 'listen' || NODE_SERVE.has(callee))
                    ctx.fact('node-server', callee);
                // process.on('SIGTERM', ...), process.once('SIGINT', ...)
                if (SIGNAL_LISTENERS.has(callee) && SHUTDOWN_SIGNALS.has(file.stringValue(node.arguments[0]) ?? '')) {
                    ctx.fact('shutdown-hook', 'signal');
                }
            },
        },
    },
    finish(project, ctx) {
        for (const apps of project.appsByUnit()) {
            const app = apps[0];
            if (project.hasFact(app, 'shutdown-hook'))
                continue;
            if (app.language === 'python') {
                if (apps.some((a) => a.framework === 'adk') || !apps.some((a) => PY_FRAMEWORKS_WITH_LIFESPAN.has(a.framework)))
                    continue;
                // Nothing to release, nothing lost: the catalog asks for a hook that releases resources.
                const resource = project.factsOf(app, 'long-lived-resource')[0];
                if (!resource)
                    continue;
                ctx.report({ at: app, messageId: 'noLifespan', data: { framework: app.framework, resource: resource.value ?? 'a client', line: String(resource.location?.line ?? 1), file: resource.file } });
            }
            else {
                if (!apps.some((a) => TS_SERVER_FRAMEWORKS.has(a.framework)) || !project.hasFact(app, 'node-server'))
                    continue;
                ctx.report({ at: app, messageId: 'noSignalHandling', data: { framework: app.framework } });
            }
        }
    },
});
