import { type ChildProcess } from 'node:child_process';
export interface RunningServer {
    url: string;
    readonly requests: number;
    close(): Promise<void>;
}
/** The Node fixture servers in fixtures/servers/*.mjs, started in this process on 127.0.0.1:0. */
export declare function startNodeServer(name: 'express-insecure' | 'fastify-hardened'): Promise<RunningServer>;
/** The FastAPI fixture under Debian's python3; fails (never skips) when the packages are missing. */
export declare function startFastApiServer(): Promise<RunningServer & {
    child: ChildProcess;
}>;
export interface ProbeJson {
    kind: string;
    findings: Array<{
        ruleId: string;
        messageId: string;
        message: string;
        severity: string;
        confidence: string;
        source: string;
        http: {
            method: string;
            url: string;
        };
        location: {
            file: string;
            line: number;
        };
    }>;
    summary: {
        requests: number;
        budget: number;
        durationMs: number;
        probeChecks: Array<{
            id: string;
            status: string;
            requests: number;
            maxRequests: number;
            note?: string;
        }>;
    };
}
