import { z } from 'zod';
import { CONFIDENCES, SEVERITIES } from './types.js';
// The config file's schema, kept apart from config.ts so that zod loads only when a file is validated.
const severity = z.enum(SEVERITIES);
const gateLevel = z.enum([...SEVERITIES, 'none']);
const ruleSetting = z.union([
    z.literal('off'),
    severity,
    z.strictObject({
        enabled: z.boolean().optional(),
        severity: severity.optional(),
        options: z.record(z.string(), z.unknown()).optional(),
    }),
]);
export const configSchema = z.strictObject({
    $schema: z.string().optional(),
    rules: z.record(z.string(), ruleSetting).default({}),
    /** Globs (gitignore syntax) of paths not to scan, relative to the config file. */
    ignore: z.array(z.string()).default([]),
    failOn: gateLevel.optional(),
    minConfidence: z.enum(CONFIDENCES).optional(),
    minScore: z.number().min(0).max(100).optional(),
    maxFileSize: z.number().int().positive().optional(),
    /** Worker threads for `audit` (default: the machine's available parallelism). */
    jobs: z.number().int().positive().optional(),
    /** Reserved for `probe` (see docs); validated by that command. */
    probe: z.record(z.string(), z.unknown()).optional(),
    /** Reserved for `scaffold` and `fix`; validated by those commands. */
    scaffold: z.record(z.string(), z.unknown()).optional(),
});
/** `a.b[2].c: message` for each zod issue, so the user sees the key and what is allowed. */
export function formatZodIssues(error) {
    return error.issues
        .map((issue) => {
        const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.');
        return path ? `${path}: ${issue.message}` : issue.message;
    })
        .join('; ');
}
