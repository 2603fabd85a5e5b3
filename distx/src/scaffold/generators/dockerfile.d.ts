declare const _default: import("../define-generator.js").Generator<{
    port?: number | undefined;
    pythonVersion?: string | undefined;
    nodeVersion?: string | undefined;
}>;
export default _default;
