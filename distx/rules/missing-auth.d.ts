declare const _default: import("../src/rule-kit/define-rule.js").Rule<"agentRoute" | "stateRoute" | "agentApp">;
export default _default;
