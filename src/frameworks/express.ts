import { defineFramework } from './define.js';
import { calleesNamed, lastNames } from '../languages/typescript/prefilters.js';
import { ROUTE_CALL_MEMBERS } from '../languages/typescript/file.js';
import { tsAppConstructor, tsCallRoutes } from './define-ts.js';

const CONSTRUCTORS = ['express', 'express.default'];
const app = tsAppConstructor('express', CONSTRUCTORS);
const routes = tsCallRoutes('express');

export default defineFramework({
  id: 'express',
  language: 'typescript',
  enablers: ['express'],
  typescriptCallees: calleesNamed(lastNames(CONSTRUCTORS), ROUTE_CALL_MEMBERS),
  typescript: {
    CallExpression(node, ctx) {
      app(node, ctx);
      routes(node, ctx);
    },
  },
});
