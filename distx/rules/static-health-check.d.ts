declare const _default: import("../src/rule-kit/define-rule.js").Rule<"readiness" | "onlyProbe">;
export default _default;
