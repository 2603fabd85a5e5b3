/** One file's outbound calls rewritten to retry through the generated module. */
export interface RetryRewrite {
    /** The file's text after the rewrite (unchanged when nothing was rewritten). */
    after: string;
    /** Which parts of the generated module the file uses: its rewritten calls and those rewritten on an earlier run. */
    uses: Set<string>;
    /** How many call sites were rewritten. */
    calls: number;
}
/** The part of the generated module each of its exported names belongs to. */
export declare const PART_OF_NAME: Record<string, string>;
