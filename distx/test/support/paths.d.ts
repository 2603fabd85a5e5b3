/** The repository root, whether tests run from dist/test or from test/. */
export declare const REPO_ROOT: string;
export declare const FIXTURES: string;
export declare const CLI: string;
