/**
 * Next.js has no app constructor: each exported route handler is a route, and
 * the first one found stands for the app in project findings.
 */
declare const _default: import("./define.js").Framework;
export default _default;
