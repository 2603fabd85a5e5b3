import type { PyNode } from '../languages/python/tree.js';
import type { SourceLocation } from '../core/types.js';
import type { PythonFile } from '../languages/python/file.js';
import type { TypeScriptFile } from '../languages/typescript/file.js';
import type { FileKind } from './file-kinds.js';
import type { Anchor, ProjectModel } from './project-model.js';
import type { PythonRuleContext, RawFinding, ReportBase, TextRuleContext, TypeScriptRuleContext } from './report.js';
/** The file being walked; contexts read it, the engine swaps it between files. */
export interface CurrentFile {
    path: string;
    unit: string;
    text: string;
    kind: FileKind;
    python?: PythonFile;
    typescript?: TypeScriptFile;
    lines?: string[];
}
export interface Sink {
    findings: RawFinding[];
    project: ProjectModel;
}
/**
 * A finding as a rule reported it, always in one shape. Fields are copied one by
 * one: V8's generic object rest and spread copies took more time than the rest
 * of `report` together on the TypeScript bench (65,000 findings). Its strings are
 * own copies, as everything a file's analysis keeps (see ownString).
 */
export declare function rawFinding(reported: ReportBase, ruleId: string, location: SourceLocation, snippet: string): RawFinding;
/** The full source lines spanning [start, end), capped so a huge node never floods a report. */
export declare function linesAround(text: string, start: number, end: number): string;
export declare function pythonLocation(path: string, node: PyNode): SourceLocation;
export declare function createPythonContext(ruleId: string, options: Record<string, unknown>, current: CurrentFile, sink: Sink): PythonRuleContext;
export declare function createTypeScriptContext(ruleId: string, options: Record<string, unknown>, current: CurrentFile, sink: Sink): TypeScriptRuleContext;
export declare function createTextContext(ruleId: string, options: Record<string, unknown>, current: CurrentFile, sink: Sink): TextRuleContext;
/** An anchor on a whole line of a text file, for facts from text checks. */
export declare function lineAnchor(path: string, lines: string[], line: number): Anchor;
/** An anchor on a Dockerfile instruction (the final-stage `FROM` for "missing X" findings). */
export declare function instructionAnchor(path: string, instruction: {
    keyword: string;
    args: string;
    line: number;
    endLine: number;
}): Anchor;
/** True when `path` is `dir` or inside it (POSIX, relative; `.` is the scan root). */
export declare function isWithin(path: string, dir: string): boolean;
