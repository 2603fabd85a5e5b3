import { defineRule, pySemantics, ts, tsSemantics } from '../src/rule-kit/index.js';
const FASTAPI_CONSTRUCTORS = new Set(['fastapi.FastAPI', 'fastapi.applications.FastAPI']);
// FastAPI serves these unless the setting is None: https://fastapi.tiangolo.com/tutorial/metadata/#docs-urls
const FASTAPI_DOCS = [
    { setting: 'docs_url', path: '/docs' },
    { setting: 'redoc_url', path: '/redoc' },
];
// Flask extensions that serve Swagger UI by default: flask-restx/flask-restplus `Api(doc='/')`, flasgger `Swagger(app)`.
// The keyword argument that turns each one's UI off ('' when there is none).
const FLASK_DOC_EXTENSIONS = new Map([
    ['flask_restx.Api', 'doc'],
    ['flask_restplus.Api', 'doc'],
    ['flasgger.Swagger', ''],
]);
// Node packages that serve interactive docs wherever they are mounted.
const TS_DOC_UI = /^(?:swagger-ui-express(?:\.(?:setup|serve|serveFiles))?|@fastify\/swagger-ui|@hono\/swagger-ui\.swaggerUI|@scalar\/(?:express|hono|fastify|nextjs)-api-reference(?:\.apiReference|\.ApiReference)?|redoc-express|express-openapi-ui)$/;
export default defineRule({
    id: 'api-docs-exposed',
    category: 'security',
    severity: 'info',
    confidence: 'high',
    seeds: ['004'],
    summary: 'Interactive API docs are served unconditionally',
    messages: {
        fastapi: 'FastAPI app serves interactive docs ({{paths}}) in every environment; they map every endpoint and schema for anyone who finds them',
        extension: '{{name}} serves Swagger UI in every environment; it maps every endpoint and schema for anyone who finds it',
    },
    fixHint: 'Turn the docs off outside development: `FastAPI(docs_url=None, redoc_url=None, openapi_url=None)` from a setting, or mount the docs UI only when an env flag says so (or behind auth).',
    python: {
        visitors: {
            call(node, ctx) {
                const { file } = ctx;
                const callee = file.calleeName(node) ?? '';
                // The callee test first: the guards below walk arguments and ancestors, and almost no call is a docs constructor.
                if (!FASTAPI_CONSTRUCTORS.has(callee) && !FLASK_DOC_EXTENSIONS.has(callee))
                    return;
                if (file.hasSplatKeywords(node) || pySemantics.isEnvironmentGuarded(node))
                    return;
                if (FASTAPI_CONSTRUCTORS.has(callee)) {
                    // `openapi_url=None` turns every docs page off; a non-literal value is set per environment.
                    const openapi = file.keywordArgument(node, 'openapi_url');
                    if (openapi && typeof file.literal(openapi) !== 'string')
                        return;
                    const paths = [];
                    for (const { setting, path } of FASTAPI_DOCS) {
                        const value = file.keywordArgument(node, setting);
                        if (!value)
                            paths.push(path);
                        else if (typeof file.literal(value) === 'string')
                            paths.push(file.stringValue(value));
                        else if (file.literal(value) !== null)
                            return;
                    }
                    if (paths.length === 0)
                        return;
                    ctx.report({ node, messageId: 'fastapi', data: { paths: paths.join(', ') } });
                    return;
                }
                if (FLASK_DOC_EXTENSIONS.has(callee)) {
                    const setting = FLASK_DOC_EXTENSIONS.get(callee);
                    const value = setting ? file.keywordArgument(node, setting) : undefined;
                    // `Api(app, doc=False)` turns Swagger UI off; a non-literal value is set per environment.
                    if (value && typeof file.literal(value) !== 'string')
                        return;
                    ctx.report({ node, messageId: 'extension', data: { name: callee.split('.')[0] } });
                }
            },
        },
    },
    typescript: {
        // A docs UI is found by its resolved name, which starts with its module (no identifier spells `swagger-ui-express`):
        // the file imports it, or `require`s it inline. The modules are the roots of TS_DOC_UI.
        prefilter: { modules: ['swagger-ui-express', '@fastify/swagger-ui', '@hono/swagger-ui', '@scalar', 'redoc-express', 'express-openapi-ui'], names: ['require'] },
        visitors: {
            CallExpression(node, ctx) {
                if (!ts.isCallExpression(node))
                    return;
                const member = ctx.file.calleeMember(node);
                if (member !== 'use' && member !== 'register' && member !== 'get')
                    return;
                const ui = node.arguments.find((arg) => isDocsUi(arg, ctx.file));
                if (!ui || tsSemantics.isEnvironmentGuarded(node, ctx.file))
                    return;
                ctx.report({ node, messageId: 'extension', data: { name: (ctx.file.qualifiedName(ts.isCallExpression(ui) ? ui.expression : ui) ?? 'docs UI').split('.')[0] } });
            },
        },
    },
});
/** `swaggerUi.serve`, `swaggerUi.setup(spec)`, `fastifySwaggerUi`, `swaggerUI({ url })`, `apiReference({…})`. */
function isDocsUi(arg, file) {
    const target = ts.isCallExpression(arg) ? arg.expression : arg;
    const name = file.qualifiedName(target);
    return !!name && TS_DOC_UI.test(name);
}
