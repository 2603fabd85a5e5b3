import { defineFramework } from './define.js';
import { FASTIFY_CONSTRUCTORS } from '../languages/typescript/semantics.js';
import { ROUTE_CALL_MEMBERS } from '../languages/typescript/file.js';
import { calleesNamed, lastNames } from '../languages/typescript/prefilters.js';
import { tsAppConstructor, tsCallRoutes } from './define-ts.js';

const app = tsAppConstructor('fastify', FASTIFY_CONSTRUCTORS);
const routes = tsCallRoutes('fastify');

// Plugin files often import only types from 'fastify'; that import still enables route detection.
export default defineFramework({
  id: 'fastify',
  language: 'typescript',
  enablers: ['fastify'],
  typescriptCallees: calleesNamed(lastNames(FASTIFY_CONSTRUCTORS), ROUTE_CALL_MEMBERS),
  typescript: {
    CallExpression(node, ctx) {
      app(node, ctx);
      routes(node, ctx);
    },
  },
});
