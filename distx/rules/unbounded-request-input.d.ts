declare const _default: import("../src/rule-kit/define-rule.js").Rule<"schema" | "model" | "raisedLimit">;
export default _default;
