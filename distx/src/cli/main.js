#!/usr/bin/env node
import module from 'node:module';
import { toolVersion } from '../core/tool-info.js';
// Node ≥ 22.8 keeps the compiled code of the modules a process loads in an on-disk cache (the system temp
// directory, or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), as ESLint's and tsc's entry
// points ask it to. On Node 22, auditing a three-file Express project takes 240–290 ms instead of 450 (TypeScript's
// compiler is 9 MB of JavaScript to compile), an 11-file Python one 500–540 instead of 540–570. Node 20 has no such call.
const nodeModule = module;
const compileCache = nodeModule.enableCompileCache?.();
// Worker threads are Node instances of their own and find the cache through the environment they inherit
// (already there when NODE_COMPILE_CACHE turned it on).
if (compileCache?.directory && compileCache.status === nodeModule.constants?.compileCacheStatus?.ENABLED)
    process.env.NODE_COMPILE_CACHE = compileCache.directory;
// `agent-harden audit | head`: once the reader has gone, the rest of the output has nowhere to go.
// Drop it quietly: the exit code stays the one the command decides (the gate's), not a crash.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED')
            throw error;
    });
}
const args = process.argv.slice(2);
// `agent-harden --version` alone answers before the command tree (commander and every command module) loads:
// they were about three quarters of its time above bare Node. Any other use of the flag goes through commander.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    process.stdout.write(`${toolVersion()}\n`);
}
else {
    // The process is owned here: exit code and fatal errors. Everything else returns values.
    import('./program.js')
        .then(({ run }) => run(process.argv))
        .then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`agent-harden: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 3;
    });
}
