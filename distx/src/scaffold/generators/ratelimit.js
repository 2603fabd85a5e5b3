import { z } from 'zod';
import { moduleAndWiring } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { dependencyPatch } from '../dependencies.js';
import { requireApp } from '../project.js';
const WIRING = {
    fastapi: { wiring: (app) => ({ python: { names: ['install_rate_limit'], statements: [`install_rate_limit(${app})`] } }), dependencies: [{ name: 'slowapi', range: '>=0.1.9' }] },
    starlette: { wiring: (app) => ({ python: { names: ['install_rate_limit'], statements: [`install_rate_limit(${app})`] } }), dependencies: [{ name: 'slowapi', range: '>=0.1.9' }] },
    flask: { wiring: (app) => ({ python: { names: ['install_rate_limit'], statements: [`install_rate_limit(${app})`] } }), dependencies: [{ name: 'Flask-Limiter', range: '>=3.8' }] },
    express: { wiring: (app) => ({ typescript: { names: ['rateLimiter'], statements: [`${app}.use(rateLimiter);`] } }), dependencies: [{ name: 'express-rate-limit', range: '^8.0.0' }] },
    fastify: {
        wiring: (app) => ({ typescript: { names: ['rateLimitOptions'], statements: [`${app}.register(rateLimit, rateLimitOptions);`], extraImports: [{ module: '@fastify/rate-limit', default: 'rateLimit' }] } }),
        dependencies: [{ name: '@fastify/rate-limit', range: '^10.0.0' }],
    },
    hono: { wiring: (app) => ({ typescript: { names: ['rateLimit'], statements: [`${app}.use(rateLimit);`] } }), dependencies: [{ name: 'hono-rate-limiter', range: '^0.4.2' }] },
};
const FRAMEWORKS = Object.keys(WIRING);
export default defineGenerator({
    id: 'ratelimit',
    summary: 'per-client rate limit on every route (slowapi, Flask-Limiter, express-rate-limit, @fastify/rate-limit, hono-rate-limiter), standard RateLimit headers, shared store when configured',
    repairs: ['missing-rate-limit'],
    frameworks: FRAMEWORKS,
    answers: z.object({
        perMinute: z.number().int().min(1).max(100_000).default(60),
    }),
    async plan(answers, project) {
        const target = requireApp(project, { id: 'ratelimit', frameworks: FRAMEWORKS });
        const { wiring, dependencies } = WIRING[target.framework];
        const context = { perMinute: answers.perMinute, nodeServer: project.dependencies.has('@hono/node-server') };
        const actions = await moduleAndWiring(project, target, 'ratelimit', 'ratelimit', context, wiring(target.app.name));
        const patch = dependencyPatch(project, dependencies);
        if (patch)
            actions.push(patch);
        return actions;
    },
});
