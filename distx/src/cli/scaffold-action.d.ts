import type { Change } from '../scaffold/plan.js';
import type { ScaffoldFlags } from './scaffold.js';
export declare function describeChanges(changes: Change[]): string;
/** Asks on a terminal; `--yes` or a non-TTY stdin (CI) answers yes. */
export declare function confirm(question: string, yes: boolean | undefined): Promise<boolean>;
export declare function runScaffoldCommand(id: string, flags: ScaffoldFlags): Promise<void>;
