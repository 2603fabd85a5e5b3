import { defineFramework } from './define.js';
import { ROUTE_CALL_MEMBERS } from '../languages/typescript/file.js';
import { calleesNamed } from '../languages/typescript/prefilters.js';
import { tsAppConstructor, tsCallRoutes } from './define-ts.js';

const app = tsAppConstructor('hono', ['new hono.Hono', 'new hono/tiny.Hono', 'new @hono/zod-openapi.OpenAPIHono']);

export default defineFramework({
  id: 'hono',
  language: 'typescript',
  enablers: ['hono', '@hono/zod-openapi'],
  typescriptCallees: calleesNamed(ROUTE_CALL_MEMBERS),
  typescript: {
    NewExpression: app,
    CallExpression: tsCallRoutes('hono'),
  },
});
