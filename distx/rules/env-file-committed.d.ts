declare const _default: import("../src/rule-kit/define-rule.js").Rule<"committed">;
export default _default;
