declare const _default: import("../src/rule-kit/define-rule.js").Rule<"unchecked">;
export default _default;
