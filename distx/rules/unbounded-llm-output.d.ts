declare const _default: import("../src/rule-kit/define-rule.js").Rule<"call" | "model">;
export default _default;
