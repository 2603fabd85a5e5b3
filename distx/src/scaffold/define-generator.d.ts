import type { z } from 'zod';
import type { FrameworkId } from '../engine/project-model.js';
import type { ProjectInfo } from './project.js';
/** A whole file the generator owns: written when absent, recorded in the metadata file with its hash. */
export interface CreateAction {
    kind: 'create';
    path: string;
    content: string;
    /** The generator the file belongs to when another one re-renders it (config makes auth's module read settings). */
    owner?: string;
}
/** An edit to a file the user owns (entry file, manifest): `before` is the text it was computed from. */
export interface PatchAction {
    kind: 'patch';
    path: string;
    /** Undefined when the edit creates the file (a new requirements.txt). */
    before: string | undefined;
    after: string;
    /** One line saying what the edit does, shown in the plan. */
    reason: string;
}
export type FileAction = CreateAction | PatchAction;
export interface Generator<Answers = unknown> {
    id: string;
    summary: string;
    /** Rule ids whose findings this generator resolves; its round-trip test proves it. */
    repairs: string[];
    /** Frameworks it writes code for; empty means it needs no framework (ci, k8s, dockerfile read only the language). */
    frameworks: FrameworkId[];
    /** Also runs on a project with no detected app (ci). */
    needsNoApp?: boolean;
    answers: z.ZodType<Answers>;
    /** Pure: computes the actions from the answers and the detected project; never touches the disk. */
    plan(answers: Answers, project: ProjectInfo): Promise<FileAction[]> | FileAction[];
}
export declare function defineGenerator<Answers>(generator: Generator<Answers>): Generator<Answers>;
