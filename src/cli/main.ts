#!/usr/bin/env node
import { run } from './program.js';

// The process is owned here: exit code and fatal errors. Everything else returns values.

// `agent-harden audit | head`: once the reader has gone, the rest of the output has nowhere to go.
// Drop it quietly and keep the exit code the command decides, as grep and git do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`agent-harden: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
