import { readFileSync } from 'node:fs';
/**
 * A source file's text as analysis sees it: UTF-8, or UTF-16 with a byte-order
 * mark, less a leading BOM; undefined for a binary file (a NUL byte in the
 * first 8 KiB, as git decides).
 */
export function decodeSource(buffer) {
    if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe)
        return buffer.subarray(2).toString('utf16le');
    if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
        const swapped = Buffer.from(buffer.subarray(2));
        swapped.swap16();
        return swapped.toString('utf16le');
    }
    if (buffer.subarray(0, 8000).includes(0))
        return undefined;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/**
 * `decodeSource` of a file on disk. Node reads and decodes UTF-8 in one native
 * call, at about half the cost of reading bytes and decoding them (10,400 files:
 * 173 against 319 ms), and replaces invalid sequences as `TextDecoder` does
 * (test/source-text.test.ts holds the two to the same text). Only a byte-order
 * mark (UTF-16's read as UTF-8 starts with U+FFFD) or a NUL needs the bytes;
 * such a file is read again.
 */
export function readSourceText(path) {
    const text = readFileSync(path, 'utf8');
    const first = text.charCodeAt(0);
    if (first === 0xfeff || first === 0xfffd || text.includes('\0'))
        return decodeSource(readFileSync(path));
    return text;
}
/** `readSourceText` of each path, an error kept as that file's result: a file gone or unreadable costs that file only. */
export function readSourceTexts(paths) {
    return paths.map((path) => {
        try {
            return { text: readSourceText(path) };
        }
        catch (error) {
            return { error: error };
        }
    });
}
