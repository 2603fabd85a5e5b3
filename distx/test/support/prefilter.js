import { PrefilterIndex } from '../../src/languages/typescript/prefilter-index.js';
/** Whether `file` passes `prefilter` on its own, and each prefilter it must pass as well (`and`), as the audit decides it. */
export function passes(file, prefilter) {
    for (let part = prefilter; part; part = part.and) {
        if (new PrefilterIndex([part]).passed(file)[0] !== 1)
            return false;
    }
    return true;
}
