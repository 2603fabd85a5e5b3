/** The built binary without blocking the event loop: the servers under test live in this process. */
export declare function runCliAsync(args: string[]): Promise<{
    status: number | null;
    stdout: string;
    stderr: string;
}>;
