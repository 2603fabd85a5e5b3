#!/usr/bin/env node
import { run } from './program.js';

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
