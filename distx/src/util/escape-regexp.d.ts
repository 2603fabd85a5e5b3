/** `text` as a regular expression that matches it literally (`@google/genai` → `@google\/genai`). */
export declare function escapeRegExp(text: string): string;
