import { type ChildProcess } from 'node:child_process';
export interface Replica {
    url: string;
    process: ChildProcess;
    /** Everything the server wrote, for failure messages. */
    output(): string;
    exit: Promise<{
        code: number | null;
        signal: NodeJS.Signals | null;
    }>;
    stop(): Promise<void>;
}
export declare function freePort(): Promise<number>;
/** Starts one server process and waits (bounded) until /livez answers. */
export declare function startReplica(command: string[], options: {
    cwd: string;
    port: number;
    env: Record<string, string>;
}): Promise<Replica>;
