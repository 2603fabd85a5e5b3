/** The languages `scaffold server` writes; apart from options.ts so `--help` does not load zod. */
export declare const SERVER_LANGUAGES: readonly ["typescript", "python"];
export type ServerLanguage = (typeof SERVER_LANGUAGES)[number];
