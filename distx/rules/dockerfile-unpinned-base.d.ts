declare const _default: import("../src/rule-kit/define-rule.js").Rule<"untagged" | "latest">;
export default _default;
