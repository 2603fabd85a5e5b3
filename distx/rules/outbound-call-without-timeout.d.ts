declare const _default: import("../src/rule-kit/define-rule.js").Rule<"timeoutDisabled" | "noTimeout" | "llmClientNoTimeout" | "axiosInstanceNoTimeout" | "fetchNoSignal">;
export default _default;
