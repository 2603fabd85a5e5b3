import type { Report } from '../core/types.js';
import type { Reporter } from './types.js';
/** Bumped on any breaking change to the shape below; documented in docs/json-report.md. */
export declare const JSON_SCHEMA_VERSION = 1;
/**
 * The JSON report in pieces of a few hundred findings: the same bytes as
 * `JSON.stringify(document, null, 2)`, without ever holding the whole text (a
 * tree with 65,000 findings makes an 80 MB document). Each piece is a slice of
 * findings stringified inside a `{ "findings": [...] }` wrapper, which indents
 * them as deep as the document does; the wrapper's own lines are cut off.
 */
export declare function jsonChunks(result: Report): Generator<string>;
export declare const json: Reporter;
