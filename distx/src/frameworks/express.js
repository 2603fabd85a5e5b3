import { defineFramework } from './define.js';
import { tsAppConstructor, tsCallRoutes } from './define-ts.js';
const app = tsAppConstructor('express', ['express', 'express.default']);
const routes = tsCallRoutes('express');
export default defineFramework({
    id: 'express',
    language: 'typescript',
    enablers: ['express'],
    typescript: {
        CallExpression(node, ctx) {
            app(node, ctx);
            routes(node, ctx);
        },
    },
});
