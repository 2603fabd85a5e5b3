import type { TypeScriptFile } from '../../src/languages/typescript/file.js';
import type { TypeScriptPrefilter } from '../../src/languages/typescript/walk.js';
/** Whether `file` passes `prefilter` on its own, and each prefilter it must pass as well (`and`), as the audit decides it. */
export declare function passes(file: TypeScriptFile, prefilter: TypeScriptPrefilter): boolean;
