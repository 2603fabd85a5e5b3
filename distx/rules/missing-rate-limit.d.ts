declare const _default: import("../src/rule-kit/define-rule.js").Rule<"missing">;
export default _default;
