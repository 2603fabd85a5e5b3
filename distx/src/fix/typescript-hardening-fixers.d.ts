export declare const typescriptConsoleToLogger: import("./define-fixer.js").Fixer;
export declare const typescriptRedactLogged: import("./define-fixer.js").Fixer;
export declare const typescriptGenericErrorBody: import("./define-fixer.js").Fixer;
export declare const typescriptCatchLogged: import("./define-fixer.js").Fixer;
export declare const typescriptSecretFromEnv: import("./define-fixer.js").Fixer;
export declare const typescriptListenFromEnv: import("./define-fixer.js").Fixer;
export declare const typescriptOutputCap: import("./define-fixer.js").Fixer;
export declare const TYPESCRIPT_HARDENING_FIXERS: import("./define-fixer.js").Fixer[];
