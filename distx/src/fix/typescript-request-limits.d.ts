export declare const typescriptBodySizeLimit: import("./define-fixer.js").Fixer;
export declare const TYPESCRIPT_REQUEST_LIMIT_FIXERS: import("./define-fixer.js").Fixer[];
