import { WordAutomaton } from '../../util/word-automaton.js';
import type { TypeScriptFile } from './file.js';
import type { TypeScriptPrefilter } from './walk.js';

/**
 * Every rule's prefilter (see TypeScriptPrefilter), compiled once per audit so that a file's names, imported
 * modules and text are each read once for all of them: the file's names, or the index's when fewer, are looked
 * up in the other, and one scan of the text finds the words of the prefilters nothing else passed. Testing each
 * prefilter in turn cost some forty lookups per rule and file, and a pass over the text per rule with words.
 */
export class PrefilterIndex {
  private readonly byName = new Map<string, number[]>();
  private readonly byModule = new Map<string, number[]>();
  private readonly words: WordAutomaton<number>;

  constructor(private readonly prefilters: readonly TypeScriptPrefilter[]) {
    prefilters.forEach((prefilter, index) => {
      for (const name of prefilter.names ?? []) listFor(this.byName, name).push(index);
      for (const module of prefilter.modules ?? []) listFor(this.byModule, module).push(index);
    });
    this.words = new WordAutomaton(prefilters.flatMap((prefilter, index) => (prefilter.words ?? []).map((word) => ({ word, label: index }))));
  }

  /** Whether `file` passes each prefilter, by its index in the list the index was built from (1 passes). */
  passed(file: TypeScriptFile): Uint8Array {
    const passed = new Uint8Array(this.prefilters.length);
    const names = file.names();
    // A TypeScript build without the parser's table of names lets every file through.
    if (!names) return passed.fill(1);
    const pass = (indexes: readonly number[] | undefined) => {
      if (indexes) for (const index of indexes) passed[index] = 1;
    };
    if (names.size <= this.byName.size) for (const name of names.keys()) pass(this.byName.get(name));
    else for (const [name, indexes] of this.byName) if (names.has(name)) pass(indexes);
    for (const module of file.importedModulePaths()) pass(this.byModule.get(module));
    let wanted = 0;
    this.prefilters.forEach(({ paths, words }, index) => {
      if (!passed[index] && paths?.test(file.source.fileName)) passed[index] = 1;
      if (!passed[index] && words?.length) wanted += 1;
    });
    if (wanted > 0) {
      this.words.scan(file.utf8, (index) => {
        if (passed[index]) return false;
        passed[index] = 1;
        return --wanted === 0;
      });
    }
    return passed;
  }
}

function listFor(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
