import { defineProbe } from '../define-probe.js';
import { ProbeTransportError } from '../http-types.js';
import { NOT_FOUND_STATUSES, pathOf } from '../response-kinds.js';
import { postTargets } from '../post-targets.js';
/** Twice the 1 MiB most frameworks accept; a server that reads it all has no limit that matters. */
const UPLOAD_BYTES = 2 * 1024 * 1024;
export default defineProbe({
    id: 'unbounded-request-input',
    category: 'security',
    severity: 'medium',
    confidence: 'medium',
    summary: 'A request body of 2 MiB is refused',
    messages: { accepted: 'POST {{path}} read a 2 MiB body before answering {{status}}; nothing limits request size' },
    fixHint: 'Cap request bodies (express.json({ limit }), Fastify bodyLimit, a proxy client_max_body_size or an ASGI middleware) and answer 413.',
    maxRequests: 2,
    async run(target, http, ctx) {
        for (const path of postTargets(ctx.state, ctx.options).slice(0, 2)) {
            // An unterminated JSON string: a valid prefix to the last byte, so a parser must read it all before it can fail.
            let response;
            try {
                response = await http.request({
                    method: 'POST',
                    path,
                    // A declared length lets a well-configured server refuse with 413 before reading a byte.
                    headers: { 'content-type': 'application/json', 'content-length': String(UPLOAD_BYTES) },
                    body: { prefix: '{"input": "', fill: 'agent-harden-probe ', totalBytes: UPLOAD_BYTES },
                    bodyCannotValidate: true,
                });
            }
            catch (error) {
                // A server that answers 413 and closes while the upload is still in flight resets the
                // connection (unread data turns the close into an RST), which can swallow the 413 itself.
                if (error instanceof ProbeTransportError && error.failure === 'reset')
                    return ctx.note(`${path}: connection closed during the upload (body refused)`);
                throw error;
            }
            if (!response.sent)
                continue;
            if (NOT_FOUND_STATUSES.has(response.status))
                continue;
            // 411 (length required) says nothing about the body limit.
            if (response.status === 411)
                continue;
            if (response.status === 413)
                return ctx.note(`${path} → 413`);
            if (response.status === 401 || response.status === 403) {
                return ctx.warn(`${path} answered ${response.status} before the body limit could be tested; pass credentials with --header`);
            }
            ctx.report({ messageId: 'accepted', data: { path: pathOf(response.url), status: String(response.status) }, response, evidence: `HTTP ${response.status} after a 2 MiB upload` });
            return;
        }
        ctx.skip('no route took a POST; name one with --endpoint "POST /path"');
    },
});
