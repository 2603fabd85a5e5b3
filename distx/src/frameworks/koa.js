import { defineFramework } from './define.js';
import { tsAppConstructor, tsCallRoutes } from './define-ts.js';
export default defineFramework({
    id: 'koa',
    language: 'typescript',
    enablers: ['koa', '@koa/router', 'koa-router'],
    typescript: {
        NewExpression: tsAppConstructor('koa', ['new koa']),
        CallExpression: tsCallRoutes('koa'),
    },
});
