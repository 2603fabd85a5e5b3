import { chmodSync, existsSync, mkdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Change } from './plan.js';
import { resolveInside } from './paths.js';

/** The file operations apply uses; tests pass a failing one to prove nothing is left half-written. */
export interface ApplyFileSystem {
  writeFile(path: string, text: string): void;
  rename(from: string, to: string): void;
}

const NODE_FS: ApplyFileSystem = {
  writeFile: (path, text) => writeFileSync(path, text),
  rename: (from, to) => renameSync(from, to),
};

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.agent-harden-${process.pid}.tmp`);
}

/** Creates missing parent directories, returning the ones it made (deepest last) for rollback. */
function makeParents(target: string): string[] {
  const missing: string[] = [];
  let dir = dirname(target);
  while (!existsSync(dir)) {
    missing.unshift(dir);
    dir = dirname(dir);
  }
  for (const path of missing) mkdirSync(path);
  return missing;
}

/**
 * Writes every change or none: first each new text goes to a temp file beside
 * its target, then the temps are renamed over the targets. If any step fails,
 * renamed targets get their old text back, new files and directories are
 * removed, and the error is rethrown.
 */
export function applyChanges(root: string, changes: Change[], fs: ApplyFileSystem = NODE_FS): void {
  const staged: { target: string; temp: string; change: Change }[] = [];
  const madeDirectories: string[] = [];
  const committed: typeof staged = [];
  try {
    for (const change of changes) {
      const target = resolveInside(root, change.path);
      madeDirectories.push(...makeParents(target));
      const temp = tempPathFor(target);
      staged.push({ target, temp, change });
      fs.writeFile(temp, change.after);
      // The rename replaces the file, so a patched script keeps its mode (an executable bit, a private 0600) only if copied.
      if (change.before !== undefined) chmodSync(temp, statSync(target).mode & 0o7777);
    }
    for (const entry of staged) {
      fs.rename(entry.temp, entry.target);
      committed.push(entry);
    }
  } catch (error) {
    for (const { target, change } of committed.reverse()) {
      if (change.before === undefined) rmSync(target, { force: true });
      else {
        const temp = tempPathFor(target);
        writeFileSync(temp, change.before);
        chmodSync(temp, statSync(target).mode & 0o7777);
        renameSync(temp, target);
      }
    }
    for (const { temp } of staged) rmSync(temp, { force: true });
    for (const dir of madeDirectories.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty: something else lives there now; leave it.
      }
    }
    throw error;
  }
}
