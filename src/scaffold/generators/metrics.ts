import { z } from 'zod';
import type { FrameworkId } from '../../engine/project-model.js';
import { moduleAndWiring, type Wiring } from '../attach.js';
import { defineGenerator, type FileAction } from '../define-generator.js';
import { dependencyPatch, type Dependency } from '../dependencies.js';
import { requireApp } from '../project.js';

const PROMETHEUS_CLIENT: Dependency[] = [{ name: 'prometheus-client', range: '>=0.21' }];
const PROM_CLIENT: Dependency[] = [{ name: 'prom-client', range: '^15.1.0' }];
const PYTHON_WIRING = (app: string): Wiring => ({ python: { names: ['install_metrics'], statements: [`install_metrics(${app})`] } });

const WIRING: Record<string, { wiring: (app: string) => Wiring; dependencies: Dependency[] }> = {
  fastapi: { wiring: PYTHON_WIRING, dependencies: PROMETHEUS_CLIENT },
  starlette: { wiring: PYTHON_WIRING, dependencies: PROMETHEUS_CLIENT },
  flask: { wiring: PYTHON_WIRING, dependencies: PROMETHEUS_CLIENT },
  express: { wiring: (app) => ({ typescript: { names: ['metricsMiddleware', 'metricsRouter'], statements: [`${app}.use(metricsMiddleware);`, `${app}.use(metricsRouter);`] } }), dependencies: PROM_CLIENT },
  fastify: { wiring: (app) => ({ typescript: { names: ['installMetrics'], statements: [`installMetrics(${app});`] } }), dependencies: PROM_CLIENT },
  hono: { wiring: (app) => ({ typescript: { names: ['metricsMiddleware', 'metrics'], statements: [`${app}.use(metricsMiddleware);`, `${app}.route('/', metrics);`] } }), dependencies: PROM_CLIENT },
};

const FRAMEWORKS = Object.keys(WIRING) as FrameworkId[];

export default defineGenerator({
  id: 'metrics',
  summary: 'Prometheus /metrics (prometheus-client, prom-client): request count and latency histogram by method, route template and status, process metrics',
  repairs: ['missing-metrics'],
  frameworks: FRAMEWORKS,
  answers: z.object({}),
  async plan(_answers, project) {
    const target = requireApp(project, { id: 'metrics', frameworks: FRAMEWORKS });
    const { wiring, dependencies } = WIRING[target.framework];
    const actions: FileAction[] = await moduleAndWiring(project, target, 'metrics', 'metrics', {}, wiring(target.app.name));
    const patch = dependencyPatch(project, dependencies);
    if (patch) actions.push(patch);
    return actions;
  },
});
