import { z } from 'zod';
import { moduleAndWiring } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { dependencyPatch } from '../dependencies.js';
import { requireApp } from '../project.js';
const PROMETHEUS_CLIENT = [{ name: 'prometheus-client', range: '>=0.21' }];
const PROM_CLIENT = [{ name: 'prom-client', range: '^15.1.0' }];
const PYTHON_WIRING = (app) => ({ python: { names: ['install_metrics'], statements: [`install_metrics(${app})`] } });
const WIRING = {
    fastapi: { wiring: PYTHON_WIRING, dependencies: PROMETHEUS_CLIENT },
    starlette: { wiring: PYTHON_WIRING, dependencies: PROMETHEUS_CLIENT },
    flask: { wiring: PYTHON_WIRING, dependencies: PROMETHEUS_CLIENT },
    express: { wiring: (app) => ({ typescript: { names: ['metricsMiddleware', 'metricsRouter'], statements: [`${app}.use(metricsMiddleware);`, `${app}.use(metricsRouter);`] } }), dependencies: PROM_CLIENT },
    fastify: { wiring: (app) => ({ typescript: { names: ['installMetrics'], statements: [`installMetrics(${app});`] } }), dependencies: PROM_CLIENT },
    hono: { wiring: (app) => ({ typescript: { names: ['metricsMiddleware', 'metrics'], statements: [`${app}.use(metricsMiddleware);`, `${app}.route('/', metrics);`] } }), dependencies: PROM_CLIENT },
};
const FRAMEWORKS = Object.keys(WIRING);
export default defineGenerator({
    id: 'metrics',
    summary: 'Prometheus /metrics (prometheus-client, prom-client): request count and latency histogram by method, route template and status, process metrics',
    repairs: ['missing-metrics'],
    frameworks: FRAMEWORKS,
    answers: z.object({}),
    async plan(_answers, project) {
        const target = requireApp(project, { id: 'metrics', frameworks: FRAMEWORKS });
        const { wiring, dependencies } = WIRING[target.framework];
        const actions = await moduleAndWiring(project, target, 'metrics', 'metrics', {}, wiring(target.app.name));
        const patch = dependencyPatch(project, dependencies);
        if (patch)
            actions.push(patch);
        return actions;
    },
});
