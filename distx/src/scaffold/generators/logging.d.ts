/** The module the logging generator writes beside the entry file; fix rewrites console calls onto its `logger`. */
export declare const LOGGING_MODULE: {
    readonly python: "structured_logging";
    readonly typescript: "logger";
};
declare const _default: import("../define-generator.js").Generator<Record<string, never>>;
export default _default;
