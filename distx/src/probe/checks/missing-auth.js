import { defineProbe } from '../define-probe.js';
import { isHtmlResponse, isSuccess } from '../response-kinds.js';
import { isPublicByDesign } from '../public-paths.js';
/** Read-only routes agent servers commonly expose (ADK api_server, LangGraph, A2A task stores, chat UIs). */
const GUESSED_GET_PATHS = ['/sessions', '/api/sessions', '/conversations', '/threads', '/history', '/tasks', '/list-apps', '/runs'];
const MAX_GET = 8;
const MAX_POST = 4;
export default defineProbe({
    id: 'missing-auth',
    category: 'security',
    severity: 'high',
    confidence: 'medium',
    summary: 'API routes refuse requests without credentials',
    messages: {
        readWithoutCredentials: 'GET {{path}} answered {{status}} to a request without credentials',
        validatedWithoutCredentials: 'POST {{path}} validated the body of a request without credentials ({{status}}): no auth runs before the handler',
        mutatedWithoutCredentials: '{{method}} {{path}} accepted a request without credentials ({{status}})',
    },
    fixHint: 'Put an auth dependency, guard or middleware in front of every route that reads or runs agent state; answer 401 before parsing the body.',
    maxRequests: MAX_GET + MAX_POST + 2,
    async run(target, http, ctx) {
        const openapi = ctx.state.routes.filter((route) => route.from === 'openapi' && !isPublicByDesign(route.path));
        const gets = openapi.filter((route) => route.method === 'GET');
        const candidates = gets.length > 0 ? gets : GUESSED_GET_PATHS.map((path) => ({ method: 'GET', path, declaresSecurity: false, bodyHasRequiredFields: false, from: 'endpoint' }));
        const routes = candidates.slice(0, MAX_GET);
        // Independent reads: sent together, up to the run's concurrency.
        const answers = await Promise.all(routes.map((route) => http.get(route.path, { anonymous: true })));
        let tried = routes.length;
        for (const [index, route] of routes.entries()) {
            const response = answers[index];
            if (!isSuccess(response) || isHtmlResponse(response) || response.body.trim() === '')
                continue;
            ctx.report({
                messageId: 'readWithoutCredentials',
                data: { path: route.path, status: String(response.status) },
                response,
                evidence: `HTTP ${response.status} without credentials`,
                confidence: route.declaresSecurity ? 'high' : 'medium',
            });
        }
        // `{}` cannot pass a schema with required fields, so this POST cannot change state; a 400/422 shows validation ran before any auth.
        for (const route of openapi.filter((r) => r.method === 'POST' && r.bodyHasRequiredFields).slice(0, MAX_POST)) {
            const response = await http.request({
                method: 'POST',
                path: route.path,
                anonymous: true,
                headers: { 'content-type': 'application/json' },
                body: '{}',
                bodyCannotValidate: true,
            });
            tried++;
            if (response.status === 400 || response.status === 422 || isSuccess(response)) {
                ctx.report({
                    messageId: 'validatedWithoutCredentials',
                    data: { path: route.path, status: String(response.status) },
                    response,
                    evidence: `HTTP ${response.status} to an anonymous POST with an empty object`,
                    confidence: route.declaresSecurity ? 'high' : 'medium',
                });
            }
        }
        if (ctx.options.allowMutating) {
            for (const endpoint of ctx.options.endpoints.filter((e) => !['GET', 'HEAD', 'OPTIONS'].includes(e.method)).slice(0, 2)) {
                const response = await http.request({ method: endpoint.method, path: endpoint.path, anonymous: true, headers: { 'content-type': 'application/json' }, body: '{}' });
                tried++;
                if (isSuccess(response)) {
                    ctx.report({
                        messageId: 'mutatedWithoutCredentials',
                        data: { method: endpoint.method, path: endpoint.path, status: String(response.status) },
                        response,
                        evidence: `HTTP ${response.status} without credentials`,
                        confidence: 'high',
                    });
                }
            }
        }
        ctx.note(`${tried} route${tried === 1 ? '' : 's'} tried without credentials${gets.length > 0 ? ' (from OpenAPI)' : ''}`);
    },
});
