import { nameWords } from './name-words.js';
/**
 * Names of in-process containers that hold per-user or per-request state
 * (`sessions`, `_orders`, `conversationHistory`), as opposed to caches,
 * locks, metrics and registries, which may live in memory. Language-neutral.
 * "data" counts only when it says whose (`user_data`, `sessionData`): a bare
 * `_data` is a parser's or a buffer's, and `metadata` describes, it does not hold.
 */
const STATE_WORDS = /(?:session|order|task|checkout|cart|conversation|histor|thread|chat|message|job|state|context|payment|booking|reservation|memor|store|db|database|user|account|ticket|upload|subscription|run|result|pending|inflight|transaction|invoice|profile|feedback|document|record|\w(?<!meta)data)(?:s|es|ies)?$/i;
const NOT_STATE = /cache|memo|lru|lock|semaphore|metric|counter|limit|throttl|bucket|stat(?:s|istics)?$|registry|registries|handler|route|plugin|tool|config|setting|option|default|constant|schema|template|prompt|type|lookup|index|_re$|pattern/i;
// Words of class names whose containers are in memory on purpose (a handler class's are not: they serve every
// request; nor is a registry's, which may hold sessions).
const DELIBERATE_CLASS_WORDS = new Set(['cache', 'lru', 'lock', 'semaphore', 'metric', 'metrics', 'counter', 'counters', 'limiter', 'ratelimiter', 'throttle', 'throttler']);
export function looksLikeStateStore(name) {
    const bare = name.replace(/^_+/, '');
    return STATE_WORDS.test(bare) && !NOT_STATE.test(bare);
}
/** Names that say the container is a cache, lock table, metric, rate-limit counter or registry: in-memory on purpose. */
export function isDeliberatelyInMemory(name) {
    return NOT_STATE.test(name.replace(/^_+/, ''));
}
/**
 * A class named as an in-memory implementation (`InMemorySessionService`, `in_memory_store`): keeping its
 * data in memory is what it is for, usually beside a durable implementation of the same interface, so
 * its own containers are not the finding; choosing it for production is, where it is constructed. So is
 * a class named as a cache, lock, metric or rate limiter (`ResponseCache`, `RateLimiter`).
 */
export function isInMemoryByDesign(className) {
    const words = nameWords(className);
    if (words.some((word) => DELIBERATE_CLASS_WORDS.has(word)))
        return true;
    return words.includes('inmemory') || words.some((word, index) => word === 'in' && words[index + 1] === 'memory');
}
