declare const _default: import("../src/rule-kit/define-rule.js").Rule<"noExpiry">;
export default _default;
