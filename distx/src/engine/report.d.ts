import type { PyNode } from '../languages/python/tree.js';
import type * as TypeScript from 'typescript';
import type { Confidence, Severity, SourceLocation } from '../core/types.js';
import type { PythonFile } from '../languages/python/file.js';
import type { TypeScriptFile } from '../languages/typescript/file.js';
import type { FileKind } from './file-kinds.js';
import type { Anchor, AppInfo, CodeLanguage, FrameworkId, ProjectModel } from './project-model.js';
/** What a check hands to `report`; wording comes from the rule's `messages`. */
export interface ReportBase {
    messageId: string;
    data?: Record<string, string>;
    /** Raise (never lower) the rule's severity for this finding. */
    severity?: Severity;
    /** Lower the rule's confidence for this finding (a heuristic guess). */
    confidence?: Confidence;
    /** Secret values found here: masked in the snippet and data before any reporter sees them. */
    redact?: string[];
}
export interface RawFinding extends ReportBase {
    ruleId: string;
    location: SourceLocation;
    snippet: string;
}
interface FileContextBase {
    /** The file, relative to the working directory, POSIX form. */
    readonly path: string;
    readonly options: Record<string, unknown>;
    readonly project: ProjectModel;
    /** Records a fact for the project phase (`finish`), located at `node` when given. */
    fact(key: string, value?: string, at?: Anchor): void;
}
export interface PythonRuleContext extends FileContextBase {
    readonly file: PythonFile;
    report(descriptor: ReportBase & {
        node: PyNode;
    }): void;
    anchor(node: PyNode): Anchor;
    /** Framework modules only: record an app or a route. */
    addApp(framework: FrameworkId, node: PyNode, name?: string): void;
    addRoute(framework: FrameworkId, node: PyNode, method: string, path: string | null): void;
}
export interface TypeScriptRuleContext extends FileContextBase {
    readonly file: TypeScriptFile;
    report(descriptor: ReportBase & {
        node: TypeScript.Node;
    }): void;
    anchor(node: TypeScript.Node): Anchor;
    addApp(framework: FrameworkId, node: TypeScript.Node, name?: string): void;
    addRoute(framework: FrameworkId, node: TypeScript.Node, method: string, path: string | null): void;
}
export interface TextRuleContext extends FileContextBase {
    readonly kind: FileKind;
    readonly text: string;
    readonly lines: string[];
    /** Lines are 1-based; columns 1-based and default to the whole line. */
    report(descriptor: ReportBase & {
        line: number;
        column?: number;
        endLine?: number;
        endColumn?: number;
    }): void;
}
export interface ProjectRuleContext {
    readonly options: Record<string, unknown>;
    report(descriptor: ReportBase & {
        at: Anchor | AppInfo;
    }): void;
}
export type AnyFileContext = PythonRuleContext | TypeScriptRuleContext | TextRuleContext;
export type { CodeLanguage };
