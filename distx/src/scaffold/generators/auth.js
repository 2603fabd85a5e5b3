import { z } from 'zod';
import { moduleAndWiring, siblingModule } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { addToConstructorList, constructorCallee } from '../python-edits.js';
import { requireApp } from '../project.js';
import { generatedSettingsImport } from '../settings-module.js';
import { render } from '../templates.js';
// Probes and discovery must answer without a key: orchestrators and A2A clients call them unauthenticated.
const PUBLIC_PATHS = ['/livez', '/readyz', '/healthz', '/health', '/.well-known/agent-card.json', '/.well-known/agent.json'];
const WIRING = {
    // FastAPI apps built by FastAPI(...) get an app-wide dependency instead (see plan); this covers A2A-built ones.
    fastapi: (app) => ({ python: { names: ['ApiKeyMiddleware'], statements: [`${app}.add_middleware(ApiKeyMiddleware)`] } }),
    starlette: (app) => ({ python: { names: ['ApiKeyMiddleware'], statements: [`${app}.add_middleware(ApiKeyMiddleware)`] } }),
    flask: (app) => ({ python: { names: ['require_api_key'], statements: [`${app}.before_request(require_api_key)`] } }),
    express: (app) => ({ typescript: { names: ['requireApiKey'], statements: [`${app}.use(requireApiKey);`] } }),
    fastify: (app) => ({ typescript: { names: ['requireApiKey'], statements: [`${app}.addHook('onRequest', requireApiKey);`] } }),
    hono: (app) => ({ typescript: { names: ['requireApiKey'], statements: [`${app}.use(requireApiKey);`] } }),
};
const FRAMEWORKS = Object.keys(WIRING);
export default defineGenerator({
    id: 'auth',
    summary: 'API-key auth on every route but health probes and the agent card: keys from API_KEYS (name:key), constant-time compare, the key name as principal',
    repairs: ['missing-auth'],
    frameworks: FRAMEWORKS,
    answers: z.object({}),
    async plan(_answers, project) {
        const target = requireApp(project, { id: 'auth', frameworks: FRAMEWORKS });
        const publicPaths = [...new Set([...PUBLIC_PATHS, project.livenessPath, project.readinessPath].filter((path) => !!path))];
        const context = { publicPaths, settings: await generatedSettingsImport(project, target) };
        if (target.framework === 'fastapi') {
            // A FastAPI(...) constructor takes the guard as an app-wide dependency: it shows in OpenAPI and runs before every route.
            const entryText = project.text(target.entry);
            const module = await siblingModule(project, target, 'auth');
            const withDependency = await addToConstructorList(entryText, target.app.line, target.app.column, {
                keyword: 'dependencies',
                element: 'Depends(require_api_key)',
                imports: [
                    { module: 'fastapi', name: 'Depends' },
                    { module: module.specifier, name: 'require_api_key' },
                ],
            });
            if (withDependency !== undefined && /^fastapi(?:\.applications)?\.FastAPI$/.test((await constructorCallee(entryText, target.app.line, target.app.column)) ?? '')) {
                const actions = [
                    { kind: 'create', path: module.path, content: await render('auth', 'fastapi', 'auth', context) },
                    { kind: 'patch', path: target.entry, before: entryText, after: withDependency, reason: 'requires an API key on every route of the FastAPI app' },
                ];
                return actions;
            }
            // Built by the A2A SDK or a factory: the ASGI middleware works on any Starlette-based app.
            return moduleAndWiring(project, { ...target, framework: 'starlette' }, 'auth', 'auth', context, WIRING.fastapi(target.app.name));
        }
        return moduleAndWiring(project, target, 'auth', 'auth', context, WIRING[target.framework](target.app.name));
    },
});
