import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { UsageError } from '../core/errors.js';
/** Colour only on a TTY, never under NO_COLOR (https://no-color.org) or --no-color. */
export function useColor(flag, stream = process.stdout) {
    if (flag === false)
        return false;
    if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '')
        return false;
    return !!stream.isTTY;
}
/**
 * Writes a report to stdout a piece at a time (the JSON reporter's pieces hold a few hundred findings
 * each), waiting whenever the pipe is full: a write that cannot go through at once is queued in memory,
 * so an 80 MB report piped to another process was held whole (peak RSS of the TypeScript bench audit
 * 423 MiB to a file, 779 MiB to a pipe). Stops when the reader has gone (EPIPE is handled where the
 * process is owned, in main).
 */
export async function writeToStdout(pieces) {
    const stdout = process.stdout;
    for (const piece of pieces) {
        if (stdout.destroyed)
            return;
        if (stdout.write(piece))
            continue;
        await new Promise((resolve) => {
            const done = () => {
                stdout.off('drain', done).off('close', done).off('error', done);
                resolve();
            };
            stdout.on('drain', done).on('close', done).on('error', done);
        });
    }
}
/** Writes a report file whole or not at all: temp file beside it, then rename. Missing directories are created, as ESLint's --output-file does. */
export function writeFileAtomic(file, content) {
    const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
    try {
        mkdirSync(dirname(file), { recursive: true });
        const fd = openSync(temp, 'w');
        try {
            for (const piece of typeof content === 'string' ? [content] : content)
                writeSync(fd, piece);
        }
        finally {
            closeSync(fd);
        }
        renameSync(temp, file);
    }
    catch (error) {
        try {
            rmSync(temp, { force: true });
        }
        catch {
            // The temp file's directory does not exist (or is a file): there is nothing to clean up.
        }
        const code = error.code;
        throw new UsageError(`cannot write ${file} (${code ?? 'error'}); check that its directory can be created and written`);
    }
}
