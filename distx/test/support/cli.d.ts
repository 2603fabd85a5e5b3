export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}
/** Runs the built binary the way a user does, without colour. */
export declare function runCli(args: string[], options?: {
    cwd?: string;
    env?: Record<string, string>;
}): CliRun;
/** Like runCli, but does not block the event loop, so servers in the test process can answer. */
export declare function runCliAsync(args: string[], options?: {
    cwd?: string;
    env?: Record<string, string>;
    timeoutMs?: number;
}): Promise<CliRun & {
    ms: number;
}>;
