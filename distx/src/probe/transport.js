import { Readable } from 'node:stream';
import { ProbeTransportError } from './http-types.js';
const CHUNK = 64 * 1024;
async function* generate(body) {
    yield Buffer.from(body.prefix);
    const chunk = Buffer.from(body.fill.repeat(Math.ceil(CHUNK / body.fill.length)).slice(0, CHUNK));
    for (let sent = body.prefix.length; sent < body.totalBytes; sent += chunk.length) {
        yield sent + chunk.length <= body.totalBytes ? chunk : chunk.subarray(0, body.totalBytes - sent);
    }
}
function normaliseHeaders(raw) {
    const headers = {};
    let setCookies = [];
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        const key = name.toLowerCase();
        if (key === 'set-cookie')
            setCookies = Array.isArray(value) ? value : [value];
        else
            headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    return { headers, setCookies };
}
function errorCodes(error) {
    const codes = [];
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        if (typeof current.code === 'string')
            codes.push(current.code);
        if (typeof current.name === 'string')
            codes.push(current.name);
        current = current.cause;
    }
    return codes;
}
/** Turns a Node/undici error into one line that says what happened and what to try. */
export function classify(error, url, timedOut, deadline) {
    const codes = errorCodes(error);
    const has = (pattern) => codes.some((code) => pattern.test(code));
    const where = new URL(url).host;
    const fail = (failure, message) => new ProbeTransportError(failure, message);
    if (deadline)
        return fail('deadline', 'the run deadline passed before the server answered');
    if (timedOut || has(/^UND_ERR_(HEADERS|BODY|CONNECT)_TIMEOUT$/))
        return fail('timeout', `${where} did not answer within the per-request timeout`);
    if (has(/^ECONNREFUSED$/))
        return fail('refused', `connection refused by ${where}; is the server running and listening on that port?`);
    if (has(/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/))
        return fail('dns', `cannot resolve ${new URL(url).hostname}; check the host name`);
    if (has(/^HPE_HEADER_OVERFLOW$/) || has(/^UND_ERR_HEADERS_OVERFLOW$/)) {
        return fail('not-http', `${where} answered with more header bytes than a client accepts (16 KiB)`);
    }
    if (has(/^HPE_/) || has(/^HTTPParserError$/)) {
        return fail('not-http', `${where} answered with something that is not HTTP (a TLS port probed with http://, or another protocol)`);
    }
    if (has(/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/))
        return fail('tls-certificate', `the TLS certificate of ${where} is not trusted`);
    if (has(/^ERR_SSL_|^EPROTO$/))
        return fail('tls', `TLS handshake with ${where} failed; if the port serves plain HTTP, use http://`);
    if (has(/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/))
        return fail('reset', `${where} closed or reset the connection before a complete answer`);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail('other', `request to ${where} failed (${codes[0] ?? 'error'}: ${message})`);
}
/**
 * The undici transport. undici is imported here only, lazily, so commands
 * other than `probe` never load it.
 */
export async function createUndiciTransport(options) {
    const { Agent, request } = await import('undici');
    const agent = new Agent({
        connections: options.concurrency,
        pipelining: 1,
        connect: { timeout: options.timeoutMs },
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
        keepAliveTimeout: 2_000,
    });
    return {
        async send({ method, url, headers, body, signal, maxBodyBytes }) {
            const timeout = AbortSignal.timeout(options.timeoutMs);
            const combined = AbortSignal.any([signal, timeout]);
            try {
                const response = await request(url, {
                    method: method,
                    headers,
                    body: body === undefined ? undefined : typeof body === 'string' ? body : Readable.from(generate(body)),
                    signal: combined,
                    dispatcher: agent,
                });
                const { headers: responseHeaders, setCookies } = normaliseHeaders(response.headers);
                const chunks = [];
                let size = 0;
                let truncated = false;
                if (method !== 'HEAD') {
                    for await (const chunk of response.body) {
                        const room = maxBodyBytes - size;
                        if (chunk.length > room) {
                            chunks.push(chunk.subarray(0, room));
                            truncated = true;
                            break;
                        }
                        chunks.push(chunk);
                        size += chunk.length;
                    }
                }
                // Leaving the loop early (or HEAD) must not leave an endless body flowing.
                if (!response.body.readableEnded)
                    response.body.destroy();
                return { status: response.statusCode, headers: responseHeaders, setCookies, body: Buffer.concat(chunks).toString('utf8'), truncated };
            }
            catch (error) {
                throw classify(error, url, timeout.aborted && !signal.aborted, signal.aborted);
            }
        },
        async close() {
            await agent.destroy();
        },
    };
}
