import { defineProbe } from '../define-probe.js';
import { pathOf } from '../response-kinds.js';
import { postTargets } from '../post-targets.js';
const STACK_PATTERNS = [
    /Traceback \(most recent call last\)/,
    /File "[^"]+\.py", line \d+/,
    // A V8 stack frame: "at fn (/srv/app/server.js:12:5)" or "at /srv/app/server.js:12:5".
    /\bat (?:[\w.<>$[\] ]+ )?\(?(?:\/|[A-Za-z]:\\|file:\/\/|node:)[^()\s]*:\d+:\d+\)?/,
    /Werkzeug Debugger/,
];
// Exception text of the language runtime, not the framework's own validation wording (FastAPI's 422 "JSON decode error" is fine).
const EXCEPTION_PATTERNS = [
    /Cannot read propert(y|ies) of (undefined|null)/,
    /\bis not a function\b/,
    /\bis not defined\b/,
    /'NoneType' object/,
    /object has no attribute '/,
    /\b(KeyError|AttributeError|TypeError|ValueError|ZeroDivisionError|IndexError): /,
    /\b(sqlalchemy\.exc|psycopg2?\.|OperationalError|ECONNREFUSED \d)/,
];
function leak(response) {
    if (STACK_PATTERNS.some((pattern) => pattern.test(response.body)))
        return 'stackTrace';
    if (response.status >= 400 && EXCEPTION_PATTERNS.some((pattern) => pattern.test(response.body)))
        return 'exceptionText';
    return undefined;
}
export default defineProbe({
    id: 'error-detail-leak',
    category: 'security',
    severity: 'medium',
    confidence: 'high',
    summary: 'Error answers carry no stack trace or exception text',
    messages: {
        stackTrace: '{{method}} {{path}} answered {{status}} with a stack trace',
        exceptionText: '{{method}} {{path}} answered {{status}} with the text of an internal exception',
    },
    fixHint: 'Log the exception with its traceback and return a generic error with a request id; run Node with NODE_ENV=production.',
    maxRequests: 4,
    async run(target, http, ctx) {
        const responses = [
            await http.get('/agent-harden-probe/not-found'),
            // A malformed percent-escape makes several frameworks throw while decoding the path.
            await http.get('/agent-harden-probe/%E0%A4%A'),
        ];
        for (const path of postTargets(ctx.state, ctx.options).slice(0, 2)) {
            responses.push(await http.request({
                method: 'POST',
                path,
                headers: { 'content-type': 'application/json' },
                body: '{"input": "agent-harden-probe',
                bodyCannotValidate: true,
            }));
        }
        const reported = new Set();
        for (const response of responses) {
            const found = leak(response);
            const key = `${found}:${response.method}`;
            if (!found || reported.has(key))
                continue;
            reported.add(key);
            ctx.report({
                messageId: found,
                data: { method: response.method, path: pathOf(response.url), status: String(response.status) },
                response,
                evidence: `HTTP ${response.status} ${found === 'stackTrace' ? 'body holds a stack trace' : 'body holds exception text'}`,
                confidence: found === 'stackTrace' ? 'high' : 'medium',
            });
        }
    },
});
