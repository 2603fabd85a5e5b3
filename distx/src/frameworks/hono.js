import { defineFramework } from './define.js';
import { tsAppConstructor, tsCallRoutes } from './define-ts.js';
const app = tsAppConstructor('hono', ['new hono.Hono', 'new hono/tiny.Hono', 'new @hono/zod-openapi.OpenAPIHono']);
export default defineFramework({
    id: 'hono',
    language: 'typescript',
    enablers: ['hono', '@hono/zod-openapi'],
    typescript: {
        NewExpression: app,
        CallExpression: tsCallRoutes('hono'),
    },
});
