import type { ProbeState } from './define-probe.js';
import type { ProbeOptions } from './options.js';
/**
 * Where to send a body that cannot pass validation: routes the OpenAPI
 * document lists, then endpoints the user named, then the root (the A2A
 * JSON-RPC endpoint and many single-route agent servers live there).
 */
export declare function postTargets(state: ProbeState, options: ProbeOptions): string[];
