declare const _default: import("../src/rule-kit/define-rule.js").Rule<"whitespace">;
export default _default;
