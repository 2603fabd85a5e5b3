import { z } from 'zod';
import { moduleAndWiring } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { dependencyPatch } from '../dependencies.js';
import { requireApp } from '../project.js';
// Matched after lower-casing and turning `-` into `_` (Python); pino paths use them as written (TS).
const PYTHON_REDACTED_KEYS = [
    'authorization', 'proxy_authorization', 'cookie', 'set_cookie', 'x_api_key', 'api_key', 'apikey', 'password', 'passwd', 'secret', 'client_secret',
    'token', 'access_token', 'refresh_token', 'id_token', 'session_token', 'private_key', 'card_number', 'cardnumber', 'pan', 'cvv', 'cvc', 'ssn',
];
const TS_REDACTED_KEYS = [
    'authorization', 'cookie', 'password', 'secret', 'clientSecret', 'token', 'accessToken', 'refreshToken', 'idToken', 'apiKey', 'api_key',
    'privateKey', 'cardNumber', 'card_number', 'cvv', 'cvc', 'ssn',
];
const PYTHON_WIRING = (app) => ({ python: { names: ['install_logging'], statements: [`install_logging(${app})`] } });
const WIRING = {
    fastapi: { wiring: PYTHON_WIRING, dependencies: [] },
    starlette: { wiring: PYTHON_WIRING, dependencies: [] },
    flask: { wiring: PYTHON_WIRING, dependencies: [] },
    express: { wiring: (app) => ({ typescript: { names: ['requestId'], statements: [`${app}.use(requestId);`] } }), dependencies: [{ name: 'pino', range: '^10.0.0' }] },
    fastify: { wiring: (app) => ({ typescript: { names: ['requestIdHook'], statements: [`${app}.addHook('onRequest', requestIdHook);`] } }), dependencies: [{ name: 'pino', range: '^10.0.0' }] },
    hono: { wiring: (app) => ({ typescript: { names: ['requestId'], statements: [`${app}.use(requestId);`] } }), dependencies: [{ name: 'pino', range: '^10.0.0' }] },
};
const FRAMEWORKS = Object.keys(WIRING);
/** The module the logging generator writes beside the entry file; fix rewrites console calls onto its `logger`. */
export const LOGGING_MODULE = { python: 'structured_logging', typescript: 'logger' };
export default defineGenerator({
    id: 'logging',
    summary: 'JSON logs (stdlib formatter for Python, pino for Node), request id read from or returned as X-Request-ID and bound to every line, redaction of credential and payment fields',
    repairs: ['unstructured-logging', 'missing-request-id'],
    frameworks: FRAMEWORKS,
    answers: z.object({}),
    async plan(_answers, project) {
        const target = requireApp(project, { id: 'logging', frameworks: FRAMEWORKS });
        const { wiring, dependencies } = WIRING[target.framework];
        const python = project.language === 'python';
        const context = { redactedKeys: python ? PYTHON_REDACTED_KEYS : TS_REDACTED_KEYS };
        const actions = await moduleAndWiring(project, target, 'logging', LOGGING_MODULE[project.language], context, wiring(target.app.name));
        const patch = dependencyPatch(project, dependencies);
        if (patch)
            actions.push(patch);
        return actions;
    },
});
