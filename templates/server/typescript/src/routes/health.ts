import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Llm } from '../llm.js';
import type { Metrics } from '../metrics.js';
import { pingRedis } from '../redis.js';

interface Deps {
  redis: Redis;
  llm: Llm;
  metrics: Metrics;
  isDraining: () => boolean;
}

const HEALTH_JSON = 'application/health+json';
const UNLIMITED = { config: { rateLimit: false } };

/**
 * /livez says only that the process serves HTTP (restarting cannot fix Redis).
 * /readyz takes the replica out of the load balancer while draining or while Redis
 * is unreachable, and reports the LLM breaker as a warning: every replica shares the
 * same LLM, so pulling them all out of rotation would not help (health+json, RFC draft).
 */
export async function healthRoutes(app: FastifyInstance, { redis, llm, metrics, isDraining }: Deps): Promise<void> {
  app.get('/livez', UNLIMITED, async (_request, reply) => reply.type(HEALTH_JSON).header('cache-control', 'no-store').send({ status: 'pass' }));

  app.get('/readyz', UNLIMITED, async (request, reply) => {
    const draining = isDraining();
    const redisUp = !draining && (await pingRedis(redis, 500, request.log));
    const circuit = llm.breakerState();
    const status = draining || !redisUp ? 'fail' : circuit === 'closed' ? 'pass' : 'warn';
    return reply
      .code(status === 'fail' ? 503 : 200)
      .type(HEALTH_JSON)
      .header('cache-control', 'no-store')
      .send({
        status,
        ...(draining ? { output: 'draining' } : {}),
        checks: {
          'redis:connection': [{ status: redisUp ? 'pass' : 'fail' }],
          'llm:circuit': [{ status: circuit === 'closed' ? 'pass' : 'warn', observedValue: circuit }],
        },
      });
  });

  app.get('/metrics', UNLIMITED, async (_request, reply) =>
    reply.type(metrics.registry.contentType).header('cache-control', 'no-store').send(await metrics.registry.metrics()),
  );
}
