declare const _default: import("../define-probe.js").ProbeDefinition<"serverError">;
export default _default;
