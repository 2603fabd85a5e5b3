import type { Report } from '../core/types.js';
import type { ReportFormat } from './formats.js';
import type { ReporterOptions } from './types.js';
/** A format's report as the pieces to write, in order. */
export type Render = (result: Report, options: ReporterOptions) => Iterable<string>;
/** The renderer of one format, loading that format's module only. */
export declare function loadRenderer(format: ReportFormat): Promise<Render>;
