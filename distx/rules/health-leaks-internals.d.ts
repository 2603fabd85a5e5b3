declare const _default: import("../src/rule-kit/define-rule.js").Rule<"leaks">;
export default _default;
