export declare const pythonAgentDeadline: import("./define-fixer.js").Fixer;
export declare const pythonAgentOutputCap: import("./define-fixer.js").Fixer;
export declare const pythonRedactLogged: import("./define-fixer.js").Fixer;
export declare const pythonOutboundAllowlist: import("./define-fixer.js").Fixer;
export declare const pythonBindFromEnv: import("./define-fixer.js").Fixer;
export declare const pythonDocsOff: import("./define-fixer.js").Fixer;
export declare const PYTHON_HARDENING_FIXERS: import("./define-fixer.js").Fixer[];
