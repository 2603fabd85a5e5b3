declare const _default: import("../src/rule-kit/define-rule.js").Rule<"checkThenAct" | "readModifyWrite">;
export default _default;
