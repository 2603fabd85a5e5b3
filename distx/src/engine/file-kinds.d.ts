export type FileKind = 'python' | 'typescript' | 'dockerfile' | 'env' | 'gitignore' | 'dockerignore' | 'requirements' | 'pyproject' | 'package-json' | 'compose' | 'kubernetes' | 'procfile';
/** Whether files of this kind are parsed as code and walked by rules' visitors, rather than read as text. */
export declare function isCodeKind(kind: FileKind): kind is 'python' | 'typescript';
/**
 * What a file is, by name: the only place that decides which reader or parser
 * gets a file. Unknown kinds are not scanned (and not counted as skipped).
 */
export declare function fileKind(relativePath: string): FileKind | undefined;
export declare function isEnvTemplateName(file: string): boolean;
