declare const _default: import("../define-generator.js").Generator<{
    attempts: number;
}>;
export default _default;
