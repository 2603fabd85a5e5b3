declare const _default: import("../define-probe.js").ProbeDefinition<"notLimited">;
export default _default;
