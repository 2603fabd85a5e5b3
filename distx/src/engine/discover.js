import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { UsageError } from '../core/errors.js';
import { fileKind } from './file-kinds.js';
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
/** Directories that hold dependencies, caches or build output, never the project's own code. */
const EXCLUDED_DIRECTORIES = new Set([
    'node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', '.tox', '.nox', '.mypy_cache',
    '.pytest_cache', '.ruff_cache', 'site-packages', 'dist', 'build', '.next', '.nuxt', '.svelte-kit',
    '.turbo', '.vercel', 'coverage', '.cache', '.terraform', '.serverless', '.eggs', '.agent-harden-cache',
]);
const IGNORE_FILES = ['.gitignore', '.agent-hardenignore'];
function toPosix(path) {
    return sep === '/' ? path : path.split(sep).join('/');
}
/** The directory's ignore files, among the names its listing holds (asking the file system for each costs a call per directory). */
function readIgnoreLayer(dir, listed) {
    let matcher;
    for (const name of IGNORE_FILES) {
        if (!listed(name))
            continue;
        try {
            matcher ??= ignore();
            matcher.add(readFileSync(join(dir, name), 'utf8'));
        }
        catch {
            // An unreadable ignore file ignores nothing; the files it would hide are still scanned.
        }
    }
    return matcher ? { dir, matcher } : undefined;
}
/**
 * `relative(from, to)`, by slicing when `to` lies under `from` as written, as every path the walk makes
 * does: `path.relative` resolves both sides, and asked for every entry it was a tenth of discovery.
 */
function relativeTo(from, to) {
    return to.length > from.length + 1 && to.startsWith(from) && to[from.length] === sep ? to.slice(from.length + 1) : relative(from, to);
}
function isIgnored(layers, absolutePath, isDirectory) {
    for (const layer of layers) {
        const rel = toPosix(relativeTo(layer.dir, absolutePath));
        if (!rel || rel.startsWith('..'))
            continue;
        if (layer.matcher.ignores(isDirectory ? `${rel}/` : rel))
            return true;
    }
    return false;
}
function isInside(root, target) {
    const rel = relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
/**
 * Walks the scan roots: honours .gitignore and .agent-hardenignore at every level,
 * skips dependency and build directories, oversized and unreadable files, and never
 * follows a symlink (one that points outside the root is reported). Each skip is
 * listed with its reason. Nothing found is executed or imported.
 */
export function discover(options) {
    const files = [];
    const skipped = [];
    const manifestDirs = new Set();
    const configIgnore = options.ignorePatterns.length > 0 ? { dir: options.ignoreBase, matcher: ignore().add(options.ignorePatterns) } : undefined;
    const seen = new Set();
    const rel = (absolute) => toPosix(relativeTo(options.cwd, absolute)) || '.';
    const handleSymlink = (absolutePath, root) => {
        const path = rel(absolutePath);
        let target;
        try {
            target = realpathSync(absolutePath);
        }
        catch (error) {
            const code = error.code;
            skipped.push({ file: path, reason: code === 'ELOOP' ? 'symlink-loop' : 'unreadable', detail: `symlink: ${code ?? 'unresolvable'}` });
            return;
        }
        if (!isInside(realpathSync(root), target)) {
            skipped.push({ file: path, reason: 'symlink-outside-root', detail: 'points outside the scanned root; not followed' });
        }
        else if (fileKind(path) || statSync(target).isDirectory()) {
            // Inside the root the target is scanned under its own path; following the link would count it twice.
            skipped.push({ file: path, reason: 'symlink-inside-root', detail: 'its target is scanned under its own path' });
        }
    };
    const walk = (dir, root, layers) => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch (error) {
            const code = error.code;
            // Gone between its parent's listing and this one (directories are not stat'ed first).
            skipped.push(code === 'ENOENT' ? { file: rel(dir), reason: 'vanished' } : { file: rel(dir), reason: 'unreadable', detail: code });
            return;
        }
        const listed = (name) => entries.some((entry) => entry.name === name);
        if (listed('pyvenv.cfg') && dir !== root) {
            skipped.push({ file: rel(dir), reason: 'excluded-directory', detail: 'Python virtual environment' });
            return;
        }
        const layer = readIgnoreLayer(dir, listed);
        const active = layer ? [...layers, layer] : layers;
        // Sorted so results never depend on the file system's listing order.
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const name = entry.name;
            // `dir` is already normal and a listed name has no separator: `join` would normalize again.
            const absolutePath = dir.endsWith(sep) ? dir + name : dir + sep + name;
            // The listing's entry type spares a stat for directories and for files no rule reads; a file system
            // that does not report types (DT_UNKNOWN) is asked with lstat.
            let stats;
            if (!entry.isFile() && !entry.isDirectory() && !entry.isSymbolicLink()) {
                stats = lstatOrVanished(absolutePath);
                if (!stats)
                    continue;
            }
            const type = stats ?? entry;
            if (type.isSymbolicLink()) {
                if (!isIgnored(active, absolutePath, false))
                    handleSymlink(absolutePath, root);
                continue;
            }
            const isDirectory = type.isDirectory();
            if (isDirectory && EXCLUDED_DIRECTORIES.has(name)) {
                // `audit --cache` writes its own directory: not worth a line in every later report.
                if (name === '.agent-harden-cache')
                    continue;
                skipped.push({ file: rel(absolutePath), reason: 'excluded-directory', detail: 'dependencies, caches or build output' });
                continue;
            }
            if (isIgnored(active, absolutePath, isDirectory) || (configIgnore && isIgnored([configIgnore], absolutePath, isDirectory))) {
                if (isDirectory || fileKind(name))
                    skipped.push({ file: rel(absolutePath), reason: 'ignored-by-config' });
                continue;
            }
            if (isDirectory)
                walk(absolutePath, root, active);
            else if (type.isFile())
                considerFile(absolutePath, root, stats);
        }
    };
    /** A file some rule reads (it has a kind), stat'ed here unless the caller already did. */
    const considerFile = (absolutePath, root, known) => {
        const path = rel(absolutePath);
        const kind = fileKind(path);
        if (!kind)
            return;
        const stats = known ?? lstatOrVanished(absolutePath);
        if (!stats)
            return;
        if (kind === 'requirements' || kind === 'pyproject' || kind === 'package-json') {
            manifestDirs.add(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.');
        }
        if (stats.size > options.maxFileSize) {
            skipped.push({ file: path, reason: 'too-large', detail: `${stats.size} bytes > limit ${options.maxFileSize}` });
            return;
        }
        files.push({ absolutePath, path, kind, size: stats.size, root });
    };
    const lstatOrVanished = (absolutePath) => {
        try {
            return lstatSync(absolutePath);
        }
        catch {
            skipped.push({ file: rel(absolutePath), reason: 'vanished' });
            return undefined;
        }
    };
    for (const requested of options.roots) {
        const absoluteRoot = resolve(options.cwd, requested);
        let stats;
        try {
            stats = statSync(absoluteRoot);
        }
        catch {
            throw new UsageError(`path not found: ${requested} (give a directory or file to audit)`);
        }
        const key = realpathSync(absoluteRoot);
        if (seen.has(key))
            continue;
        seen.add(key);
        manifestDirs.add(rel(stats.isDirectory() ? absoluteRoot : resolve(absoluteRoot, '..')));
        if (stats.isDirectory())
            walk(absoluteRoot, absoluteRoot, []);
        else
            considerFile(absoluteRoot, resolve(absoluteRoot, '..'), stats);
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { files, skipped, roots: [...manifestDirs].sort() };
}
