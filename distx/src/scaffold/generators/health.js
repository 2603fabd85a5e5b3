import { z } from 'zod';
import { moduleAndWiring } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { requireApp } from '../project.js';
const WIRING = {
    fastapi: (app) => ({ python: { names: ['health_router'], statements: [`${app}.include_router(health_router)`] } }),
    flask: (app) => ({ python: { names: ['health_blueprint'], statements: [`${app}.register_blueprint(health_blueprint)`] } }),
    starlette: (app) => ({ python: { names: ['health_routes'], statements: [`${app}.router.routes.extend(health_routes)`] } }),
    express: (app) => ({ typescript: { names: ['healthRouter'], statements: [`${app}.use(healthRouter);`] } }),
    fastify: (app) => ({ typescript: { names: ['healthRoutes'], statements: [`${app}.register(healthRoutes);`] } }),
    hono: (app) => ({ typescript: { names: ['health'], statements: [`${app}.route('/', health);`] } }),
};
const FRAMEWORKS = Object.keys(WIRING);
export default defineGenerator({
    id: 'health',
    summary: 'liveness (/livez) and dependency-checking readiness (/readyz) routes, application/health+json, 503 while shutting down',
    repairs: ['missing-health-endpoint', 'missing-readiness-endpoint', 'static-health-check'],
    frameworks: FRAMEWORKS,
    answers: z.object({
        /** Per-check deadline, so a hung dependency fails readiness instead of hanging the probe. */
        checkTimeoutSeconds: z.number().positive().max(30).default(2),
    }),
    async plan(answers, project) {
        const target = requireApp(project, { id: 'health', frameworks: FRAMEWORKS });
        const context = { checkTimeoutSeconds: answers.checkTimeoutSeconds, checkTimeoutMs: Math.round(answers.checkTimeoutSeconds * 1000), redis: project.dependencies.has('redis') };
        return moduleAndWiring(project, target, 'health', 'health', context, WIRING[target.framework](target.app.name));
    },
});
