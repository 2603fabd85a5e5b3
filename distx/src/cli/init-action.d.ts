/** The starter config: every key commented, the gate at its defaults, test code left out for the detected languages. */
export declare function starterConfig(dir: string): string;
/** `init`'s work; imported only when it runs, so --version/--help do not load the config schema (zod) or TOML. */
export declare function initAction(flags: {
    force?: boolean;
}): void;
