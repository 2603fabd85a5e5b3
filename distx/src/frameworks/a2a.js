import { assignedName, defineFramework } from './define.js';
// The A2A SDK builds a Starlette/FastAPI app that serves JSON-RPC on POST `rpc_url`
// (default "/") and the agent card on GET /.well-known/agent(-card).json.
const APPLICATIONS = /^a2a\.server\.apps(?:\.[\w.]+)?\.(A2AStarletteApplication|A2AFastAPIApplication|A2ARESTFastAPIApplication)$/;
export default defineFramework({
    id: 'a2a',
    language: 'python',
    enablers: ['a2a'],
    python: {
        call(node, ctx) {
            const callee = ctx.file.calleeName(node);
            if (!callee || !APPLICATIONS.test(callee))
                return;
            ctx.addApp('a2a', node, assignedName(node));
            ctx.addRoute('a2a', node, 'POST', '/');
            ctx.addRoute('a2a', node, 'GET', '/.well-known/agent-card.json');
        },
    },
});
