/**
 * Requires a large CommonJS module with V8's code cache where Node has no compile cache of its own.
 *
 * Node ≥ 22.8 caches compiled modules itself once the CLI calls `module.enableCompileCache()` (see
 * cli/main.ts). On Node 20 compiling TypeScript's 9 MB compiler took 200–290 ms of every TS/JS audit,
 * and with the code V8 cached on an earlier run 45–110 ms. So where that call is missing, the module is
 * compiled here as Node would wrap it, with the cached code of the previous run; when there was none (or
 * V8 rejected it: another V8, another build of the module) the code compiled by the end of this run is
 * written for the next one. Any failure to read or write the cache only costs the time it would have saved.
 *
 * The cache lives where Node 22 keeps its own: `NODE_COMPILE_CACHE`, or a directory of the temp directory
 * that only this user may write (what is in it becomes code this process runs), and
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as it does Node's.
 */
export declare function requireWithCodeCache(from: NodeRequire, id: string): unknown;
