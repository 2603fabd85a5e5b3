declare const _default: import("../src/rule-kit/define-rule.js").Rule<"literal" | "providerKey" | "buildArg">;
export default _default;
