// Rules split the same identifiers over and over (every assignment target, keyword and parameter);
// bounded so memory stays flat on a large tree.
const wordsByName = new Map<string, readonly string[]>();
const MAX_REMEMBERED_NAMES = 20_000;

/**
 * Splits an identifier into lower-case words for name heuristics: `OPENAI_API_KEY`, `openaiAPIKey`,
 * `x-api-key` → [openai, api, key] / [x, api, key]; `createPaymentIntent` → [create, payment, intent].
 */
export function nameWords(name: string): readonly string[] {
  let words = wordsByName.get(name);
  if (!words) {
    words = name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (wordsByName.size >= MAX_REMEMBERED_NAMES) wordsByName.clear();
    wordsByName.set(name, words);
  }
  return words;
}
