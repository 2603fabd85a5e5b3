declare const _default: import("../src/rule-kit/define-rule.js").Rule<"exceptionText">;
export default _default;
