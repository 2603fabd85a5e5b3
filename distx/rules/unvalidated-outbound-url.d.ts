declare const _default: import("../src/rule-kit/define-rule.js").Rule<"ssrf">;
export default _default;
