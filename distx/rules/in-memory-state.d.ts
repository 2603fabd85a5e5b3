declare const _default: import("../src/rule-kit/define-rule.js").Rule<"adkDefault" | "sdkInMemory" | "processStore" | "expressSession">;
export default _default;
