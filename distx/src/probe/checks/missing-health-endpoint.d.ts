/** Tried in this order; the first 2xx wins. Shares its vocabulary with src/engine/health-paths.ts. */
export declare const LIVENESS_PATHS: string[];
declare const _default: import("../define-probe.js").ProbeDefinition<"missing" | "slow">;
export default _default;
