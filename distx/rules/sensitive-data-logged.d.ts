declare const _default: import("../src/rule-kit/define-rule.js").Rule<"headers" | "sensitive">;
export default _default;
