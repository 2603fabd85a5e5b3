#!/usr/bin/env node
import { run } from './program.js';

// `agent-harden audit | head`: once the reader has gone, the rest of the output has nowhere to go.
// Drop it quietly: the exit code stays the one the command decides (the gate's), not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

// The process is owned here: exit code and fatal errors. Everything else returns values.
run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`agent-harden: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
