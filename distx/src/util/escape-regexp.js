/** `text` as a regular expression that matches it literally (`@google/genai` → `@google\/genai`). */
export function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
