import { z } from 'zod';
export declare const HARD_MAX_REQUESTS = 500;
/**
 * The config file's `probe` section. Credentials are deliberately absent:
 * they come from --header only, so they never sit in a committed file.
 */
export declare const probeConfigSchema: z.ZodObject<{
    budget: z.ZodOptional<z.ZodNumber>;
    concurrency: z.ZodOptional<z.ZodNumber>;
    deadlineSeconds: z.ZodOptional<z.ZodNumber>;
    timeoutSeconds: z.ZodOptional<z.ZodNumber>;
    maxBodyBytes: z.ZodOptional<z.ZodNumber>;
    rateLimitBurst: z.ZodOptional<z.ZodNumber>;
    rateLimitPerSecond: z.ZodOptional<z.ZodNumber>;
    endpoints: z.ZodOptional<z.ZodArray<z.ZodString>>;
    allowMutating: z.ZodOptional<z.ZodBoolean>;
    checks: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodEnum<{
        off: "off";
        on: "on";
    }>>>;
}, z.core.$strict>;
export type ProbeConfig = z.infer<typeof probeConfigSchema>;
export interface Endpoint {
    method: string;
    path: string;
}
export interface ProbeOptions {
    budget: number;
    concurrency: number;
    deadlineMs: number;
    timeoutMs: number;
    maxBodyBytes: number;
    rateLimitBurst: number;
    rateLimitPerSecond: number;
    endpoints: Endpoint[];
    allowMutating: boolean;
    /** Sent on every request unless a check asks for an anonymous one; never printed. */
    headers: Record<string, string>;
    disabledChecks: Set<string>;
}
export declare const DEFAULTS: {
    readonly budget: 120;
    readonly concurrency: 2;
    readonly deadlineSeconds: 60;
    readonly timeoutSeconds: 10;
    readonly maxBodyBytes: number;
    readonly rateLimitBurst: 60;
    readonly rateLimitPerSecond: 20;
};
export declare function parseProbeConfig(raw: unknown, file: string | undefined): ProbeConfig;
export declare function parseEndpoint(value: string): Endpoint;
/** `Name: value` as curl writes it. Values are kept out of every message. */
export declare function parseHeader(value: string): [string, string];
export interface ProbeFlags {
    header?: string[];
    budget?: number;
    deadline?: number;
    timeout?: number;
    concurrency?: number;
    rateLimitBurst?: number;
    endpoint?: string[];
    allowMutating?: boolean;
}
/** Flags win over the config file, which wins over the defaults; the hard cap wins over all. */
export declare function resolveProbeOptions(flags: ProbeFlags, config: ProbeConfig): ProbeOptions;
