/** The library API: every function returns data; presentation is the caller's. */
export { audit, loadAuditConfig } from './engine/audit.js';
export { probe } from './probe/run.js';
export { resolveProbeOptions, parseProbeConfig } from './probe/options.js';
export { evaluateGate } from './core/gate.js';
export { REPORTERS } from './reporters/index.js';
export { loadRules, describeRule } from './engine/registry.js';
