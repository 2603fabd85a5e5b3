import type { FrameworkId } from '../engine/project-model.js';
import type { FileAction } from './define-generator.js';
import type { ProjectInfo } from './project.js';
export interface AppTarget {
    framework: FrameworkId;
    entry: string;
    app: {
        name: string;
        line: number;
        column: number;
    };
}
/** Where a generated module beside the entry file lives, and how the entry imports it. */
export declare function siblingModule(project: ProjectInfo, target: AppTarget, name: string): Promise<{
    path: string;
    specifier: string;
}>;
export interface Wiring {
    /** Python: names imported from the generated module. */
    python?: {
        names: string[];
        statements: string[];
    };
    /** TypeScript: named imports from the generated module. */
    typescript?: {
        names: string[];
        statements: string[];
        extraImports?: {
            module: string;
            named?: string[];
            default?: string;
        }[];
    };
}
/**
 * The two actions most generators need: create `<name>` from
 * `templates/<generator>/<framework>/<name>.hbs` beside the entry file, and
 * patch the entry file to import it and wire it into the app.
 */
export declare function moduleAndWiring(project: ProjectInfo, target: AppTarget, generator: string, name: string, context: object, wiring: Wiring): Promise<FileAction[]>;
