declare const _default: import("../define-probe.js").ProbeDefinition<"accepted">;
export default _default;
