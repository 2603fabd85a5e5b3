import { z } from 'zod';
import { moduleAndWiring, siblingModule } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { requireApp } from '../project.js';
import { attachToPythonApp } from '../python-source.js';
import { render } from '../templates.js';
import { attachToTsApp, tsSourceFile } from '../ts-source.js';
// Pure ASGI middleware serves FastAPI, Starlette and the A2A SDK's Starlette app; Flask gets request
// hooks; Express and Hono a middleware, Fastify preHandler/onSend hooks.
const FRAMEWORKS = ['fastapi', 'starlette', 'flask', 'express', 'fastify', 'hono'];
const TS_WIRING = {
    express: (app) => ({ typescript: { names: ['idempotency'], statements: [`${app}.use(idempotency);`] } }),
    fastify: (app) => ({ typescript: { names: ['idempotency'], statements: [`idempotency(${app});`] } }),
    hono: (app) => ({ typescript: { names: ['idempotency'], statements: [`${app}.use(idempotency);`] } }),
};
/**
 * Express parses bodies in middleware, in registration order: the idempotency middleware goes right
 * after the app's last `app.use(express.json())`/body-parser line so the body it compares is parsed.
 */
async function afterBodyParser(target, text) {
    const { file, morph } = await tsSourceFile(target.entry, text);
    const parsers = file.getStatements().filter((statement) => {
        const call = morph.Node.isExpressionStatement(statement) ? statement.getExpression() : undefined;
        if (!call || !morph.Node.isCallExpression(call))
            return false;
        const callee = call.getExpression();
        return morph.Node.isPropertyAccessExpression(callee) && callee.getExpression().getText() === target.app.name && callee.getName() === 'use' && call.getArguments().some((argument) => /(?:^|\.)(?:json|urlencoded)\(/.test(argument.getText()));
    });
    const last = parsers.at(-1);
    if (!last)
        return target;
    const { line, column } = file.getLineAndColumnAtPos(last.getStart());
    return { ...target, app: { ...target.app, line, column } };
}
async function typescriptActions(project, target) {
    const store = await render('idempotency', 'typescript', 'store', {});
    const wiring = TS_WIRING[target.framework](target.app.name);
    if (target.framework !== 'express')
        return moduleAndWiring(project, target, 'idempotency', IDEMPOTENCY_MODULE, { store }, wiring);
    const entryText = project.text(target.entry);
    const anchor = await afterBodyParser(target, entryText);
    const module = await siblingModule(project, target, IDEMPOTENCY_MODULE);
    const after = await attachToTsApp(target.entry, entryText, anchor.app.line, anchor.app.column, { imports: [{ module: module.specifier, named: wiring.typescript.names }], statements: wiring.typescript.statements });
    return [
        { kind: 'create', path: module.path, content: await render('idempotency', 'express', IDEMPOTENCY_MODULE, { store }) },
        { kind: 'patch', path: target.entry, before: entryText, after, reason: 'replays responses for repeated Idempotency-Key requests in the express app, after its body parser' },
    ];
}
/** The module `scaffold idempotency` writes beside the entry; `fix` decorates money tools with its `idempotent_tool`. */
export const IDEMPOTENCY_MODULE = 'idempotency';
export default defineGenerator({
    id: 'idempotency',
    summary: 'Idempotency-Key middleware (ASGI, Flask hooks, Express, Fastify, Hono) replaying the first response (409 while running, 422 on a different body), @idempotent_tool for ADK tools keyed by session and arguments; Python: Redis SET NX when the project uses redis, else in-process (one replica); TypeScript: in-process (one replica)',
    repairs: ['missing-idempotency'],
    frameworks: FRAMEWORKS,
    answers: z.object({}),
    async plan(_answers, project) {
        const target = requireApp(project, { id: 'idempotency', frameworks: FRAMEWORKS });
        if (project.language === 'typescript')
            return typescriptActions(project, target);
        const module = await siblingModule(project, target, IDEMPOTENCY_MODULE);
        const flask = target.framework === 'flask';
        const redis = project.dependencies.has('redis');
        const adk = project.dependencies.has('google-adk');
        // asyncio and typing for the ASGI middleware and async tools; logging for the Redis fallback warning and tool results.
        const context = { flask, redis, adk, asyncio: !flask || adk, logs: redis || adk };
        const content = await render('idempotency', 'python', IDEMPOTENCY_MODULE, context);
        const entryText = project.text(target.entry);
        const binding = flask ? 'install_idempotency' : 'IdempotencyMiddleware';
        const after = await attachToPythonApp(entryText, target.app.line, target.app.column, {
            imports: [{ line: `from ${module.specifier} import ${binding}`, binds: binding }],
            statements: [flask ? `install_idempotency(${target.app.name})` : `${target.app.name}.add_middleware(IdempotencyMiddleware)`],
        });
        const actions = [{ kind: 'create', path: module.path, content }];
        if (after !== entryText)
            actions.push({ kind: 'patch', path: target.entry, before: entryText, after, reason: `replays responses for repeated Idempotency-Key requests in the ${target.framework} app` });
        return actions;
    },
});
