declare const _default: import("../src/rule-kit/define-rule.js").Rule<"withCredentials" | "wildcard" | "envDefault" | "defaultWildcard" | "reflectsOrigin">;
export default _default;
