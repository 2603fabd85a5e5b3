export declare const READINESS_PATHS: string[];
declare const _default: import("../define-probe.js").ProbeDefinition<"missing">;
export default _default;
