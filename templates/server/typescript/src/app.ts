import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import { context } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyRequest } from 'fastify';
import { createAuthenticator } from './auth.js';
import type { Config } from './config.js';
import { HttpError, StoreUnavailableError } from './errors.js';
import { createLlm } from './llm.js';
import { createMetrics } from './metrics.js';
import { createRedis } from './redis.js';
import { agentRoutes } from './routes/agent.js';
import { healthRoutes } from './routes/health.js';
import { createStore } from './store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's identity, taken only from a verified credential. */
    principal?: string;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a caller's well-formed X-Request-Id for correlation; anything else gets a fresh id. */
function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

function statusOf(error: FastifyError | HttpError): number {
  const status = error.statusCode ?? 500;
  return status >= 400 && status < 600 ? status : 500;
}

/** The message a client may see: ours for HttpError, the status text otherwise, never internals. */
function publicMessage(error: FastifyError | HttpError, status: number): string {
  if (error instanceof HttpError) return error.message;
  return status >= 500 ? 'internal error' : (STATUS_CODES[status] ?? 'error').toLowerCase();
}

export async function buildApp(config: Config, logger: FastifyBaseLogger) {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: requestId,
    requestTimeout: config.AGENT_TIMEOUT_MS + 10_000,
  });
  let draining = false;
  const metrics = createMetrics();
  const redis = createRedis(config.REDIS_URL, app.log);
  const store = createStore(redis, config, app.log);
  const llm = createLlm(config, metrics);
  const authenticate = createAuthenticator(config.API_KEYS);

  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // The HTTP server span takes its name and http.route from this (e.g. "POST /v1/agent/run").
    const rpc = getRPCMetadata(context.active());
    if (rpc?.type === RPCType.HTTP && request.routeOptions.url) rpc.route = request.routeOptions.url;
    request.principal = authenticate(request.headers);
  });
  // While draining, responses close their keep-alive connection so app.close() can finish.
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequests.inc({ method: request.method, route, status_code: String(reply.statusCode) });
    metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.addHook('onClose', async () => {
    if (redis.status === 'ready') await redis.quit();
    else redis.disconnect();
  });

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    const status = statusOf(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ err: error, statusCode: status }, 'request rejected');
    if (error instanceof HttpError) reply.headers(error.headers);
    return reply.code(status).send({ error: publicMessage(error, status), request_id: request.id });
  });

  // A JSON API never renders HTML, so the strictest CSP costs nothing.
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  await app.register(cors, {
    origin: config.CORS_ORIGINS,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed'],
    maxAge: 600,
  });
  await app.register(underPressure, { maxEventLoopDelay: 1_000, retryAfter: 5 });
  // Counters live in Redis, so the limit holds across every replica. Keyed by the
  // verified principal when there is one, else by client address.
  await app.register(rateLimit, {
    redis,
    nameSpace: 'ratelimit:',
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    skipOnError: true,
    keyGenerator: (request: FastifyRequest) => (request.principal ? `principal:${request.principal}` : `ip:${request.ip}`),
  });

  // Unknown paths count against the limit too, so scanning the server is throttled.
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (request, reply) =>
    reply.code(404).send({ error: 'not found', request_id: request.id }),
  );

  await app.register(healthRoutes, { redis, llm, metrics, isDraining: () => draining });
  await app.register(
    async (v1) => {
      v1.addHook('onRequest', async () => {
        if (redis.status !== 'ready') throw new StoreUnavailableError(new Error(`redis is ${redis.status}`));
      });
      // After the rate limiter (so anonymous floods are throttled) and before the body is read.
      v1.addHook('preParsing', async (request, _reply, payload) => {
        if (!request.principal) throw new HttpError(401, 'unauthorized', { 'www-authenticate': 'Bearer' });
        return payload;
      });
      await agentRoutes(v1, { config, store, llm });
    },
    { prefix: '/v1' },
  );

  return {
    app,
    startDraining: () => {
      draining = true;
    },
  };
}
