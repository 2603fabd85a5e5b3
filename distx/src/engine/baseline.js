import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
function keyOf(entry) {
    return `${entry.file}\0${entry.ruleId}\0${entry.fingerprint}`;
}
export function createBaseline(findings) {
    const counts = new Map();
    for (const finding of findings) {
        const entry = { file: finding.location.file, ruleId: finding.ruleId, fingerprint: finding.fingerprint, count: 0 };
        const known = counts.get(keyOf(entry)) ?? entry;
        known.count++;
        counts.set(keyOf(entry), known);
    }
    const entries = [...counts.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    return { version: 1, entries };
}
export function serializeBaseline(baseline) {
    return `${JSON.stringify(baseline, null, 2)}\n`;
}
/** Reads and validates a baseline file; zod loads only here, not on every audit. */
export async function readBaseline(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new UsageError(`cannot read baseline ${file} (${error.code ?? 'error'}); write one with --write-baseline`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new UsageError(`baseline ${file} is not valid JSON; write it again with --write-baseline`);
    }
    const { z } = await import('zod');
    const baselineSchema = z.object({
        version: z.literal(1),
        entries: z.array(z.object({ file: z.string(), ruleId: z.string(), fingerprint: z.string(), count: z.number().int().positive() })),
    });
    const parsed = baselineSchema.safeParse(data);
    if (!parsed.success)
        throw new UsageError(`baseline ${file} is not an agent-harden baseline (version 1); write it again with --write-baseline`);
    return parsed.data;
}
export function compareWithBaseline(findings, baseline) {
    const remaining = new Map();
    for (const entry of baseline.entries)
        remaining.set(keyOf(entry), (remaining.get(keyOf(entry)) ?? 0) + entry.count);
    const fresh = [];
    let matched = 0;
    for (const finding of findings) {
        const key = keyOf({ file: finding.location.file, ruleId: finding.ruleId, fingerprint: finding.fingerprint });
        const left = remaining.get(key) ?? 0;
        if (left > 0) {
            remaining.set(key, left - 1);
            matched++;
        }
        else {
            fresh.push(finding);
        }
    }
    const stale = [];
    for (const entry of baseline.entries) {
        const left = remaining.get(keyOf(entry)) ?? 0;
        if (left <= 0)
            continue;
        const count = Math.min(left, entry.count);
        stale.push({ ...entry, count });
        remaining.set(keyOf(entry), left - count);
    }
    return { fresh, matched, stale };
}
/** The baseline minus what no longer matches. */
export function pruneBaseline(baseline, stale) {
    const drop = new Map(stale.map((entry) => [keyOf(entry), entry.count]));
    const entries = baseline.entries
        .map((entry) => ({ ...entry, count: entry.count - (drop.get(keyOf(entry)) ?? 0) }))
        .filter((entry) => entry.count > 0);
    return { version: 1, entries };
}
