declare const _default: import("../define-probe.js").ProbeDefinition<"missingAttributes">;
export default _default;
