import type { TypeScriptFile } from '../../src/languages/typescript/file.js';
import { PrefilterIndex } from '../../src/languages/typescript/prefilter-index.js';
import type { TypeScriptPrefilter } from '../../src/languages/typescript/walk.js';

/** Whether `file` passes `prefilter` on its own, and each prefilter it must pass as well (`and`), as the audit decides it. */
export function passes(file: TypeScriptFile, prefilter: TypeScriptPrefilter): boolean {
  for (let part: TypeScriptPrefilter | undefined = prefilter; part; part = part.and) {
    if (new PrefilterIndex([part]).passed(file)[0] !== 1) return false;
  }
  return true;
}
