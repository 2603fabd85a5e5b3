import { assignedName, defineFramework } from './define.js';
// google.adk.cli.fast_api.get_fast_api_app returns a FastAPI app serving the agent
// (POST /run, /run_sse, session routes) with no auth and no health route of its own.
const FACTORIES = new Set(['google.adk.cli.fast_api.get_fast_api_app']);
export default defineFramework({
    id: 'adk',
    language: 'python',
    enablers: ['google.adk'],
    python: {
        call(node, ctx) {
            const callee = ctx.file.calleeName(node);
            if (!callee || !FACTORIES.has(callee))
                return;
            ctx.addApp('adk', node, assignedName(node));
            ctx.addRoute('adk', node, 'POST', '/run');
            ctx.addRoute('adk', node, 'POST', '/run_sse');
        },
    },
});
