import { defineFramework, pythonAppConstructor, pythonDecoratorRoutes } from './define.js';
// https://fastapi.tiangolo.com/reference/apirouter/ — routes may also be added imperatively.
export default defineFramework({
    id: 'fastapi',
    language: 'python',
    enablers: ['fastapi'],
    python: {
        call(node, ctx) {
            pythonAppConstructor('fastapi', ['fastapi.FastAPI', 'fastapi.applications.FastAPI'])(node, ctx);
            if (ctx.file.calleeMember(node) === 'add_api_route') {
                const path = ctx.file.stringValue(ctx.file.positionalArguments(node)[0] ?? ctx.file.keywordArgument(node, 'path'));
                const methods = ctx.file.literal(ctx.file.keywordArgument(node, 'methods'));
                const list = Array.isArray(methods) ? methods.filter((m) => typeof m === 'string') : ['GET'];
                for (const method of list)
                    ctx.addRoute('fastapi', node, method.toUpperCase(), path ?? null);
            }
        },
        function_definition: pythonDecoratorRoutes('fastapi'),
    },
});
