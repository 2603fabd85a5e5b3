import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { UsageError } from '../core/errors.js';
function git(args, cwd) {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}
/** The top of the git work tree holding `cwd`; a one-line usage error when there is none. */
export function repositoryRoot(cwd, flag) {
    try {
        return git(['rev-parse', '--show-toplevel'], cwd).trim();
    }
    catch {
        throw new UsageError(`${flag} needs a git repository, and ${cwd} is not inside one`);
    }
}
/** The commit a ref names; a one-line usage error when it names none. */
export function resolveCommit(ref, cwd, flag) {
    repositoryRoot(cwd, flag);
    try {
        return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).trim();
    }
    catch {
        throw new UsageError(`${flag} ${ref}: no such commit in this repository`);
    }
}
/**
 * Checks `commit` out into a temporary `git worktree`, runs `use` with the
 * directory that corresponds to `cwd` there, and always removes the worktree.
 */
export async function withWorktree(commit, cwd, use) {
    const root = realpathSync(repositoryRoot(cwd, '--baseline-ref'));
    const dir = mkdtempSync(join(tmpdir(), 'agent-harden-base-'));
    git(['worktree', 'add', '--detach', '--quiet', dir, commit], root);
    // Paths inside the repository map to the same place in the old checkout; others stay.
    const toOld = (path) => {
        const inside = relative(root, existsSync(path) ? realpathSync(path) : path);
        return inside.startsWith('..') || isAbsolute(inside) ? path : join(dir, inside);
    };
    try {
        return await use(toOld(cwd), toOld);
    }
    finally {
        try {
            git(['worktree', 'remove', '--force', dir], root);
        }
        catch {
            rmSync(dir, { recursive: true, force: true });
            git(['worktree', 'prune'], root);
        }
    }
}
/** Files renamed between `commit` and the working tree, old path → new path, relative to `cwd`. */
export function renamesSince(commit, cwd) {
    const renames = new Map();
    const out = git(['diff', '-M', '--name-status', '--relative', '-z', commit, '--'], cwd);
    const fields = out.split('\0');
    for (let i = 0; i < fields.length;) {
        const status = fields[i];
        if (!status)
            break;
        if (status.startsWith('R') || status.startsWith('C')) {
            if (status.startsWith('R'))
                renames.set(fields[i + 1], fields[i + 2]);
            i += 3;
        }
        else {
            i += 2;
        }
    }
    return renames;
}
/** Lines that differ from `commit`, per file relative to `cwd`: `'all'` for files new since then (untracked ones included). */
export function changedLinesSince(commit, cwd) {
    const changed = new Map();
    const diff = git(['diff', '-U0', '--no-color', '--no-ext-diff', '-M', '--relative', commit, '--'], cwd);
    let file;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = line.slice(4);
            file = target === '/dev/null' ? undefined : target.replace(/^b\//, '');
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (!hunk || !file)
            continue;
        const start = Number(hunk[1]);
        const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
        const lines = changed.get(file);
        const set = lines instanceof Set ? lines : new Set();
        // A pure deletion (count 0) touches the line it left a gap before.
        if (count === 0)
            set.add(Math.max(start, 1));
        for (let n = start; n < start + count; n++)
            set.add(n);
        if (lines !== 'all')
            changed.set(file, set);
    }
    for (const name of git(['diff', '--name-only', '--diff-filter=A', '--relative', '-z', commit, '--'], cwd).split('\0')) {
        if (name)
            changed.set(name, 'all');
    }
    for (const name of git(['ls-files', '--others', '--exclude-standard', '-z'], cwd).split('\0')) {
        if (name)
            changed.set(name, 'all');
    }
    return changed;
}
