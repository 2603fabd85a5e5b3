declare const _default: import("../define-probe.js").ProbeDefinition<"noNosniff" | "cacheable" | "noHsts" | "noCsp">;
export default _default;
