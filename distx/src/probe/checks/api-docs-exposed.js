import { defineProbe } from '../define-probe.js';
import { isHtmlResponse, isRecord, isSuccess, jsonBody, pathOf } from '../response-kinds.js';
const OPENAPI_PATHS = ['/openapi.json', '/swagger.json', '/api-docs', '/docs/json', '/documentation/json', '/v3/api-docs'];
const UI_PATHS = ['/docs', '/redoc', '/swagger', '/dev-ui/'];
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** Enough routes to feed the later checks without spending the budget on one big API. */
const MAX_ROUTES = 24;
function resolveRef(document, value) {
    if (!isRecord(value) || typeof value.$ref !== 'string' || !value.$ref.startsWith('#/'))
        return value;
    return value.$ref
        .slice(2)
        .split('/')
        .reduce((node, key) => (isRecord(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), document);
}
function requiresFields(document, operation) {
    const body = resolveRef(document, operation.requestBody);
    if (!isRecord(body) || !isRecord(body.content))
        return false;
    const json = body.content['application/json'];
    const schema = isRecord(json) ? resolveRef(document, json.schema) : undefined;
    return isRecord(schema) && Array.isArray(schema.required) && schema.required.length > 0;
}
/** Routes without path parameters, so later checks can call them as they are. */
export function routesFromOpenApi(document) {
    const routes = [];
    const globalSecurity = Array.isArray(document.security) && document.security.length > 0;
    for (const [path, item] of Object.entries(isRecord(document.paths) ? document.paths : {})) {
        if (path.includes('{') || !isRecord(item))
            continue;
        for (const method of HTTP_METHODS) {
            const operation = item[method];
            if (!isRecord(operation))
                continue;
            const security = Array.isArray(operation.security) ? operation.security.length > 0 : globalSecurity;
            routes.push({ method: method.toUpperCase(), path, declaresSecurity: security, bodyHasRequiredFields: requiresFields(document, operation), from: 'openapi' });
        }
    }
    return routes.slice(0, MAX_ROUTES);
}
function docsUi(response) {
    if (!isSuccess(response) || !isHtmlResponse(response))
        return undefined;
    if (/swagger-ui/i.test(response.body))
        return 'Swagger UI';
    if (/redoc/i.test(response.body))
        return 'ReDoc';
    // The ADK dev UI (`adk web`) is an Angular app that runs agents for anyone who opens it.
    if (pathOf(response.url).startsWith('/dev-ui') && /<app-root|adk/i.test(response.body))
        return 'the ADK dev UI';
    return undefined;
}
export default defineProbe({
    id: 'api-docs-exposed',
    category: 'security',
    severity: 'info',
    confidence: 'high',
    summary: 'Interactive API docs and the OpenAPI document are not public',
    messages: {
        openapi: '{{path}} serves the OpenAPI document ({{count}} operations) to anonymous callers',
        ui: '{{path}} serves {{ui}} to anonymous callers',
        devUi: '{{path}} serves the ADK dev UI, which lets anyone run the agent',
    },
    fixHint: 'Turn the docs off in production (FastAPI(docs_url=None, redoc_url=None, openapi_url=None)) or put them behind auth.',
    maxRequests: OPENAPI_PATHS.length + UI_PATHS.length,
    async run(target, http, ctx) {
        for (const path of OPENAPI_PATHS) {
            const response = await http.get(path, { anonymous: true });
            const document = isSuccess(response) ? jsonBody(response) : undefined;
            if (!isRecord(document) || !(typeof document.openapi === 'string' || typeof document.swagger === 'string'))
                continue;
            const routes = routesFromOpenApi(document);
            ctx.state.routes.push(...routes);
            ctx.note(`${routes.length} callable routes from ${path}`);
            const count = Object.values(isRecord(document.paths) ? document.paths : {}).reduce((sum, item) => sum + (isRecord(item) ? HTTP_METHODS.filter((method) => method in item).length : 0), 0);
            ctx.report({ messageId: 'openapi', data: { path, count: String(count) }, response, evidence: `HTTP ${response.status} OpenAPI document` });
            break;
        }
        const pages = await Promise.all(UI_PATHS.map((path) => http.get(path, { anonymous: true })));
        for (const [index, path] of UI_PATHS.entries()) {
            const response = pages[index];
            const ui = docsUi(response);
            if (!ui)
                continue;
            if (ui === 'the ADK dev UI')
                ctx.report({ messageId: 'devUi', data: { path }, response, evidence: `HTTP ${response.status} ADK dev UI`, severity: 'medium' });
            else
                ctx.report({ messageId: 'ui', data: { path, ui }, response, evidence: `HTTP ${response.status} ${ui}` });
        }
    },
});
