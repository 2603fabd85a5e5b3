import { UsageError } from '../core/errors.js';
import { isReportFormat, REPORT_FORMATS } from '../reporters/formats.js';
import { loadRenderer } from '../reporters/load.js';
/** The renderer a `--format` value names, loading that reporter only; any other name is a usage error. */
export async function rendererFor(format) {
    if (!isReportFormat(format))
        throw new UsageError(`unknown format "${format}"; use one of ${REPORT_FORMATS.join(', ')}`);
    return loadRenderer(format);
}
