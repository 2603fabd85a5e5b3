export interface EnvEntry {
    key: string;
    value: string;
    line: number;
    /** 1-based column where the value starts. */
    valueColumn: number;
}
/** Reads KEY=VALUE lines of a dotenv file; quotes are removed, comments skipped. */
export declare function readEnvFile(text: string): EnvEntry[];
