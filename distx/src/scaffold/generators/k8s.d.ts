declare const _default: import("../define-generator.js").Generator<{
    replicas: number;
    name?: string | undefined;
    image?: string | undefined;
    port?: number | undefined;
}>;
export default _default;
