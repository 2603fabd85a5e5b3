import { z } from 'zod';
export { SERVER_LANGUAGES, type ServerLanguage } from './languages.js';
export declare const ServerName: z.ZodString;
export declare const ServerOptions: z.ZodObject<{
    lang: z.ZodEnum<{
        python: "python";
        typescript: "typescript";
    }>;
    name: z.ZodString;
    dir: z.ZodOptional<z.ZodString>;
    force: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strip>;
export type ServerOptions = z.input<typeof ServerOptions>;
