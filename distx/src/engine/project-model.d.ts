import type { SourceLocation } from '../core/types.js';
import type { Dockerfile } from '../languages/text/dockerfile.js';
import type { Manifest } from '../languages/text/manifest.js';
import type { FileKind } from './file-kinds.js';
export type CodeLanguage = 'python' | 'typescript';
export type FrameworkId = 'fastapi' | 'starlette' | 'a2a' | 'adk' | 'flask' | 'express' | 'fastify' | 'hono' | 'koa' | 'nextjs';
/** A place in the tree a project finding can point at. */
export interface Anchor {
    location: SourceLocation;
    snippet: string;
}
export interface AppInfo extends Anchor {
    framework: FrameworkId;
    language: CodeLanguage;
    /** The variable the app is bound to (`app`), when there is one. */
    name?: string;
    /** The service root the app belongs to (see `unitOf`). */
    unit: string;
}
export interface RouteInfo extends Anchor {
    framework: FrameworkId;
    language: CodeLanguage;
    method: string;
    /** The route path, or null when it is not a literal. */
    path: string | null;
    unit: string;
}
/** Something a rule or framework module observed in a file, kept for the project phase. */
export interface Fact extends Partial<Anchor> {
    key: string;
    language: CodeLanguage | 'text';
    file: string;
    unit: string;
    value?: string;
}
export interface ScannedFile {
    /** Relative to the working directory, POSIX form. */
    path: string;
    kind: FileKind;
    unit: string;
}
/**
 * What the whole scanned tree says, for project rules: apps, routes, facts,
 * manifests and Dockerfiles, grouped into units (service roots). Facts hold
 * locations and short strings only, never syntax trees, so memory stays flat.
 */
export declare class ProjectModel {
    readonly apps: AppInfo[];
    readonly routes: RouteInfo[];
    readonly facts: Fact[];
    readonly files: ScannedFile[];
    readonly manifests: Map<string, Manifest>;
    readonly dockerfiles: Map<string, Dockerfile>;
    /** Raw text of small configuration files (ignore files, env files, compose, k8s) by path. */
    readonly configTexts: Map<string, string>;
    private readonly unitRoots;
    private readonly outermostUnit;
    private factIndex;
    private routeIndex;
    private dependencyIndex;
    constructor(unitRoots: Iterable<string>);
    /**
     * The service root of a file: the nearest directory (within the scan) holding
     * a manifest, else the scan root. Apps, routes and facts in one unit are
     * decided together, so routers and middleware split across files still count.
     */
    unitOf(file: string): string;
    get httpApps(): AppInfo[];
    routesOf(app: AppInfo): RouteInfo[];
    factsOf(app: AppInfo, key: string): Fact[];
    hasFact(app: AppInfo, key: string): boolean;
    private factsOfUnit;
    factsWithKey(key: string): Fact[];
    /**
     * Declared dependencies of the unit: of the manifests in its directory, in each directory above it, and at the
     * scan root. Several project rules ask for every app, so manifests are grouped by directory once and each answer
     * takes a lookup per level (it went through every manifest per question: apps × manifests per rule).
     */
    dependenciesOf(unit: string): Set<string>;
    private manifestDependencies;
    filesOfKind(kind: FileKind): ScannedFile[];
    /** One app per unit and language is the decision point for project rules. */
    appsByUnit(): AppInfo[][];
}
