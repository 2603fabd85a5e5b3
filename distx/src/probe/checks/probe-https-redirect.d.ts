declare const _default: import("../define-probe.js").ProbeDefinition<"noRedirect">;
export default _default;
