#!/usr/bin/env node
import { toolVersion } from '../core/tool-info.js';

// `agent-harden audit | head`: once the reader has gone, the rest of the output has nowhere to go.
// Drop it quietly: the exit code stays the one the command decides (the gate's), not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

const args = process.argv.slice(2);
// `agent-harden --version` alone answers before the command tree (commander and every command module) loads:
// they were about three quarters of its time above bare Node. Any other use of the flag goes through commander.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${toolVersion()}\n`);
} else {
  // The process is owned here: exit code and fatal errors. Everything else returns values.
  import('./program.js')
    .then(({ run }) => run(process.argv))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(`agent-harden: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 3;
      },
    );
}
