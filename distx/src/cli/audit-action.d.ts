import type { AuditFlags } from './audit.js';
/** The audit command's work; imported only when `audit` runs, so other commands never load the engine. */
export declare function auditAction(paths: string[], flags: AuditFlags, setExitCode: (code: number) => void): Promise<void>;
