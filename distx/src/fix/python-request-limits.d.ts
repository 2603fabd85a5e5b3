export declare const pythonRequestFieldLimits: import("./define-fixer.js").Fixer;
export declare const pythonFlaskBodyLimit: import("./define-fixer.js").Fixer;
export declare const PYTHON_REQUEST_LIMIT_FIXERS: import("./define-fixer.js").Fixer[];
