/** A temp copy of a fixture project; TS projects see this repository's node_modules so tsc finds real typings. */
export declare function copyFixture(source: string): string;
/** Every file's bytes by relative path (node_modules excluded), to compare trees. */
export declare function snapshot(dir: string): Map<string, string>;
/** `tsc --noEmit` over the project; returns the compiler output when it fails. */
export declare function typeCheck(dir: string): string | undefined;
/** Each Python file must parse with tree-sitter and compile with `python3 -m py_compile`. */
export declare function checkPython(dir: string, files: string[]): Promise<string | undefined>;
