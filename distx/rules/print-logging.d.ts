declare const _default: import("../src/rule-kit/define-rule.js").Rule<"print">;
export default _default;
