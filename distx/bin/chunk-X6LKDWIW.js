import {
  EXIT,
  isUserError
} from "./chunk-MTL4NPGF.js";
import {
  toolVersion
} from "./chunk-X2RKU2FG.js";
import "./chunk-AOFGELH4.js";
import "./chunk-PZ5AY32C.js";

// dist/src/cli/program.js
import { Command, CommanderError } from "commander";
async function run(argv) {
  let exitCode = EXIT.ok;
  const debug = argv.includes("--debug");
  if (debug)
    process.setSourceMapsEnabled(true);
  const program = new Command("agent-harden").description("Audit, probe and scaffold AI-agent servers for production readiness").version(toolVersion(), "-v, --version").option("--debug", "print stack traces for internal errors").showSuggestionAfterError().exitOverride().configureOutput({
    writeErr: (text) => process.stderr.write(text),
    outputError: (text, write) => write(`agent-harden: ${text.replace(/^error: /, "")}`)
  });
  const setExitCode = (code) => {
    exitCode = code;
  };
  const { registerCommands } = await import("./chunk-UW6IBBBX.js");
  registerCommands(program, setExitCode);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isUserError(error)) {
      process.stderr.write(`agent-harden: ${error.message}
`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`agent-harden: internal error: ${message}${debug ? "" : " (run with --debug for the stack trace)"}
`);
    if (debug && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}
`);
    return EXIT.internal;
  }
  return exitCode;
}
export {
  run
};
//# sourceMappingURL=chunk-X6LKDWIW.js.map
