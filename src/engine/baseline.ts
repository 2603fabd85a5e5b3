import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/types.js';

/**
 * A baseline records what a tree already had, so the gate can be turned on
 * without fixing old findings first. Entries are counted per file × rule ×
 * fingerprint; the fingerprint ignores line numbers, so moved code stays quiet.
 */
export interface BaselineEntry {
  file: string;
  ruleId: string;
  fingerprint: string;
  count: number;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export interface BaselineComparison {
  /** Findings the baseline does not account for: the ones to report and gate on. */
  fresh: Finding[];
  /** How many findings the baseline accounted for. */
  matched: number;
  /** Baseline entries (with the count left over) that no current finding matches. */
  stale: BaselineEntry[];
}

function keyOf(entry: { file: string; ruleId: string; fingerprint: string }): string {
  return `${entry.file}\0${entry.ruleId}\0${entry.fingerprint}`;
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const entry = { file: finding.location.file, ruleId: finding.ruleId, fingerprint: finding.fingerprint, count: 0 };
    const known = counts.get(keyOf(entry)) ?? entry;
    known.count++;
    counts.set(keyOf(entry), known);
  }
  const entries = [...counts.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return { version: 1, entries };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Reads and validates a baseline file; zod loads only here, not on every audit. */
export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read baseline ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}); write one with --write-baseline`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`baseline ${file} is not valid JSON; write it again with --write-baseline`);
  }
  const { z } = await import('zod');
  const baselineSchema = z.object({
    version: z.literal(1),
    entries: z.array(z.object({ file: z.string(), ruleId: z.string(), fingerprint: z.string(), count: z.number().int().positive() })),
  });
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) throw new UsageError(`baseline ${file} is not an agent-harden baseline (version 1); write it again with --write-baseline`);
  return parsed.data as Baseline;
}

export function compareWithBaseline(findings: readonly Finding[], baseline: Baseline): BaselineComparison {
  const remaining = new Map<string, number>();
  for (const entry of baseline.entries) remaining.set(keyOf(entry), (remaining.get(keyOf(entry)) ?? 0) + entry.count);
  const fresh: Finding[] = [];
  let matched = 0;
  for (const finding of findings) {
    const key = keyOf({ file: finding.location.file, ruleId: finding.ruleId, fingerprint: finding.fingerprint });
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      matched++;
    } else {
      fresh.push(finding);
    }
  }
  const stale: BaselineEntry[] = [];
  for (const entry of baseline.entries) {
    const left = remaining.get(keyOf(entry)) ?? 0;
    if (left <= 0) continue;
    const count = Math.min(left, entry.count);
    stale.push({ ...entry, count });
    remaining.set(keyOf(entry), left - count);
  }
  return { fresh, matched, stale };
}

/** The baseline minus what no longer matches. */
export function pruneBaseline(baseline: Baseline, stale: readonly BaselineEntry[]): Baseline {
  const drop = new Map(stale.map((entry) => [keyOf(entry), entry.count]));
  const entries = baseline.entries
    .map((entry) => ({ ...entry, count: entry.count - (drop.get(keyOf(entry)) ?? 0) }))
    .filter((entry) => entry.count > 0);
  return { version: 1, entries };
}
