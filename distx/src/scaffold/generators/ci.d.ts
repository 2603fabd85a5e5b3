declare const _default: import("../define-generator.js").Generator<{
    failOn: "critical" | "high" | "medium" | "low" | "info";
    branch: string;
}>;
export default _default;
