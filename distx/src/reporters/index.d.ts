import type { Reporter } from './types.js';
export declare const REPORTERS: Record<string, Reporter>;
export type { Reporter, ReporterOptions } from './types.js';
