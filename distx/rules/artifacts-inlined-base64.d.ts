declare const _default: import("../src/rule-kit/define-rule.js").Rule<"inHandler" | "inResult">;
export default _default;
