export declare const typescriptSchemaLimits: import("./define-fixer.js").Fixer;
