import { z } from 'zod';
import { siblingModule } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { dependencyPatch } from '../dependencies.js';
import { requireApp } from '../project.js';
import { attachToPythonApp } from '../python-source.js';
import { render } from '../templates.js';
import { attachToTsApp, tsSourceFile } from '../ts-source.js';
const OTEL_PYTHON_SDK = '>=1.27';
const OTEL_PYTHON_INSTRUMENTATION = '>=0.48b0';
// HTTP clients whose outgoing calls get client spans when the project declares them.
const PYTHON_CLIENTS = ['httpx', 'requests'];
const PYTHON_FRAMEWORK_INSTRUMENTATION = { fastapi: 'fastapi', starlette: 'starlette', flask: 'flask' };
// The packages (and major versions) of the reference server's tracing.ts, which this module follows.
const OTEL_NODE = [
    { name: '@opentelemetry/api', range: '^1.10.0' },
    { name: '@opentelemetry/context-async-hooks', range: '^3.1.0' },
    { name: '@opentelemetry/core', range: '^3.1.0' },
    { name: '@opentelemetry/exporter-trace-otlp-http', range: '^0.301.0' },
    { name: '@opentelemetry/instrumentation', range: '^0.301.0' },
    { name: '@opentelemetry/instrumentation-http', range: '^0.301.0' },
    { name: '@opentelemetry/instrumentation-undici', range: '^0.34.0' },
    { name: '@opentelemetry/resources', range: '^3.1.0' },
    { name: '@opentelemetry/sdk-trace', range: '^3.1.0' },
];
// How each framework names the server span after its route template.
const TS_WIRING = {
    express: (app) => ({ names: ['traceRoutes'], statements: [`${app}.use(traceRoutes);`] }),
    fastify: (app) => ({ names: ['traceRouteHook'], statements: [`${app}.addHook('onRequest', traceRouteHook);`] }),
    hono: (app) => ({ names: ['traceRoutes'], statements: [`${app}.use(traceRoutes);`] }),
};
const FRAMEWORKS = ['fastapi', 'starlette', 'flask', 'express', 'fastify', 'hono'];
async function pythonActions(project, target) {
    const module = await siblingModule(project, target, 'tracing');
    const clients = PYTHON_CLIENTS.filter((client) => project.dependencies.has(client));
    const content = await render('tracing', 'python', 'tracing', {
        framework: target.framework,
        serviceName: project.name,
        clients,
        excludedUrlsVariable: `OTEL_PYTHON_${target.framework.toUpperCase()}_EXCLUDED_URLS`,
    });
    const entryText = project.text(target.entry);
    const after = await attachToPythonApp(entryText, target.app.line, target.app.column, {
        imports: [{ line: `from ${module.specifier} import install_tracing`, binds: 'install_tracing' }],
        statements: [`install_tracing(${target.app.name})`],
    });
    const dependencies = [
        { name: 'opentelemetry-sdk', range: OTEL_PYTHON_SDK },
        { name: 'opentelemetry-exporter-otlp-proto-http', range: OTEL_PYTHON_SDK },
        ...[PYTHON_FRAMEWORK_INSTRUMENTATION[target.framework], ...clients].map((name) => ({ name: `opentelemetry-instrumentation-${name}`, range: OTEL_PYTHON_INSTRUMENTATION })),
    ];
    const actions = [
        { kind: 'create', path: module.path, content },
        { kind: 'patch', path: target.entry, before: entryText, after, reason: `traces the ${target.framework} app's requests${clients.length > 0 ? ` and ${clients.join('/')} calls` : ''}` },
    ];
    const patch = dependencyPatch(project, dependencies);
    if (patch)
        actions.push(patch);
    return actions;
}
/**
 * The tracing import goes first in the entry file: ES modules run in import
 * order, so the instrumentations are registered before node:http and the
 * framework are loaded by the imports after it.
 */
async function importFirst(path, text, specifier, names) {
    const { file } = await tsSourceFile(path, text);
    if (file.getImportDeclaration((declaration) => declaration.getModuleSpecifierValue() === specifier))
        return text;
    file.insertImportDeclaration(0, { moduleSpecifier: specifier, namedImports: names });
    return file.getFullText();
}
async function typescriptActions(project, target) {
    const module = await siblingModule(project, target, 'tracing');
    const content = await render('tracing', 'typescript', 'tracing', { framework: target.framework, serviceName: project.name });
    const entryText = project.text(target.entry);
    const { names, statements } = TS_WIRING[target.framework](target.app.name);
    const attached = await attachToTsApp(target.entry, entryText, target.app.line, target.app.column, { imports: [], statements });
    const after = await importFirst(target.entry, attached, module.specifier, names);
    const actions = [
        { kind: 'create', path: module.path, content },
        { kind: 'patch', path: target.entry, before: entryText, after, reason: `loads tracing before the ${target.framework} app and names server spans by route` },
    ];
    const patch = dependencyPatch(project, OTEL_NODE);
    if (patch)
        actions.push(patch);
    return actions;
}
export default defineGenerator({
    id: 'tracing',
    summary: 'OpenTelemetry tracing exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set: a server span per request named by route, client spans and traceparent on outgoing HTTP calls',
    repairs: ['missing-tracing'],
    frameworks: FRAMEWORKS,
    answers: z.object({}),
    async plan(_answers, project) {
        const target = requireApp(project, { id: 'tracing', frameworks: FRAMEWORKS });
        return project.language === 'python' ? pythonActions(project, target) : typescriptActions(project, target);
    },
});
