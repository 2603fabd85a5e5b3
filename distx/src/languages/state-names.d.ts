export declare function looksLikeStateStore(name: string): boolean;
/** Names that say the container is a cache, lock table, metric, rate-limit counter or registry: in-memory on purpose. */
export declare function isDeliberatelyInMemory(name: string): boolean;
/**
 * A class named as an in-memory implementation (`InMemorySessionService`, `in_memory_store`): keeping its
 * data in memory is what it is for, usually beside a durable implementation of the same interface, so
 * its own containers are not the finding; choosing it for production is, where it is constructed. So is
 * a class named as a cache, lock, metric or rate limiter (`ResponseCache`, `RateLimiter`).
 */
export declare function isInMemoryByDesign(className: string): boolean;
