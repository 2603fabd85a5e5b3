declare const _default: import("../src/rule-kit/define-rule.js").Rule<"literal" | "envDefault" | "nodeDevelopment" | "devErrorHandler">;
export default _default;
