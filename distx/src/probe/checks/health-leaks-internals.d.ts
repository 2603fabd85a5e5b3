declare const _default: import("../define-probe.js").ProbeDefinition<"leaks">;
export default _default;
