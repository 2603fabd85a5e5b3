export interface DockerInstruction {
    /** Upper-cased keyword: `FROM`, `RUN`, `USER`, … */
    keyword: string;
    /** Arguments with line continuations joined. */
    args: string;
    /** 1-based first and last line of the instruction. */
    line: number;
    endLine: number;
    /** Index of the build stage this instruction belongs to (0-based). */
    stage: number;
}
export interface DockerStage {
    index: number;
    from: DockerInstruction;
    image: string;
    alias?: string;
}
export interface Dockerfile {
    instructions: DockerInstruction[];
    stages: DockerStage[];
    /** The stage that produces the image: the last one. */
    finalStage?: DockerStage;
}
/** Reads a Dockerfile/Containerfile into instructions grouped by stage. Never throws. */
export declare function readDockerfile(text: string): Dockerfile;
/** Instructions of one stage. */
export declare function stageInstructions(dockerfile: Dockerfile, stage: DockerStage): DockerInstruction[];
/** True when a container or compose file is named for local development, not deployment. */
export declare function isDevelopmentFile(path: string): boolean;
/** `FROM --platform=$X python:3.12 AS build` → the image reference with ARG defaults declared before the first FROM filled in. */
export declare function resolvedImage(dockerfile: Dockerfile, stage: DockerStage): string;
/** `CMD ["uvicorn", "main:app"]` and `CMD uvicorn main:app` both as `uvicorn main:app`. */
export declare function commandText(args: string): string;
