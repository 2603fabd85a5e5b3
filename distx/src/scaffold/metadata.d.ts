import { z } from 'zod';
/** Beside the project's files; records what scaffold wrote so a later run can tell its own untouched files from edited ones. */
export declare const METADATA_FILE = ".agent-harden-scaffold.json";
declare const metadataSchema: z.ZodObject<{
    tool: z.ZodLiteral<"agent-harden">;
    version: z.ZodString;
    files: z.ZodRecord<z.ZodString, z.ZodObject<{
        generator: z.ZodString;
        sha256: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Metadata = z.infer<typeof metadataSchema>;
export declare function sha256(text: string): string;
export declare function readMetadata(text: string | undefined, version: string): Metadata;
export declare function renderMetadata(metadata: Metadata): string;
export {};
