import { ownString } from '../util/own-string.js';
const MAX_SNIPPET_LINES = 6;
/**
 * A finding as a rule reported it, always in one shape. Fields are copied one by
 * one: V8's generic object rest and spread copies took more time than the rest
 * of `report` together on the TypeScript bench (65,000 findings). Its strings are
 * own copies, as everything a file's analysis keeps (see ownString).
 */
export function rawFinding(reported, ruleId, location, snippet) {
    return {
        ruleId,
        messageId: reported.messageId,
        data: reported.data && ownValues(reported.data),
        severity: reported.severity,
        confidence: reported.confidence,
        redact: reported.redact?.map(ownString),
        location,
        snippet: ownString(snippet),
    };
}
function ownValues(data) {
    const own = {};
    for (const key in data)
        own[key] = ownString(data[key]);
    return own;
}
/** The full source lines spanning [start, end), capped so a huge node never floods a report. */
export function linesAround(text, start, end) {
    const from = text.lastIndexOf('\n', start - 1) + 1;
    let to = text.indexOf('\n', Math.max(end - 1, start));
    if (to < 0)
        to = text.length;
    // Stop at the cap's last line break: anchors span whole handlers and classes, and facts take one each.
    let cut = from - 1;
    for (let line = 0; line < MAX_SNIPPET_LINES && cut < to; line++) {
        cut = text.indexOf('\n', cut + 1);
        if (cut < 0)
            break;
    }
    if (cut >= 0 && cut < to)
        to = cut;
    return text.slice(from, to).replace(/\r/g, '');
}
export function pythonLocation(path, node) {
    return {
        file: path,
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        endLine: node.endPosition.row + 1,
        endColumn: node.endPosition.column + 1,
    };
}
/** `startIndex` is where the node's own text begins, after its leading trivia (`node.getStart`, which scans the trivia). */
function typeScriptLocation(path, file, startIndex, endIndex) {
    const start = file.lineAndCharacter(startIndex);
    const end = file.lineAndCharacter(endIndex);
    return { file: path, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
function pythonAnchor(current, node) {
    return { location: pythonLocation(current.path, node), snippet: linesAround(current.text, node.startIndex, node.endIndex) };
}
function typeScriptAnchor(current, node) {
    const file = current.typescript;
    const start = node.getStart(file.source);
    const end = node.getEnd();
    return { location: typeScriptLocation(current.path, file, start, end), snippet: linesAround(current.text, start, end) };
}
// Contexts are class instances, not object literals with getters: every literal with accessors gets a map of
// its own, so helpers shared by all rules (which read `ctx.file` and call `ctx.report`) saw some fifty maps and
// went megamorphic. One class per language gives them one map and inlinable prototype getters.
class FileContext {
    ruleId;
    options;
    current;
    sink;
    project;
    constructor(ruleId, options, current, sink) {
        this.ruleId = ruleId;
        this.options = options;
        this.current = current;
        this.sink = sink;
        this.project = sink.project;
    }
    get path() {
        return this.current.path;
    }
    /** Kept to the project phase, so its strings are own copies (see ownString). */
    fact(key, value, at) {
        const { path, unit } = this.current;
        this.project.facts.push({ key, language: this.language, file: path, unit, value: value && ownString(value), location: at?.location, snippet: at && ownString(at.snippet) });
    }
}
/** What Python and TypeScript contexts share: findings, apps and routes anchored on a syntax node. */
class CodeContext extends FileContext {
    report(descriptor) {
        const anchor = this.anchor(descriptor.node);
        this.sink.findings.push(rawFinding(descriptor, this.ruleId, anchor.location, anchor.snippet));
    }
    addApp(framework, node, name) {
        const { location, snippet } = this.anchor(node);
        this.project.apps.push({ framework, language: this.language, name: name && ownString(name), unit: this.current.unit, location, snippet: ownString(snippet) });
    }
    addRoute(framework, node, method, path) {
        const { location, snippet } = this.anchor(node);
        this.project.routes.push({ framework, language: this.language, method: ownString(method), path: path && ownString(path), unit: this.current.unit, location, snippet: ownString(snippet) });
    }
}
class PythonContext extends CodeContext {
    language = 'python';
    get file() {
        return this.current.python;
    }
    anchor(node) {
        return pythonAnchor(this.current, node);
    }
}
class TypeScriptContext extends CodeContext {
    language = 'typescript';
    get file() {
        return this.current.typescript;
    }
    anchor(node) {
        return typeScriptAnchor(this.current, node);
    }
}
class TextContext extends FileContext {
    language = 'text';
    get kind() {
        return this.current.kind;
    }
    get text() {
        return this.current.text;
    }
    get lines() {
        return (this.current.lines ??= this.current.text.split(/\r?\n/));
    }
    report(descriptor) {
        const { line, column, endLine, endColumn } = descriptor;
        const lines = this.lines;
        const lastLine = endLine ?? line;
        const location = {
            file: this.current.path,
            line,
            column: column ?? 1,
            endLine: lastLine,
            endColumn: endColumn ?? (lines[lastLine - 1]?.length ?? 0) + 1,
        };
        const snippet = lines.slice(line - 1, Math.min(lastLine, line - 1 + MAX_SNIPPET_LINES)).join('\n');
        this.sink.findings.push(rawFinding(descriptor, this.ruleId, location, snippet));
    }
}
export function createPythonContext(ruleId, options, current, sink) {
    return new PythonContext(ruleId, options, current, sink);
}
export function createTypeScriptContext(ruleId, options, current, sink) {
    return new TypeScriptContext(ruleId, options, current, sink);
}
export function createTextContext(ruleId, options, current, sink) {
    return new TextContext(ruleId, options, current, sink);
}
/** An anchor on a whole line of a text file, for facts from text checks. */
export function lineAnchor(path, lines, line) {
    const text = lines[line - 1] ?? '';
    return { location: { file: path, line, column: 1, endLine: line, endColumn: text.length + 1 }, snippet: text };
}
/** An anchor on a Dockerfile instruction (the final-stage `FROM` for "missing X" findings). */
export function instructionAnchor(path, instruction) {
    const snippet = `${instruction.keyword} ${instruction.args}`;
    return { location: { file: path, line: instruction.line, column: 1, endLine: instruction.line, endColumn: snippet.length + 1 }, snippet };
}
/** True when `path` is `dir` or inside it (POSIX, relative; `.` is the scan root). */
export function isWithin(path, dir) {
    return dir === '.' || dir === '' || path === dir || path.startsWith(`${dir}/`);
}
