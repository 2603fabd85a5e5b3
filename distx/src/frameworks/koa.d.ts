declare const _default: import("./define.js").Framework;
export default _default;
