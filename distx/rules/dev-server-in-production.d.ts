declare const _default: import("../src/rule-kit/define-rule.js").Rule<"devServer">;
export default _default;
