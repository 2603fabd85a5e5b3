import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
/** Beside the project's files; records what scaffold wrote so a later run can tell its own untouched files from edited ones. */
export const METADATA_FILE = '.agent-harden-scaffold.json';
const metadataSchema = z.object({
    tool: z.literal('agent-harden'),
    version: z.string(),
    files: z.record(z.string(), z.object({ generator: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export function sha256(text) {
    return createHash('sha256').update(text).digest('hex');
}
export function readMetadata(text, version) {
    if (text === undefined)
        return { tool: 'agent-harden', version, files: {} };
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw new ConfigError('is not valid JSON; delete it to start over (scaffold then treats every existing file as yours)', METADATA_FILE);
    }
    const parsed = metadataSchema.safeParse(raw);
    if (!parsed.success)
        throw new ConfigError(`${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ')}; delete it to start over`, METADATA_FILE);
    return parsed.data;
}
export function renderMetadata(metadata) {
    const files = Object.fromEntries(Object.entries(metadata.files).sort(([a], [b]) => a.localeCompare(b)));
    return `${JSON.stringify({ ...metadata, files }, null, 2)}\n`;
}
