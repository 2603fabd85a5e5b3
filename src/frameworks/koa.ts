import { defineFramework } from './define.js';
import { ROUTE_CALL_MEMBERS } from '../languages/typescript/file.js';
import { calleesNamed } from '../languages/typescript/prefilters.js';
import { tsAppConstructor, tsCallRoutes } from './define-ts.js';

export default defineFramework({
  id: 'koa',
  language: 'typescript',
  enablers: ['koa', '@koa/router', 'koa-router'],
  typescriptCallees: calleesNamed(ROUTE_CALL_MEMBERS),
  typescript: {
    NewExpression: tsAppConstructor('koa', ['new koa']),
    CallExpression: tsCallRoutes('koa'),
  },
});
