const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;
/**
 * A prefilter (see TypeScriptPrefilter) that every file holds where `TypeScriptFile.calleeName` (or
 * `qualifiedName`) answers one of `callees`, plus any `names` a rule's other matches start from.
 * `qualifiedName` builds a name from its root: an identifier of the file, whose text is the name's first
 * segment and is in the parser's table; or a module, imported at the top level (`importsModule`) or
 * required in place (`require('m').x`, where only `require` is an identifier). A module's own name may
 * hold dots, so every dotted prefix of a callee may be its module. `this.x` and call results are not roots
 * this knows.
 */
export function calleePrefilter(callees, names = []) {
    const roots = new Set([...names, 'require']);
    const modules = new Set();
    for (const callee of callees) {
        if (/^this\.|^new |\(/.test(callee))
            throw new TypeError(`calleePrefilter: no root to require for "${callee}"`);
        const segments = callee.split('.');
        if (IDENTIFIER.test(segments[0]))
            roots.add(segments[0]);
        for (let count = 1; count <= segments.length; count++)
            modules.add(segments.slice(0, count).join('.'));
    }
    return { names: [...roots], modules: [...modules] };
}
