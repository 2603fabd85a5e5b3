import { isPlaceholderSecret, isSecretName, providerKeyIn } from '../secrets.js';
/**
 * Whether a configuration entry looks like a real secret rather than a template
 * placeholder, on top of the shared secret vocabulary in `languages/secrets`:
 * a committed `.env.example`-style file full of `changeme` is fine (catalog
 * reading on env-file-committed / missing-dockerignore).
 */
// Connection strings with an inline password: postgres://user:pass@host
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/i;
export function isPlaceholderValue(value) {
    return isPlaceholderSecret(value);
}
/** `OPENAI_API_KEY=sk-…`, `DB_PASSWORD=hunter2-prod`, `DATABASE_URL=postgres://u:pw@db`: worth keeping out of images. */
export function isSecretLookingEntry(key, value) {
    const trimmed = value.trim();
    if (providerKeyIn(trimmed))
        return true;
    const inUrl = URL_WITH_PASSWORD.exec(trimmed);
    if (inUrl)
        return !isPlaceholderSecret(inUrl[1]) && !/^(?:pass(?:word)?|changeme)$/i.test(inUrl[1]);
    return isSecretName(key) && !isPlaceholderSecret(trimmed);
}
