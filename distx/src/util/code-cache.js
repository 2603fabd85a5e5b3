import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';
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
export function requireWithCodeCache(from, id) {
    const nativeCache = typeof module.enableCompileCache === 'function';
    if (nativeCache || process.env.NODE_DISABLE_COMPILE_CACHE)
        return from(id);
    const filename = from.resolve(id);
    const directory = cacheDirectory();
    if (!directory)
        return from(id);
    const cacheFile = join(directory, `${id.replace(/[^A-Za-z0-9.-]/g, '_')}-${cacheKey(filename)}.v8cache`);
    const cachedData = readIfPresent(cacheFile);
    // Node's own CommonJS wrapper, so the module sees what `require` would have given it.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${readFileSync(filename, 'utf8')}\n})`, { filename, cachedData });
    if (!cachedData || script.cachedDataRejected)
        process.once('exit', () => writeCache(cacheFile, script));
    const loaded = { exports: {} };
    script.runInThisContext().call(loaded.exports, loaded.exports, createRequire(filename), loaded, filename, dirname(filename));
    return loaded.exports;
}
/** One cache per installed copy of the module and per V8: two Node versions used in turn do not overwrite each other's. */
function cacheKey(filename) {
    return createHash('sha256').update(`${filename}\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 16);
}
function cacheDirectory() {
    const directory = process.env.NODE_COMPILE_CACHE || join(tmpdir(), `agent-harden-compile-cache-${process.getuid?.() ?? 'user'}`);
    try {
        mkdirSync(directory, { recursive: true, mode: 0o700 });
        const stats = lstatSync(directory);
        // A directory someone else made (or a link planted in its place) could hand this process code to run.
        const uid = process.getuid?.();
        if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid))
            return undefined;
        return directory;
    }
    catch {
        return undefined;
    }
}
function readIfPresent(file) {
    try {
        return readFileSync(file);
    }
    catch {
        return undefined;
    }
}
/** Written under a name of its own and renamed, so a process or worker reading the cache never meets half a file. */
function writeCache(file, script) {
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    try {
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, file);
    }
    catch {
        // A full disk or a read-only temp directory: the next run compiles again.
    }
}
