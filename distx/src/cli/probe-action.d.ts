import type { ProbeCommandFlags } from './probe.js';
export declare function runProbeCommand(url: string, flags: ProbeCommandFlags): Promise<number>;
