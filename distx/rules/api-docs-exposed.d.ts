declare const _default: import("../src/rule-kit/define-rule.js").Rule<"fastapi" | "extension">;
export default _default;
