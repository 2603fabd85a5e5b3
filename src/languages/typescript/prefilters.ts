import { lastName, type CalleeFilter, type TypeScriptPrefilter } from './walk.js';

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
export function calleePrefilter(callees: Iterable<string>, names: readonly string[] = []): TypeScriptPrefilter {
  const roots = new Set<string>([...names, 'require']);
  const modules = new Set<string>();
  for (const callee of callees) {
    if (/^this\.|^new |\(/.test(callee)) throw new TypeError(`calleePrefilter: no root to require for "${callee}"`);
    const segments = callee.split('.');
    if (IDENTIFIER.test(segments[0])) roots.add(segments[0]);
    for (let count = 1; count <= segments.length; count++) modules.add(segments.slice(0, count).join('.'));
  }
  return { names: [...roots], modules: [...modules] };
}

/**
 * A prefilter that every file holds where `calleeName` answers one of `callees` (`a.b`, each with a dot), plus any
 * `names` and `modules` a rule's other matches start from. Tighter than calleePrefilter when the roots are common
 * (`process`, `http`): a callee `a.b` ends in the name `b` (an identifier, a property, or an import specifier's
 * name), or `b` is imported from module `a` under a string name (`import { 'b' as x } from 'a'`, not interned), or
 * the whole callee is a module imported by default (a module named `a.b`).
 */
export function memberPrefilter(callees: Iterable<string>, extra: TypeScriptPrefilter = {}): TypeScriptPrefilter {
  const names = new Set(extra.names);
  const modules = new Set(extra.modules);
  for (const callee of callees) {
    const dot = callee.lastIndexOf('.');
    if (dot < 0) throw new TypeError(`memberPrefilter: "${callee}" has no member`);
    names.add(callee.slice(dot + 1));
    modules.add(callee.slice(0, dot)).add(callee);
  }
  return { names: [...names], modules: [...modules] };
}

/** A callee filter (see CallVisitors) that takes the calls whose callee's last name is one of `lastNames`. */
export function calleesNamed(...lastNames: Iterable<string>[]): CalleeFilter {
  const names = new Set(lastNames.flatMap((list) => [...list]));
  return (name) => names.has(name);
}

/** `lastName` of each callee. */
export function lastNames(callees: Iterable<string>): string[] {
  return [...callees].map(lastName);
}
