import type { Change } from './plan.js';
/** The file operations apply uses; tests pass a failing one to prove nothing is left half-written. */
export interface ApplyFileSystem {
    writeFile(path: string, text: string): void;
    rename(from: string, to: string): void;
}
/**
 * Beside the project's files while an apply runs; left behind only when the
 * process died mid-apply, and then the next run finishes or undoes that apply.
 */
export declare const JOURNAL_FILE = ".agent-harden-apply.json";
/**
 * Writes every change or none: the journal lists the temps, each new text goes
 * to a temp file beside its target, the journal is marked committed, then the
 * temps are renamed over the targets and the journal removed. If a step throws,
 * renamed targets get their old text back, temps and new directories are
 * removed, and the error is rethrown. If the process is killed instead, the
 * journal stays and the next run finishes (committed) or undoes (staging) it.
 */
export declare function applyChanges(root: string, changes: Change[], fs?: ApplyFileSystem): void;
/**
 * Finishes or undoes an apply a killed process left behind (see applyChanges);
 * says which, or undefined when there was none. scaffold and fix call it before
 * reading the project, so they never plan against half-written files.
 */
export declare function recoverInterruptedApply(root: string): string | undefined;
