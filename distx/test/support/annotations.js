import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
// `# ruleid: cors-wildcard` or `// ok: cors-wildcard (withCredentials)`, exactly one space after the colon.
const STRICT = /^\s*(?:#|\/\/)\s(ruleid|ok|todoruleid|todook):\s([a-z0-9-]+)(?:\s\((\w+)\))?\s*$/;
const LOOSE = /(?:#|\/\/)\s*(ruleid|ok|todoruleid|todook)\s*:/;
export function listFiles(dir) {
    const out = [];
    for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory())
            out.push(...listFiles(path));
        else
            out.push(path);
    }
    return out;
}
/** Reads annotations from every file under `dir`; misspaced ones are returned as errors. */
export function readAnnotations(dir) {
    const annotations = [];
    const errors = [];
    for (const path of listFiles(dir)) {
        const file = relative(dir, path).split('\\').join('/');
        if (file.endsWith('expect.txt')) {
            // JSON cannot hold comments: `path:line ruleid <id>` lines instead, paths relative to expect.txt's folder.
            for (const raw of readFileSync(path, 'utf8').split('\n')) {
                const match = /^(\S+):(\d+)\s+(ruleid|ok)\s+([a-z0-9-]+)$/.exec(raw.trim());
                if (match)
                    annotations.push({ kind: match[3], ruleId: match[4], file: posix.join(posix.dirname(file), match[1]), line: Number(match[2]), commentLine: 0 });
            }
            continue;
        }
        const lines = readFileSync(path, 'utf8').split(/\r?\n/);
        let pending = [];
        lines.forEach((text, index) => {
            const strict = STRICT.exec(text);
            if (strict) {
                pending.push({ kind: strict[1], ruleId: strict[2], messageId: strict[3], file, commentLine: index + 1 });
                return;
            }
            if (LOOSE.test(text) && /^\s*(?:#|\/\/)/.test(text)) {
                errors.push(`${file}:${index + 1}: misspaced annotation "${text.trim()}" (write "# ruleid: <id>" with one space after the colon)`);
                return;
            }
            if (text.trim() === '' || pending.length === 0)
                return;
            for (const annotation of pending)
                annotations.push({ ...annotation, line: index + 1 });
            pending = [];
        });
        for (const annotation of pending)
            errors.push(`${file}:${annotation.commentLine}: annotation with no code line after it`);
    }
    return { annotations, errors };
}
