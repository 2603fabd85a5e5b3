declare const _default: import("../src/rule-kit/define-rule.js").Rule<"clientIdentity">;
export default _default;
