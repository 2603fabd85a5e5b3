declare const _default: import("../src/rule-kit/define-rule.js").Rule<"inHandler" | "noTimeout">;
export default _default;
