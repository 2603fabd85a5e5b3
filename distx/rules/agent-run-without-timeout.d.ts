declare const _default: import("../src/rule-kit/define-rule.js").Rule<"agentRun" | "llmCall">;
export default _default;
