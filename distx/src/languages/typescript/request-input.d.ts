import type * as TypeScript from 'typescript';
import type { TypeScriptFile } from './file.js';
/**
 * Client-controlled values in TS/JS request handlers: Express/Fastify `req.body`,
 * `req.query`, `req.params`, `req.headers`, `req.get()`; Hono `c.req.json()`,
 * `c.req.query()`, `c.req.header()`; Next.js `request.json()`, `request.headers.get()`,
 * `searchParams.get()`; Koa `ctx.request.body`, `ctx.query`; followed through local
 * `const` bindings (including destructuring).
 */
export interface ClientValue {
    source: string;
    field?: string;
}
type Node = TypeScript.Node;
/** The members a client value starts from (`req.<member>`): a file that names none of them holds no client value. */
export declare const CLIENT_VALUE_MEMBERS: readonly string[];
/** What client-controlled value `node` is, when it is one (see the module comment). */
export declare function clientValue(node: Node, file: TypeScriptFile, path: string): ClientValue | undefined;
/** For string building (`${base}/x`, `base + '/x'`): the client value that starts the string, if any. */
export declare function clientValuePrefix(node: Node, file: TypeScriptFile, path: string): ClientValue | undefined;
export {};
