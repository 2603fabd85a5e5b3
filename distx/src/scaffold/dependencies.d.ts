import type { PatchAction } from './define-generator.js';
import type { ProjectInfo } from './project.js';
/** A package the generated code imports: written to the manifest, never installed. */
export interface Dependency {
    name: string;
    /** A version range in the manifest's own syntax: `>=0.1.9` (Python) or `^7.5.0` (npm). */
    range: string;
    /** Only needed to build (type declarations): package.json devDependencies; Python manifests ignore it. */
    dev?: boolean;
    /**
     * Python: the lowest version the generated code works with. A declared requirement pinned or
     * floored below it (`google-adk==1.2.1`) is raised to `>=minimum`; an undeclared one is not added.
     */
    minimum?: string;
}
/**
 * The manifest edit that declares `dependencies` for the project: package.json,
 * requirements.txt, or pyproject's [project] table; a new requirements.txt
 * when a Python project has none of them; Python requirements below a `minimum`
 * are raised. Undefined when nothing is missing.
 */
export declare function dependencyPatch(project: ProjectInfo, dependencies: Dependency[]): PatchAction | undefined;
