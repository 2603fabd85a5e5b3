// Bundles the compiled CLI (dist/src, from tsc) into dist/bin: the CLI and the audit worker as entry points,
// shared code and each lazily imported command in chunks beside them, every npm package left to Node.
//
// Why: tsc's output is some 150 ES modules, and Node 20 spends about 75 ms resolving and linking them before
// an audit starts (Node 22 about 40). The chunks keep `--version` and `--help` from loading what only
// commands need, and the packages stay separate modules so heavy ones (typescript, web-tree-sitter,
// ts-morph, undici, handlebars, zod) still load only in the commands that use them.
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names change with their content: clear the last build's.
rmSync('dist/bin', { recursive: true, force: true });
await build({
  entryPoints: { main: 'dist/src/cli/main.js', 'audit-worker': 'dist/src/engine/audit-worker.js' },
  outdir: 'dist/bin',
  // All in one directory: the engine starts its workers from `./audit-worker.js` beside the calling module.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // `--debug` turns source maps on, so its stack traces name dist/src modules rather than chunks.
  sourcemap: 'linked',
  logLevel: 'warning',
});
chmodSync('dist/bin/main.js', 0o755);
