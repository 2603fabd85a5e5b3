import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import { HttpError, StoreUnavailableError } from './errors.js';
import type { ChatMessage } from './llm.js';

export type Turn = ChatMessage & { role: 'user' | 'assistant' };

export interface StoredResponse {
  statusCode: number;
  body: unknown;
}

type IdempotencyRecord = { state: 'pending'; fingerprint: string } | ({ state: 'done'; fingerprint: string } & StoredResponse);

export type IdempotencyStart =
  | { kind: 'new' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

// Deletes the lock only if this holder still owns it, so a lock that expired and was
// taken by another replica is never released by the slow first holder.
const RELEASE_LOCK = 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end';

/**
 * Sessions, per-session locks and idempotency records, all in Redis so every replica
 * sees the same state. Keys are scoped by principal: one user can never read or lock
 * another user's session. Every Redis failure becomes a 503 for the client.
 */
export function createStore(redis: Redis, config: Config, log: FastifyBaseLogger) {
  const lockTtlMs = config.AGENT_TIMEOUT_MS + 5_000;

  async function guarded<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new StoreUnavailableError(error);
    }
  }

  return {
    loadSession: (principal: string, sessionId: string) =>
      guarded(async () => {
        const raw = await redis.get(`session:${principal}:${sessionId}`);
        return raw === null ? undefined : (JSON.parse(raw) as Turn[]);
      }),

    saveSession: (principal: string, sessionId: string, turns: Turn[]) =>
      guarded(async () => {
        const kept = turns.slice(-config.SESSION_MAX_TURNS);
        await redis.set(`session:${principal}:${sessionId}`, JSON.stringify(kept), 'EX', config.SESSION_TTL_SECONDS);
      }),

    /** Waits (bounded) for the session's lock, so concurrent changes to one session run one after another. */
    lockSession: (principal: string, sessionId: string) =>
      guarded(async () => {
        const key = `lock:${principal}:${sessionId}`;
        const token = randomUUID();
        const giveUpAt = Date.now() + config.LOCK_WAIT_MS;
        while ((await redis.set(key, token, 'PX', lockTtlMs, 'NX')) !== 'OK') {
          if (Date.now() > giveUpAt) throw new HttpError(409, 'the session is busy; retry later', { 'retry-after': '1' });
          await sleep(25 + Math.random() * 50);
        }
        return async function release(): Promise<void> {
          try {
            await redis.eval(RELEASE_LOCK, 1, key, token);
          } catch (error) {
            // The lock expires on its own after lockTtlMs; the next holder just waits longer.
            log.warn({ err: error, sessionId }, 'could not release session lock');
          }
        };
      }),

    /** Claims an idempotency key, or says why the request must not run again. */
    beginIdempotent: (principal: string, key: string, fingerprint: string) =>
      guarded(async (): Promise<IdempotencyStart> => {
        const redisKey = `idem:${principal}:${key}`;
        const pending: IdempotencyRecord = { state: 'pending', fingerprint };
        if ((await redis.set(redisKey, JSON.stringify(pending), 'PX', lockTtlMs + config.LOCK_WAIT_MS, 'NX')) === 'OK') {
          return { kind: 'new' };
        }
        const raw = await redis.get(redisKey);
        if (raw === null) return { kind: 'in-progress' };
        const record = JSON.parse(raw) as IdempotencyRecord;
        if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
        if (record.state === 'pending') return { kind: 'in-progress' };
        return { kind: 'replay', response: { statusCode: record.statusCode, body: record.body } };
      }),

    completeIdempotent: (principal: string, key: string, fingerprint: string, response: StoredResponse) =>
      guarded(async () => {
        const record: IdempotencyRecord = { state: 'done', fingerprint, ...response };
        await redis.set(`idem:${principal}:${key}`, JSON.stringify(record), 'EX', config.IDEMPOTENCY_TTL_SECONDS);
      }),

    /** Frees the key after a failure, so the client's retry runs the request again. */
    abandonIdempotent: async (principal: string, key: string) => {
      try {
        await redis.del(`idem:${principal}:${key}`);
      } catch (error) {
        log.warn({ err: error }, 'could not free idempotency key; it expires on its own');
      }
    },
  };
}

export type Store = ReturnType<typeof createStore>;
