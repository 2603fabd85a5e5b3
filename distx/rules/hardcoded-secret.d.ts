declare const _default: import("../src/rule-kit/define-rule.js").Rule<"providerKey" | "secretAssignment">;
export default _default;
