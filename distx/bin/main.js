#!/usr/bin/env node
import {
  toolVersion
} from "./chunk-X2RKU2FG.js";
import "./chunk-AOFGELH4.js";
import "./chunk-PZ5AY32C.js";

// dist/src/cli/main.js
import module from "node:module";
var nodeModule = module;
var compileCache = nodeModule.enableCompileCache?.();
if (compileCache?.directory && compileCache.status === nodeModule.constants?.compileCacheStatus?.ENABLED)
  process.env.NODE_COMPILE_CACHE = compileCache.directory;
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED")
      throw error;
  });
}
var args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  process.stdout.write(`${toolVersion()}
`);
} else {
  import("./chunk-X6LKDWIW.js").then(({ run }) => run(process.argv)).then((code) => {
    process.exitCode = code;
  }, (error) => {
    process.stderr.write(`agent-harden: internal error: ${error instanceof Error ? error.message : String(error)}
`);
    process.exitCode = 3;
  });
}
//# sourceMappingURL=main.js.map
