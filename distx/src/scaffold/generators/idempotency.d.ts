/** The module `scaffold idempotency` writes beside the entry; `fix` decorates money tools with its `idempotent_tool`. */
export declare const IDEMPOTENCY_MODULE = "idempotency";
declare const _default: import("../define-generator.js").Generator<Record<string, never>>;
export default _default;
