/** Validation errors against the official SARIF 2.1.0 schema; empty when valid. */
export declare function sarifErrors(document: unknown): string[];
