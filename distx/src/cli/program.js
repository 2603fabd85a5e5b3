import { Command, CommanderError } from 'commander';
import { EXIT, isUserError } from '../core/errors.js';
import { toolVersion } from '../core/tool-info.js';
/**
 * Builds the program and runs it; returns the exit code and never calls
 * process.exit, so it can be tested in-process. Command modules are imported
 * lazily so `--version` and `--help` load nothing heavy.
 */
export async function run(argv) {
    let exitCode = EXIT.ok;
    const debug = argv.includes('--debug');
    // The CLI runs from a bundle (scripts/bundle.mjs): with its source maps, a stack trace names the
    // modules of dist/src. They apply to the chunks loaded from here on, which is every command's code.
    if (debug)
        process.setSourceMapsEnabled(true);
    const program = new Command('agent-harden')
        .description('Audit, probe and scaffold AI-agent servers for production readiness')
        .version(toolVersion(), '-v, --version')
        .option('--debug', 'print stack traces for internal errors')
        .showSuggestionAfterError()
        .exitOverride()
        .configureOutput({
        writeErr: (text) => process.stderr.write(text),
        outputError: (text, write) => write(`agent-harden: ${text.replace(/^error: /, '')}`),
    });
    const setExitCode = (code) => {
        exitCode = code;
    };
    const { registerCommands } = await import('./commands.js');
    registerCommands(program, setExitCode);
    try {
        await program.parseAsync(argv);
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version end through here with exit code 0.
            return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
        }
        if (isUserError(error)) {
            process.stderr.write(`agent-harden: ${error.message}\n`);
            return EXIT.usage;
        }
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`agent-harden: internal error: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
        if (debug && error instanceof Error && error.stack)
            process.stderr.write(`${error.stack}\n`);
        return EXIT.internal;
    }
    return exitCode;
}
