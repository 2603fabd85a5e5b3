import type { CallExpression, SourceFile } from 'ts-morph';
import { tsSourceFile } from '../scaffold/ts-source.js';
import { type Repair } from './define-fixer.js';
export type Morph = Awaited<ReturnType<typeof tsSourceFile>>['morph'];
/** A CORS middleware call (cors, hono/cors, @fastify/cors), with the repair that puts `origins` where it allows every origin. */
export interface TsCorsConfig {
    line: number;
    repair?: Repair;
}
/**
 * Every recognisable CORS configuration in a TS file: `cors(…)` from cors or hono/cors and
 * `register(fastifyCors, …)`. A repair is offered where no origin, `true` or `'*'` allows every
 * origin; `origins` is the replacement expression. Shared by `fix` and `scaffold cors`.
 */
export declare function typescriptCorsConfigs(path: string, text: string, origins: string): Promise<TsCorsConfig[]>;
export declare const typescriptCors: import("./define-fixer.js").Fixer;
/** A call of the global `fetch` (not one imported from node-fetch or undici). */
export declare function isGlobalFetch(call: CallExpression, morph: Morph, file: SourceFile): boolean;
export declare const typescriptFetchTimeout: import("./define-fixer.js").Fixer;
export declare const typescriptClientTimeouts: import("./define-fixer.js").Fixer;
export declare const TYPESCRIPT_FIXERS: import("./define-fixer.js").Fixer[];
