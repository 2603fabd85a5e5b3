export declare const pythonIdempotentTool: import("./define-fixer.js").Fixer;
export declare const PYTHON_IDEMPOTENCY_FIXERS: import("./define-fixer.js").Fixer[];
