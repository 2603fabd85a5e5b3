declare const _default: import("../define-probe.js").ProbeDefinition<"notJson" | "missingFields" | "localUrl" | "insecureUrl">;
export default _default;
