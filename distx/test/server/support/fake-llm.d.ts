import { type IncomingHttpHeaders } from 'node:http';
export type LlmMode = {
    kind: 'ok';
    delayMs: number;
} | {
    kind: 'fail';
};
export interface LlmCall {
    startedAt: number;
    endedAt?: number;
    messages: {
        role: string;
        content: string;
    }[];
    stream: boolean;
    headers: IncomingHttpHeaders;
}
export interface FakeLlm {
    baseUrl: string;
    calls: LlmCall[];
    mode: LlmMode;
    close(): Promise<void>;
}
/**
 * A small OpenAI-compatible chat-completions server on 127.0.0.1. Its answer names the
 * number of messages it received, so tests can see whether history reached the model.
 */
export declare function startFakeLlm(): Promise<FakeLlm>;
