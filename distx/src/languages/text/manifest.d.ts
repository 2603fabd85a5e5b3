export interface Manifest {
    kind: 'requirements' | 'pyproject' | 'package-json' | 'pipfile';
    language: 'python' | 'typescript';
    /** Normalised dependency names: lower-case, `_` → `-` for Python. */
    dependencies: Set<string>;
    /** package.json scripts, for dev-server checks. */
    scripts: Record<string, string>;
}
export declare function normalisePythonName(name: string): string;
export declare function readRequirements(text: string): Manifest;
/** PEP 621 `[project]` dependencies, optional groups, dependency groups and Poetry tables. */
export declare function readPyproject(text: string): Manifest;
export declare function readPackageJson(text: string): Manifest;
