import type { TypeScriptFile } from './file.js';
import type { TypeScriptPrefilter } from './walk.js';
/**
 * Every rule's prefilter (see TypeScriptPrefilter), compiled once per audit so that a file's names, imported
 * modules and text are each read once for all of them: the file's names, or the index's when fewer, are looked
 * up in the other, and one scan of the text finds the words of the prefilters nothing else passed. Testing each
 * prefilter in turn cost some forty lookups per rule and file, and a pass over the text per rule with words.
 */
export declare class PrefilterIndex {
    private readonly prefilters;
    private readonly byName;
    private readonly byModule;
    private readonly words;
    constructor(prefilters: readonly TypeScriptPrefilter[]);
    /** Whether `file` passes each prefilter, by its index in the list the index was built from (1 passes). */
    passed(file: TypeScriptFile): Uint8Array;
}
