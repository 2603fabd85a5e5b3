declare const _default: import("../define-probe.js").ProbeDefinition<"versioned" | "poweredBy" | "product">;
export default _default;
