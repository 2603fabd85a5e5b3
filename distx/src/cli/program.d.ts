/**
 * Builds the program and runs it; returns the exit code and never calls
 * process.exit, so it can be tested in-process. Command modules are imported
 * lazily so `--version` and `--help` load nothing heavy.
 */
export declare function run(argv: string[]): Promise<number>;
