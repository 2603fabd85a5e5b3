declare const _default: import("../src/rule-kit/define-rule.js").Rule<"noLifespan" | "noSignalHandling" | "deprecatedOnEvent">;
export default _default;
