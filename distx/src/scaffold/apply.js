import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { resolveInside } from './paths.js';
const NODE_FS = {
    writeFile: (path, text) => writeFileSync(path, text),
    rename: (from, to) => renameSync(from, to),
};
/**
 * Beside the project's files while an apply runs; left behind only when the
 * process died mid-apply, and then the next run finishes or undoes that apply.
 */
export const JOURNAL_FILE = '.agent-harden-apply.json';
const journalSchema = z.object({
    /** `staging`: temps being written, no target touched yet. `committed`: every temp is complete; renames may have started. */
    state: z.enum(['staging', 'committed']),
    /** Project-relative paths. */
    entries: z.array(z.object({ target: z.string(), temp: z.string() })),
    /** Directories this apply created, shallowest first. */
    directories: z.array(z.string()),
});
function tempPathFor(target) {
    return join(dirname(target), `.${basename(target)}.agent-harden-${process.pid}.tmp`);
}
/** The directories missing above `target`, shallowest first. */
function missingParents(target, planned) {
    const missing = [];
    let dir = dirname(target);
    while (!existsSync(dir) && !planned.has(dir)) {
        missing.unshift(dir);
        dir = dirname(dir);
    }
    return missing;
}
/** The journal replaces its previous state in one rename, so a crash leaves either state whole. */
function writeJournal(root, journal) {
    const path = join(root, JOURNAL_FILE);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(journal, null, 2)}\n`);
    renameSync(temp, path);
}
/**
 * Writes every change or none: the journal lists the temps, each new text goes
 * to a temp file beside its target, the journal is marked committed, then the
 * temps are renamed over the targets and the journal removed. If a step throws,
 * renamed targets get their old text back, temps and new directories are
 * removed, and the error is rethrown. If the process is killed instead, the
 * journal stays and the next run finishes (committed) or undoes (staging) it.
 */
export function applyChanges(root, changes, fs = NODE_FS) {
    recoverInterruptedApply(root);
    const staged = [];
    const planned = new Set();
    const madeDirectories = [];
    for (const change of changes) {
        const target = resolveInside(root, change.path);
        for (const dir of missingParents(target, planned)) {
            planned.add(dir);
            madeDirectories.push(dir);
        }
        staged.push({ target, temp: tempPathFor(target), change });
    }
    const journal = {
        state: 'staging',
        entries: staged.map(({ target, temp }) => ({ target: relative(root, target), temp: relative(root, temp) })),
        directories: madeDirectories.map((dir) => relative(root, dir)),
    };
    const committed = [];
    try {
        writeJournal(root, journal);
        for (const dir of madeDirectories)
            mkdirSync(dir);
        for (const entry of staged) {
            fs.writeFile(entry.temp, entry.change.after);
            // The rename replaces the file, so a patched script keeps its mode (an executable bit, a private 0600) only if copied.
            if (entry.change.before !== undefined)
                chmodSync(entry.temp, statSync(entry.target).mode & 0o7777);
        }
        writeJournal(root, { ...journal, state: 'committed' });
        for (const entry of staged) {
            fs.rename(entry.temp, entry.target);
            committed.push(entry);
        }
    }
    catch (error) {
        for (const { target, change } of committed.reverse()) {
            if (change.before === undefined)
                rmSync(target, { force: true });
            else {
                const temp = tempPathFor(target);
                writeFileSync(temp, change.before);
                chmodSync(temp, statSync(target).mode & 0o7777);
                renameSync(temp, target);
            }
        }
        for (const { temp } of staged)
            rmSync(temp, { force: true });
        removeDirectories(madeDirectories);
        rmSync(join(root, JOURNAL_FILE), { force: true });
        rmSync(join(root, `${JOURNAL_FILE}.${process.pid}.tmp`), { force: true });
        throw error;
    }
    rmSync(join(root, JOURNAL_FILE), { force: true });
}
function removeDirectories(shallowestFirst) {
    for (const dir of [...shallowestFirst].reverse()) {
        try {
            rmdirSync(dir);
        }
        catch {
            // Not empty (or already gone): something else lives there now; leave it.
        }
    }
}
/**
 * Finishes or undoes an apply a killed process left behind (see applyChanges);
 * says which, or undefined when there was none. scaffold and fix call it before
 * reading the project, so they never plan against half-written files.
 */
export function recoverInterruptedApply(root) {
    const path = join(root, JOURNAL_FILE);
    if (!existsSync(path))
        return undefined;
    let journal;
    try {
        journal = journalSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    }
    catch {
        throw new ConfigError('is not a journal agent-harden can read; check the files it names, then delete it', JOURNAL_FILE);
    }
    const entries = journal.entries.map((entry) => ({ target: resolveInside(root, entry.target), temp: resolveInside(root, entry.temp) }));
    if (journal.state === 'committed') {
        // Every temp was complete before the first rename: renaming the rest finishes the apply.
        for (const { target, temp } of entries)
            if (existsSync(temp))
                renameSync(temp, target);
    }
    else {
        for (const { temp } of entries)
            rmSync(temp, { force: true });
        removeDirectories(journal.directories.map((dir) => resolveInside(root, dir)));
    }
    rmSync(path, { force: true });
    return journal.state === 'committed'
        ? `finished an apply that was interrupted after its files were staged (${entries.length} file(s))`
        : 'undid an apply that was interrupted while staging; no file had been changed';
}
