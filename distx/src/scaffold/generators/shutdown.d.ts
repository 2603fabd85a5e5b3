declare const _default: import("../define-generator.js").Generator<{
    timeoutSeconds: number;
}>;
export default _default;
