import type { CodeLanguage, FrameworkId } from '../engine/project-model.js';
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'uv' | 'poetry' | 'pip';
/** What scaffold and fix know about the project: read once, before planning, so planning stays pure. */
export interface ProjectInfo {
    /** Absolute project directory. */
    root: string;
    language: CodeLanguage;
    framework?: FrameworkId;
    /** The file constructing the app, relative POSIX. */
    entry?: string;
    /** The app's variable name and 1-based line of its constructor call. */
    app?: {
        name: string;
        line: number;
        column: number;
        moduleLevel: boolean;
    };
    packageManager: PackageManager;
    /** Declared dependencies (lower-case names). */
    dependencies: Set<string>;
    /** The app's liveness route when it already serves one (else scaffold health's /livez). */
    livenessPath?: string;
    /** The app's readiness route when it serves one. */
    readinessPath?: string;
    /** The project's name from its manifest, else its directory name. */
    name: string;
    /** The project's version from its manifest, when it declares one. */
    version?: string;
    /** Relative paths of every scanned file. */
    files: string[];
    /** A file's text, or undefined when it does not exist. */
    text(path: string): string | undefined;
}
export interface DetectOptions {
    dir: string;
    framework?: string;
    entry?: string;
}
/**
 * Detects language, framework, entry file and package manager with the audit
 * engine's own discovery and project model (no second framework detector).
 */
export declare function detectProject(options: DetectOptions): Promise<ProjectInfo>;
/** The detected app, or a usage error naming what this generator needs. */
export declare function requireApp(project: ProjectInfo, generator: {
    id: string;
    frameworks: FrameworkId[];
}): Required<Pick<ProjectInfo, 'framework' | 'entry' | 'app'>>;
