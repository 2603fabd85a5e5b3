declare const _default: import("../src/rule-kit/define-rule.js").Rule<"bareExcept" | "baseException" | "successState" | "swallowed" | "noLogging" | "emptyCatch">;
export default _default;
