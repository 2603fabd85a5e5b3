import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { ServerOptions } from './options.js';
import { renderServer } from './render.js';
function describeIssues(error) {
    return error.issues.map((issue) => `--${String(issue.path[0] ?? 'option')}: ${issue.message}`).join('; ');
}
function isNonEmptyDirectory(dir) {
    try {
        if (!statSync(dir).isDirectory())
            throw new UsageError(`${dir} exists and is not a directory; choose another --dir`);
        return readdirSync(dir).length > 0;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
function writeAtomically(file, content) {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    try {
        writeFileSync(temp, content);
        renameSync(temp, file);
    }
    catch (error) {
        rmSync(temp, { force: true });
        throw new UsageError(`cannot write ${file} (${error.code ?? 'error'}); check that the directory is writable`);
    }
}
/**
 * Writes the reference server into `dir` (default `./<name>`, relative to `cwd`).
 * A non-empty target is refused unless `force`; with `force` the generated files
 * replace their namesakes and other files are left alone.
 */
export async function scaffoldServer(input, cwd = process.cwd()) {
    const parsed = ServerOptions.safeParse(input);
    if (!parsed.success)
        throw new UsageError(describeIssues(parsed.error));
    const options = parsed.data;
    const dir = resolve(cwd, options.dir ?? options.name);
    if (!options.force && isNonEmptyDirectory(dir)) {
        throw new UsageError(`${dir} is not empty; choose another --dir or pass --force to overwrite the generated files`);
    }
    const files = await renderServer(options.lang, { name: options.name });
    for (const file of files)
        writeAtomically(join(dir, file.path), file.content);
    return { dir, files };
}
