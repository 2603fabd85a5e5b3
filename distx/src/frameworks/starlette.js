import { defineFramework, pythonAppConstructor } from './define.js';
const ROUTE_CLASSES = new Set(['starlette.routing.Route', 'starlette.routing.WebSocketRoute']);
export default defineFramework({
    id: 'starlette',
    language: 'python',
    enablers: ['starlette'],
    python: {
        call(node, ctx) {
            pythonAppConstructor('starlette', ['starlette.applications.Starlette'])(node, ctx);
            const callee = ctx.file.calleeName(node);
            if (callee && ROUTE_CLASSES.has(callee)) {
                const path = ctx.file.stringValue(ctx.file.positionalArguments(node)[0] ?? ctx.file.keywordArgument(node, 'path'));
                const methods = ctx.file.literal(ctx.file.keywordArgument(node, 'methods'));
                const list = Array.isArray(methods) ? methods.filter((m) => typeof m === 'string') : ['GET'];
                for (const method of list)
                    ctx.addRoute('starlette', node, method.toUpperCase(), path ?? null);
            }
            else if (ctx.file.calleeMember(node) === 'add_route' && ctx.file.importsModule('starlette')) {
                const path = ctx.file.stringValue(ctx.file.positionalArguments(node)[0]);
                ctx.addRoute('starlette', node, 'GET', path ?? null);
            }
        },
    },
});
