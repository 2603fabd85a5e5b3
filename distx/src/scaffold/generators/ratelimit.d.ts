declare const _default: import("../define-generator.js").Generator<{
    perMinute: number;
}>;
export default _default;
