export declare function isPlaceholderValue(value: string): boolean;
/** `OPENAI_API_KEY=sk-…`, `DB_PASSWORD=hunter2-prod`, `DATABASE_URL=postgres://u:pw@db`: worth keeping out of images. */
export declare function isSecretLookingEntry(key: string, value: string): boolean;
