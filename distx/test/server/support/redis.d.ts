export interface RedisServer {
    port: number;
    url: string;
    stop(): Promise<void>;
    start(): Promise<void>;
}
/** Fails with what to install: the live tests need Debian's redis-server, never a fake. */
export declare function requireRedisServer(): void;
/** A real redis-server on loopback with append-only persistence, so a restart keeps every key. */
export declare function startRedis(port: number): Promise<RedisServer>;
