declare const _default: import("../src/rule-kit/define-rule.js").Rule<"noUser" | "rootUser">;
export default _default;
