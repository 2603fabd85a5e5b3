import type { TypeScriptPrefilter } from './walk.js';
/**
 * A prefilter (see TypeScriptPrefilter) that every file holds where `TypeScriptFile.calleeName` (or
 * `qualifiedName`) answers one of `callees`, plus any `names` a rule's other matches start from.
 * `qualifiedName` builds a name from its root: an identifier of the file, whose text is the name's first
 * segment and is in the parser's table; or a module, imported at the top level (`importsModule`) or
 * required in place (`require('m').x`, where only `require` is an identifier). A module's own name may
 * hold dots, so every dotted prefix of a callee may be its module. `this.x` and call results are not roots
 * this knows.
 */
export declare function calleePrefilter(callees: Iterable<string>, names?: readonly string[]): TypeScriptPrefilter;
