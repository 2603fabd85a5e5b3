declare const _default: import("../define-generator.js").Generator<Record<string, never>>;
export default _default;
