import { defineProbe } from '../define-probe.js';
function missingAttributes(cookie) {
    const attributes = cookie
        .split(';')
        .slice(1)
        .map((part) => part.trim().split('=')[0].toLowerCase());
    const missing = [];
    if (!attributes.includes('httponly'))
        missing.push('HttpOnly');
    if (!attributes.includes('secure'))
        missing.push('Secure');
    if (!attributes.includes('samesite'))
        missing.push('SameSite');
    return missing;
}
export default defineProbe({
    id: 'insecure-cookie',
    category: 'security',
    severity: 'medium',
    confidence: 'high',
    summary: 'Cookies are set with HttpOnly, Secure and SameSite',
    messages: { missingAttributes: 'cookie {{name}} is set without {{missing}}' },
    fixHint: 'Set session cookies with HttpOnly, Secure and SameSite=Lax (or Strict).',
    maxRequests: 0,
    async run(target, http, ctx) {
        const reported = new Set();
        let cookies = 0;
        for (const response of ctx.state.responses) {
            for (const cookie of response.setCookies) {
                cookies++;
                const name = cookie.split('=')[0].trim();
                const missing = missingAttributes(cookie);
                if (missing.length === 0 || reported.has(name))
                    continue;
                reported.add(name);
                ctx.report({
                    messageId: 'missingAttributes',
                    data: { name, missing: missing.join(', ') },
                    response,
                    evidence: `set-cookie: ${name}=… without ${missing.join(', ')}`,
                    // Over plain http a missing Secure may be deliberate for local use; the other attributes are not.
                    confidence: !target.https && missing.length === 1 && missing[0] === 'Secure' ? 'low' : 'high',
                });
            }
        }
        if (cookies === 0)
            ctx.skip('no cookie was set');
    },
});
