import { defineRule, pySemantics, ts, tsSemantics } from '../src/rule-kit/index.js';
// Looking a session up first means the create is a fallback, not the per-request path.
const PY_LOOKUPS = new Set(['get_session', 'list_sessions', 'get_or_create_session']);
const TS_LOOKUPS = new Set(['getSession', 'listSessions', 'getOrCreateSession']);
const TS_CREATE = 'createSession';
// An endpoint whose job is to open a session (`POST /sessions`, `def create_session(...)`) is fine.
const SESSION_ENDPOINT = /session/i;
export default defineRule({
    id: 'session-created-per-request',
    category: 'reliability',
    severity: 'low',
    confidence: 'medium',
    seeds: ['004'],
    summary: 'A new agent session is created on every request',
    messages: {
        fixedUser: '{{handler}} creates a new agent session on every request for the fixed user {{user}}; sessions pile up in the session store and the agent never sees earlier turns',
        perRequest: '{{handler}} calls {{call}} on every request without looking up an existing session first (inferred: no get/list call in the handler); sessions pile up and conversations lose their history',
    },
    fixHint: 'Take the session id from the client (or derive it from the authenticated user), look it up with get_session, and create one only when none exists.',
    python: {
        visitors: {
            call(node, ctx) {
                const { file } = ctx;
                if (file.calleeMember(node) !== 'create_session')
                    return;
                const handler = pySemantics.enclosingHandler(node, file);
                if (!handler)
                    return;
                const name = handler.childForFieldName('name')?.text ?? 'handler';
                const route = file.routeDecorator(handler);
                if (SESSION_ENDPOINT.test(name) || SESSION_ENDPOINT.test(route?.path ?? ''))
                    return;
                if (file.descendants(handler, new Set(['call'])).some((call) => PY_LOOKUPS.has(file.calleeMember(call) ?? '')))
                    return;
                const userArg = file.keywordArgument(node, 'user_id') ?? file.positionalArguments(node)[1];
                const user = file.stringValue(userArg);
                if (user !== undefined)
                    ctx.report({ node, messageId: 'fixedUser', confidence: 'high', data: { handler: name, user: JSON.stringify(user) } });
                else
                    ctx.report({ node, messageId: 'perRequest', data: { handler: name, call: 'create_session' } });
            },
        },
    },
    typescript: {
        // Every report is of a call whose member as written is TS_CREATE: that name is in the file.
        prefilter: { names: [TS_CREATE] },
        visitors: {
            CallExpression(node, ctx) {
                if (!ts.isCallExpression(node))
                    return;
                const { file } = ctx;
                if (file.calleeMember(node) !== TS_CREATE)
                    return;
                const handler = tsSemantics.enclosingHandler(node, file, ctx.path);
                if (!handler)
                    return;
                const name = tsSemantics.functionLabel(handler, ctx.file);
                if (SESSION_ENDPOINT.test(name) || SESSION_ENDPOINT.test(nextRoutePath(ctx.path) ?? ''))
                    return;
                if (file.descendants(handler, ts.isCallExpression).some((call) => TS_LOOKUPS.has(file.calleeMember(call) ?? '')))
                    return;
                const user = file.stringValue(file.property(node.arguments[0], 'userId'));
                if (user !== undefined)
                    ctx.report({ node, messageId: 'fixedUser', confidence: 'high', data: { handler: name, user: JSON.stringify(user) } });
                else
                    ctx.report({ node, messageId: 'perRequest', data: { handler: name, call: 'createSession' } });
            },
        },
    },
});
/** The URL directory of a Next.js route file (`app/api/sessions/route.ts` → `api/sessions`). */
function nextRoutePath(path) {
    return /(?:^|\/)app\/(.*)\/route\.[cm]?[jt]sx?$/.exec(path)?.[1] ?? /(?:^|\/)pages\/(api\/.*)\.[cm]?[jt]sx?$/.exec(path)?.[1];
}
