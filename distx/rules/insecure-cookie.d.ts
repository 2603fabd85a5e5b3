declare const _default: import("../src/rule-kit/define-rule.js").Rule<"insecure" | "insecureUnknown" | "sessionMiddleware">;
export default _default;
