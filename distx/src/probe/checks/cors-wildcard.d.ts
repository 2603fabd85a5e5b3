declare const _default: import("../define-probe.js").ProbeDefinition<"withCredentials" | "wildcard" | "reflectsOrigin" | "nullOrigin" | "httpOrigin">;
export default _default;
