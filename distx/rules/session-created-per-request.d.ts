declare const _default: import("../src/rule-kit/define-rule.js").Rule<"fixedUser" | "perRequest">;
export default _default;
