declare const _default: import("../define-probe.js").ProbeDefinition<"exceptionText" | "stackTrace">;
export default _default;
