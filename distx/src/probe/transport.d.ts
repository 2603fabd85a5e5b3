import { ProbeTransportError, type GeneratedBody } from './http-types.js';
/** One HTTP exchange, no redirects, no budget: the network edge of the probe. */
export interface RawExchange {
    status: number;
    headers: Record<string, string>;
    setCookies: string[];
    body: string;
    truncated: boolean;
}
export interface SendOptions {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string | GeneratedBody;
    /** Aborts on the run deadline; the per-request timeout is added here. */
    signal: AbortSignal;
    /** Stop reading the response after this many bytes. */
    maxBodyBytes: number;
}
export interface Transport {
    send(options: SendOptions): Promise<RawExchange>;
    close(): Promise<void>;
}
/** Turns a Node/undici error into one line that says what happened and what to try. */
export declare function classify(error: unknown, url: string, timedOut: boolean, deadline: boolean): ProbeTransportError;
/**
 * The undici transport. undici is imported here only, lazily, so commands
 * other than `probe` never load it.
 */
export declare function createUndiciTransport(options: {
    concurrency: number;
    timeoutMs: number;
}): Promise<Transport>;
