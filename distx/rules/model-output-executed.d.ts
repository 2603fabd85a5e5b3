declare const _default: import("../src/rule-kit/define-rule.js").Rule<"executed">;
export default _default;
