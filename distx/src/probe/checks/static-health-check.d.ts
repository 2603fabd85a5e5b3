declare const _default: import("../define-probe.js").ProbeDefinition<"statusMismatch" | "bareBody">;
export default _default;
