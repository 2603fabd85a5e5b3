/** Colour only on a TTY, never under NO_COLOR (https://no-color.org) or --no-color. */
export declare function useColor(flag: boolean | undefined, stream?: NodeJS.WriteStream): boolean;
/**
 * Writes a report to stdout a piece at a time (the JSON reporter's pieces hold a few hundred findings
 * each), waiting whenever the pipe is full: a write that cannot go through at once is queued in memory,
 * so an 80 MB report piped to another process was held whole (peak RSS of the TypeScript bench audit
 * 423 MiB to a file, 779 MiB to a pipe). Stops when the reader has gone (EPIPE is handled where the
 * process is owned, in main).
 */
export declare function writeToStdout(pieces: Iterable<string>): Promise<void>;
/** Writes a report file whole or not at all: temp file beside it, then rename. Missing directories are created, as ESLint's --output-file does. */
export declare function writeFileAtomic(file: string, content: string | Iterable<string>): void;
