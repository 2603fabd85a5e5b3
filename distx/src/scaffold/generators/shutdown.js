import { z } from 'zod';
import { UsageError } from '../../core/errors.js';
import { siblingModule } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { requireApp } from '../project.js';
import { attachToPythonApp } from '../python-source.js';
import { render } from '../templates.js';
import { attachToTsApp, tsSourceFile } from '../ts-source.js';
// Flask is left out: the WSGI server (gunicorn) owns the process and its signals.
const FRAMEWORKS = ['fastapi', 'starlette', 'express', 'fastify', 'hono'];
/**
 * Express and @hono/node-server: the `http.Server` the app listens on, bound to
 * a name so it can be drained. `app.listen(...)` / `serve(...)` as a bare
 * top-level statement becomes `const server = ...`; an existing binding is reused.
 */
async function bindServer(path, text, app, framework) {
    const { file, morph } = await tsSourceFile(path, text);
    const serve = new Set(file.getImportDeclarations().filter((declaration) => declaration.getModuleSpecifierValue() === '@hono/node-server').flatMap((declaration) => declaration.getNamedImports().filter((specifier) => specifier.getName() === 'serve').map((specifier) => specifier.getAliasNode()?.getText() ?? 'serve')));
    const isServerCall = (node) => {
        if (!node || !morph.Node.isCallExpression(node))
            return false;
        const callee = node.getExpression();
        if (framework === 'express')
            return morph.Node.isPropertyAccessExpression(callee) && callee.getName() === 'listen' && callee.getExpression().getText() === app;
        return morph.Node.isIdentifier(callee) && serve.has(callee.getText());
    };
    for (const statement of file.getStatements()) {
        if (morph.Node.isVariableStatement(statement)) {
            const declaration = statement.getDeclarations().find((candidate) => isServerCall(candidate.getInitializer()));
            if (declaration && morph.Node.isIdentifier(declaration.getNameNode()))
                return { text, server: declaration.getName() };
        }
        if (morph.Node.isExpressionStatement(statement) && isServerCall(statement.getExpression())) {
            const taken = new Set(file.getDescendantsOfKind(morph.SyntaxKind.Identifier).map((identifier) => identifier.getText()));
            const server = ['server', 'httpServer', 'nodeServer'].find((name) => !taken.has(name));
            if (!server)
                break;
            statement.replaceWithText(`const ${server} = ${statement.getText()}`);
            return { text: file.getFullText(), server };
        }
    }
    const call = framework === 'express' ? `${app}.listen(...)` : "serve(...) from '@hono/node-server'";
    throw new UsageError(`scaffold shutdown needs the server the app listens on: no top-level ${call} in ${path}; call closeOnSignal(server) from shutdown.ts where you start it`);
}
async function tsActions(project, target, context) {
    const module = await siblingModule(project, target, 'shutdown');
    const content = await render('shutdown', target.framework, 'shutdown', context);
    const entryText = project.text(target.entry);
    let text = entryText;
    let statements;
    if (target.framework === 'fastify') {
        statements = [`closeOnSignal(${target.app.name});`];
    }
    else {
        const bound = await bindServer(target.entry, entryText, target.app.name, target.framework);
        text = bound.text;
        // After the statement that binds the server; the app anchor only places the import.
        const { file } = await tsSourceFile(target.entry, text);
        const statement = file.getVariableStatementOrThrow((candidate) => candidate.getDeclarations().some((declaration) => declaration.getName() === bound.server));
        const line = statement.getStartLineNumber();
        text = await attachToTsApp(target.entry, text, line, statement.getStart() - statement.getStartLinePos() + 1, { imports: [], statements: [`closeOnSignal(${bound.server});`] });
        statements = [];
    }
    const after = await attachToTsApp(target.entry, text, target.app.line, target.app.column, { imports: [{ module: module.specifier, named: ['closeOnSignal'] }], statements });
    return [
        { kind: 'create', path: module.path, content },
        { kind: 'patch', path: target.entry, before: entryText, after, reason: `drains the ${target.framework} server on SIGTERM` },
    ];
}
async function pythonActions(project, target, context) {
    const module = await siblingModule(project, target, 'shutdown');
    const content = await render('shutdown', target.framework, 'shutdown', context);
    const entryText = project.text(target.entry);
    const lifespan = `${target.app.name}.router.lifespan_context`;
    const after = await attachToPythonApp(entryText, target.app.line, target.app.column, {
        imports: [{ line: `from ${module.specifier} import graceful_lifespan`, binds: 'graceful_lifespan' }],
        // Wraps whatever lifespan the app has (its own, or Starlette's default running on_startup/on_shutdown).
        statements: [`${lifespan} = graceful_lifespan(${lifespan})`],
    });
    return [
        { kind: 'create', path: module.path, content },
        { kind: 'patch', path: target.entry, before: entryText, after, reason: `runs shutdown steps in the ${target.framework} app's lifespan` },
    ];
}
export default defineGenerator({
    id: 'shutdown',
    summary: 'graceful shutdown: lifespan that closes registered clients with a deadline (FastAPI/Starlette); SIGTERM/SIGINT stop accepting, drain and close (Express, Fastify, Hono)',
    repairs: ['no-graceful-shutdown'],
    frameworks: FRAMEWORKS,
    answers: z.object({
        /** The whole Node drain; below Kubernetes' default 30 s grace period. */
        timeoutSeconds: z.number().positive().max(600).default(25),
    }),
    async plan(answers, project) {
        const target = requireApp(project, { id: 'shutdown', frameworks: FRAMEWORKS });
        const context = { timeoutMs: Math.round(answers.timeoutSeconds * 1000), stepTimeoutSeconds: Math.min(10, answers.timeoutSeconds) };
        return project.language === 'python' ? pythonActions(project, target, context) : tsActions(project, target, context);
    },
});
