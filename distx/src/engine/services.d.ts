import type { AuditResult } from '../core/types.js';
/** Several directories on the command line are service roots of a monorepo (`audit services/*`). */
export declare function areServiceRoots(paths: string[], cwd: string): boolean;
/**
 * Audits each service root on its own, with the config found from that root
 * upward, and merges the results for the text and JSON reports; the per-service
 * results stay in `services` for formats that keep them apart (SARIF runs).
 */
export declare function auditServices(paths: string[], options: {
    cwd: string;
    maxFileSize?: number;
    inlineIgnores?: boolean;
    jobs?: number;
    prefilters?: boolean;
}): Promise<AuditResult>;
