import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

/**
 * One client per process, shared by sessions, locks, idempotency records and the
 * rate limiter. Commands fail at once while Redis is unreachable (no offline queue),
 * so requests answer 503 quickly instead of hanging; the client keeps reconnecting.
 */
export function createRedis(url: string, log: FastifyBaseLogger): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 1_000),
  });
  redis.on('error', (error: Error) => log.warn({ err: error.message }, 'redis connection error'));
  return redis;
}

export async function pingRedis(redis: Redis, timeoutMs: number, log: FastifyBaseLogger): Promise<boolean> {
  if (redis.status !== 'ready') return false;
  try {
    const reply = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('ping timed out')), timeoutMs).unref()),
    ]);
    return reply === 'PONG';
  } catch (error) {
    log.warn({ err: error }, 'redis ping failed');
    return false;
  }
}
