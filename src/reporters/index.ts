import { github } from './github.js';
import { json, jsonChunks } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { Report } from '../core/types.js';
import type { ReportFormat } from './formats.js';
import type { Reporter, ReporterOptions } from './types.js';

// `satisfies`: a format listed for the CLI without a reporter, or a reporter not listed, fails to compile.
export const REPORTERS: Record<string, Reporter> = { text, json, sarif, github, junit, markdown } satisfies Record<ReportFormat, Reporter>;

// Formats whose document can be written in pieces, so a huge report is never held whole in memory.
const CHUNKED: Record<string, (result: Report) => Iterable<string>> = { json: jsonChunks };

/** A known format's report as the pieces to write, in order (one piece for formats that build their text whole). */
export function renderChunks(format: string, result: Report, options: ReporterOptions): Iterable<string> {
  return CHUNKED[format]?.(result) ?? [REPORTERS[format]!(result, options)];
}
export type { Reporter, ReporterOptions } from './types.js';
