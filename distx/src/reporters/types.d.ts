import type { Report } from '../core/types.js';
export interface ReporterOptions {
    /** Colour is decided by the CLI (TTY, NO_COLOR, --no-color), never by a reporter. */
    color: boolean;
}
/** A reporter is a pure function from a result to the text to print or write. */
export type Reporter = (result: Report, options: ReporterOptions) => string;
