/** The library API: every function returns data; presentation is the caller's. */
export { audit, loadAuditConfig, type AuditOptions } from './engine/audit.js';
export { probe, type ProbeRun, type ProbeRunOptions } from './probe/run.js';
export { resolveProbeOptions, parseProbeConfig, type ProbeOptions } from './probe/options.js';
export { evaluateGate, type GatePolicy, type GateOutcome } from './core/gate.js';
export { REPORTERS, type Reporter, type ReporterOptions } from './reporters/index.js';
export { loadRules, describeRule } from './engine/registry.js';
export type * from './core/types.js';
