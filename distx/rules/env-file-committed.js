import { defineRule, secrets } from '../src/rule-kit/index.js';
/** The secret in an entry: a provider key anywhere, or a real-looking value under a secret name. */
function secretOf(entry) {
    const provider = secrets.providerKeyIn(entry.value);
    if (provider)
        return provider.key;
    return secrets.isSecretName(entry.key) && !secrets.isPlaceholderSecret(entry.value) ? entry.value : undefined;
}
export default defineRule({
    id: 'env-file-committed',
    category: 'security',
    severity: 'high',
    confidence: 'high',
    seeds: ['002'],
    summary: 'Env file with secret values is in the tree and not git-ignored',
    messages: {
        committed: '{{file}} holds {{count}} secret-looking value(s) ({{keys}}) and is not ignored by .gitignore; one `git add .` publishes them',
    },
    fixHint: 'Add the env file to .gitignore (and .dockerignore), commit a `.env.example` with placeholders instead, and rotate any value that was ever committed.',
    text: {
        // Discovery honours .gitignore, so an env file that reaches this check is not ignored.
        // Template names (`.env.example`, `.env.sample`) are not env files to the reader at all.
        env(entries, ctx) {
            const found = entries.map((entry) => ({ entry, secret: secretOf(entry) })).filter((item) => item.secret !== undefined);
            if (found.length === 0)
                return;
            const keys = found.map(({ entry }) => entry.key);
            ctx.report({
                line: found[0].entry.line,
                messageId: 'committed',
                data: { file: ctx.path.split('/').pop() ?? ctx.path, count: String(found.length), keys: keys.length > 4 ? `${keys.slice(0, 4).join(', ')}, …` : keys.join(', ') },
                redact: found.map(({ secret }) => secret),
            });
        },
    },
});
