import type { TypeScriptFile } from '../../src/languages/typescript/file.js';
import { PrefilterIndex } from '../../src/languages/typescript/prefilter-index.js';
import type { TypeScriptPrefilter } from '../../src/languages/typescript/walk.js';

/** Whether `file` passes `prefilter` on its own, as the audit's index decides it. */
export function passes(file: TypeScriptFile, prefilter: TypeScriptPrefilter): boolean {
  return new PrefilterIndex([prefilter]).passed(file)[0] === 1;
}
