import { z } from 'zod';
import { ConfigError, UsageError } from '../core/errors.js';
import { formatZodIssues } from '../core/config-validation.js';
export const HARD_MAX_REQUESTS = 500;
const endpoint = z
    .string()
    .regex(/^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE) \/\S*$/, 'write an endpoint as "METHOD /path", e.g. "POST /chat"');
/**
 * The config file's `probe` section. Credentials are deliberately absent:
 * they come from --header only, so they never sit in a committed file.
 */
export const probeConfigSchema = z.strictObject({
    budget: z.number().int().min(1).max(HARD_MAX_REQUESTS).optional(),
    concurrency: z.number().int().min(1).max(4).optional(),
    deadlineSeconds: z.number().positive().max(600).optional(),
    timeoutSeconds: z.number().positive().max(120).optional(),
    maxBodyBytes: z.number().int().min(1024).max(16 * 1024 * 1024).optional(),
    rateLimitBurst: z.number().int().min(1).max(HARD_MAX_REQUESTS).optional(),
    rateLimitPerSecond: z.number().positive().max(100).optional(),
    endpoints: z.array(endpoint).optional(),
    allowMutating: z.boolean().optional(),
    checks: z.record(z.string(), z.enum(['on', 'off'])).optional(),
});
export const DEFAULTS = {
    budget: 120,
    concurrency: 2,
    deadlineSeconds: 60,
    timeoutSeconds: 10,
    maxBodyBytes: 1024 * 1024,
    rateLimitBurst: 60,
    rateLimitPerSecond: 20,
};
export function parseProbeConfig(raw, file) {
    const parsed = probeConfigSchema.safeParse(raw ?? {});
    if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ['probe', ...issue.path] }));
        throw new ConfigError(formatZodIssues(new z.ZodError(issues)), file);
    }
    return parsed.data;
}
export function parseEndpoint(value) {
    const result = endpoint.safeParse(value.trim());
    if (!result.success)
        throw new UsageError(`--endpoint "${value}": write it as "METHOD /path", e.g. "POST /chat"`);
    const [method, path] = result.data.split(' ');
    return { method, path };
}
/** `Name: value` as curl writes it. Values are kept out of every message. */
export function parseHeader(value) {
    const colon = value.indexOf(':');
    const name = colon > 0 ? value.slice(0, colon).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
        throw new UsageError('--header must look like "Name: value", e.g. --header "Authorization: Bearer $TOKEN"');
    }
    return [name.toLowerCase(), value.slice(colon + 1).trim()];
}
/** Flags win over the config file, which wins over the defaults; the hard cap wins over all. */
export function resolveProbeOptions(flags, config) {
    const budget = flags.budget ?? config.budget ?? DEFAULTS.budget;
    if (budget > HARD_MAX_REQUESTS)
        throw new UsageError(`--budget is capped at ${HARD_MAX_REQUESTS} requests`);
    const concurrency = flags.concurrency ?? config.concurrency ?? DEFAULTS.concurrency;
    if (concurrency > 4)
        throw new UsageError('--concurrency is capped at 4 so a probe never loads the server');
    const endpoints = [...(config.endpoints ?? []), ...(flags.endpoint ?? [])].map(parseEndpoint);
    const allowMutating = flags.allowMutating ?? config.allowMutating ?? false;
    if (allowMutating && !endpoints.some((e) => !['GET', 'HEAD', 'OPTIONS'].includes(e.method))) {
        throw new UsageError('--allow-mutating needs the endpoint it applies to, e.g. --endpoint "POST /chat"');
    }
    return {
        budget,
        concurrency,
        deadlineMs: Math.round(1000 * (flags.deadline ?? config.deadlineSeconds ?? DEFAULTS.deadlineSeconds)),
        timeoutMs: Math.round(1000 * (flags.timeout ?? config.timeoutSeconds ?? DEFAULTS.timeoutSeconds)),
        maxBodyBytes: config.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
        rateLimitBurst: Math.min(flags.rateLimitBurst ?? config.rateLimitBurst ?? DEFAULTS.rateLimitBurst, budget),
        rateLimitPerSecond: config.rateLimitPerSecond ?? DEFAULTS.rateLimitPerSecond,
        endpoints,
        allowMutating,
        headers: Object.fromEntries((flags.header ?? []).map(parseHeader)),
        disabledChecks: new Set(Object.entries(config.checks ?? {})
            .filter(([, value]) => value === 'off')
            .map(([id]) => id)),
    };
}
