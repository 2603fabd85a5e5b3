import { z } from 'zod';
declare const ruleSetting: z.ZodUnion<readonly [z.ZodLiteral<"off">, z.ZodEnum<{
    critical: "critical";
    high: "high";
    medium: "medium";
    low: "low";
    info: "info";
}>, z.ZodObject<{
    enabled: z.ZodOptional<z.ZodBoolean>;
    severity: z.ZodOptional<z.ZodEnum<{
        critical: "critical";
        high: "high";
        medium: "medium";
        low: "low";
        info: "info";
    }>>;
    options: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>]>;
export declare const configSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    rules: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodLiteral<"off">, z.ZodEnum<{
        critical: "critical";
        high: "high";
        medium: "medium";
        low: "low";
        info: "info";
    }>, z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        severity: z.ZodOptional<z.ZodEnum<{
            critical: "critical";
            high: "high";
            medium: "medium";
            low: "low";
            info: "info";
        }>>;
        options: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>]>>>;
    ignore: z.ZodDefault<z.ZodArray<z.ZodString>>;
    failOn: z.ZodOptional<z.ZodEnum<{
        critical: "critical";
        high: "high";
        medium: "medium";
        low: "low";
        info: "info";
        none: "none";
    }>>;
    minConfidence: z.ZodOptional<z.ZodEnum<{
        high: "high";
        medium: "medium";
        low: "low";
    }>>;
    minScore: z.ZodOptional<z.ZodNumber>;
    maxFileSize: z.ZodOptional<z.ZodNumber>;
    jobs: z.ZodOptional<z.ZodNumber>;
    probe: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    scaffold: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>;
export type Config = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSetting>;
/** `a.b[2].c: message` for each zod issue, so the user sees the key and what is allowed. */
export declare function formatZodIssues(error: z.ZodError): string;
export {};
