declare const _default: import("../define-generator.js").Generator<{
    checkTimeoutSeconds: number;
}>;
export default _default;
