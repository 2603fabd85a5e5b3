import { type Severity } from '../core/types.js';
export type GateLevel = Severity | 'none';
export declare const parseGateLevel: (value: string) => GateLevel;
export declare const parseConfidence: (value: string) => "high" | "medium" | "low";
export declare function parsePositiveInteger(value: string): number;
export declare function parseScore(value: string): number;
export declare function parsePositiveNumber(value: string): number;
