declare const _default: import("../src/rule-kit/define-rule.js").Rule<"literal">;
export default _default;
