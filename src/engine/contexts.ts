import type { PyNode } from '../languages/python/tree.js';
import type * as TypeScript from 'typescript';
import type { SourceLocation } from '../core/types.js';
import type { PythonFile } from '../languages/python/file.js';
import type { TypeScriptFile } from '../languages/typescript/file.js';
import type { FileKind } from './file-kinds.js';
import type { Anchor, CodeLanguage, FrameworkId, ProjectModel } from './project-model.js';
import type {
  PythonRuleContext,
  RawFinding,
  ReportBase,
  TextRuleContext,
  TypeScriptRuleContext,
} from './report.js';

/** The file being walked; contexts read it, the engine swaps it between files. */
export interface CurrentFile {
  path: string;
  unit: string;
  text: string;
  kind: FileKind;
  python?: PythonFile;
  typescript?: TypeScriptFile;
  lines?: string[];
  /** Framework ids whose enablers this file imports. */
  enabledFrameworks: Set<FrameworkId>;
}

export interface Sink {
  findings: RawFinding[];
  project: ProjectModel;
}

const MAX_SNIPPET_LINES = 6;

/** The full source lines spanning [start, end), capped so a huge node never floods a report. */
export function linesAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', Math.max(end - 1, start));
  if (to < 0) to = text.length;
  // Stop at the cap's last line break: anchors span whole handlers and classes, and facts take one each.
  let cut = from - 1;
  for (let line = 0; line < MAX_SNIPPET_LINES && cut < to; line++) {
    cut = text.indexOf('\n', cut + 1);
    if (cut < 0) break;
  }
  if (cut >= 0 && cut < to) to = cut;
  return text.slice(from, to).replace(/\r/g, '');
}

export function pythonLocation(path: string, node: PyNode): SourceLocation {
  return {
    file: path,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}

/** `startIndex` is where the node's own text begins, after its leading trivia (`node.getStart`, which scans the trivia). */
function typeScriptLocation(path: string, source: TypeScript.SourceFile, startIndex: number, endIndex: number): SourceLocation {
  const start = source.getLineAndCharacterOfPosition(startIndex);
  const end = source.getLineAndCharacterOfPosition(endIndex);
  return { file: path, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function pythonAnchor(current: CurrentFile, node: PyNode): Anchor {
  return { location: pythonLocation(current.path, node), snippet: linesAround(current.text, node.startIndex, node.endIndex) };
}

function typeScriptAnchor(current: CurrentFile, node: TypeScript.Node): Anchor {
  const source = current.typescript!.source;
  const start = node.getStart(source);
  const end = node.getEnd();
  return { location: typeScriptLocation(current.path, source, start, end), snippet: linesAround(current.text, start, end) };
}

function pushFact(sink: Sink, current: CurrentFile, language: CodeLanguage | 'text', key: string, value?: string, at?: Anchor) {
  sink.project.facts.push({ key, language, file: current.path, unit: current.unit, value, ...at });
}

export function createPythonContext(ruleId: string, options: Record<string, unknown>, current: CurrentFile, sink: Sink): PythonRuleContext {
  return {
    get path() {
      return current.path;
    },
    get file() {
      return current.python!;
    },
    options,
    project: sink.project,
    report(descriptor: ReportBase & { node: PyNode }) {
      const { node, ...rest } = descriptor;
      const anchor = pythonAnchor(current, node);
      sink.findings.push({ ...rest, ruleId, location: anchor.location, snippet: anchor.snippet });
    },
    anchor: (node) => pythonAnchor(current, node),
    fact: (key, value, at) => pushFact(sink, current, 'python', key, value, at),
    addApp(framework, node, name) {
      sink.project.apps.push({ framework, language: 'python', name, unit: current.unit, ...pythonAnchor(current, node) });
    },
    addRoute(framework, node, method, path) {
      sink.project.routes.push({ framework, language: 'python', method, path, unit: current.unit, ...pythonAnchor(current, node) });
    },
  };
}

export function createTypeScriptContext(ruleId: string, options: Record<string, unknown>, current: CurrentFile, sink: Sink): TypeScriptRuleContext {
  return {
    get path() {
      return current.path;
    },
    get file() {
      return current.typescript!;
    },
    options,
    project: sink.project,
    report(descriptor: ReportBase & { node: TypeScript.Node }) {
      const { node, ...rest } = descriptor;
      const anchor = typeScriptAnchor(current, node);
      sink.findings.push({ ...rest, ruleId, location: anchor.location, snippet: anchor.snippet });
    },
    anchor: (node) => typeScriptAnchor(current, node),
    fact: (key, value, at) => pushFact(sink, current, 'typescript', key, value, at),
    addApp(framework, node, name) {
      sink.project.apps.push({ framework, language: 'typescript', name, unit: current.unit, ...typeScriptAnchor(current, node) });
    },
    addRoute(framework, node, method, path) {
      sink.project.routes.push({ framework, language: 'typescript', method, path, unit: current.unit, ...typeScriptAnchor(current, node) });
    },
  };
}

export function createTextContext(ruleId: string, options: Record<string, unknown>, current: CurrentFile, sink: Sink): TextRuleContext {
  return {
    get path() {
      return current.path;
    },
    get kind() {
      return current.kind;
    },
    get text() {
      return current.text;
    },
    get lines() {
      return (current.lines ??= current.text.split(/\r?\n/));
    },
    options,
    project: sink.project,
    report(descriptor) {
      const { line, column, endLine, endColumn, ...rest } = descriptor;
      const lines = (current.lines ??= current.text.split(/\r?\n/));
      const lastLine = endLine ?? line;
      const location: SourceLocation = {
        file: current.path,
        line,
        column: column ?? 1,
        endLine: lastLine,
        endColumn: endColumn ?? (lines[lastLine - 1]?.length ?? 0) + 1,
      };
      const snippet = lines.slice(line - 1, Math.min(lastLine, line - 1 + MAX_SNIPPET_LINES)).join('\n');
      sink.findings.push({ ...rest, ruleId, location, snippet });
    },
    fact: (key, value, at) => pushFact(sink, current, 'text', key, value, at),
  };
}

/** An anchor on a whole line of a text file, for facts from text checks. */
export function lineAnchor(path: string, lines: string[], line: number): Anchor {
  const text = lines[line - 1] ?? '';
  return { location: { file: path, line, column: 1, endLine: line, endColumn: text.length + 1 }, snippet: text };
}

/** An anchor on a Dockerfile instruction (the final-stage `FROM` for "missing X" findings). */
export function instructionAnchor(path: string, instruction: { keyword: string; args: string; line: number; endLine: number }): Anchor {
  const snippet = `${instruction.keyword} ${instruction.args}`;
  return { location: { file: path, line: instruction.line, column: 1, endLine: instruction.line, endColumn: snippet.length + 1 }, snippet };
}

/** True when `path` is `dir` or inside it (POSIX, relative; `.` is the scan root). */
export function isWithin(path: string, dir: string): boolean {
  return dir === '.' || dir === '' || path === dir || path.startsWith(`${dir}/`);
}
