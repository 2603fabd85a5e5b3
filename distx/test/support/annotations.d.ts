export type AnnotationKind = 'ruleid' | 'ok' | 'todoruleid' | 'todook';
export interface Annotation {
    kind: AnnotationKind;
    ruleId: string;
    messageId?: string;
    /** Relative to the case directory, POSIX form. */
    file: string;
    /** 1-based line of the annotated code (the next code line after the comment). */
    line: number;
    commentLine: number;
}
export declare function listFiles(dir: string): string[];
/** Reads annotations from every file under `dir`; misspaced ones are returned as errors. */
export declare function readAnnotations(dir: string): {
    annotations: Annotation[];
    errors: string[];
};
