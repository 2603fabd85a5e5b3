declare const _default: import("../src/rule-kit/define-rule.js").Rule<"route" | "tool" | "skill">;
export default _default;
