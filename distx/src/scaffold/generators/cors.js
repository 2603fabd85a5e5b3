import { z } from 'zod';
import { pythonCorsConfigs } from '../../fix/python-fixers.js';
import { typescriptCorsConfigs } from '../../fix/typescript-fixers.js';
import { moduleAndWiring, siblingModule } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { dependencyPatch } from '../dependencies.js';
import { requireApp } from '../project.js';
import { attachToPythonApp, withPythonTree } from '../python-source.js';
import { generatedSettingsImport } from '../settings-module.js';
import { render } from '../templates.js';
import { applyEdits } from '../text-edits.js';
import { attachToTsApp, tsSourceFile } from '../ts-source.js';
/** The validated allowlist the generated module exports; existing CORS calls are pointed at it. */
const ORIGINS = 'CORS_ALLOW_ORIGINS';
const WIRING = {
    fastapi: { wiring: (app) => ({ python: { names: ['install_cors'], statements: [`install_cors(${app})`] } }), dependencies: [] },
    starlette: { wiring: (app) => ({ python: { names: ['install_cors'], statements: [`install_cors(${app})`] } }), dependencies: [] },
    flask: { wiring: (app) => ({ python: { names: ['install_cors'], statements: [`install_cors(${app})`] } }), dependencies: [{ name: 'Flask-Cors', range: '>=5.0' }] },
    express: {
        wiring: (app) => ({ typescript: { names: ['corsMiddleware'], statements: [`${app}.use(corsMiddleware);`] } }),
        dependencies: [{ name: 'cors', range: '^2.8.5' }, { name: '@types/cors', range: '^2.8.17', dev: true }],
    },
    fastify: {
        wiring: (app) => ({ typescript: { names: ['corsOptions'], statements: [`${app}.register(cors, corsOptions);`], extraImports: [{ module: '@fastify/cors', default: 'cors' }] } }),
        dependencies: [{ name: '@fastify/cors', range: '^11.0.0' }],
    },
    hono: { wiring: (app) => ({ typescript: { names: ['corsMiddleware'], statements: [`${app}.use(corsMiddleware);`] } }), dependencies: [] },
};
const FRAMEWORKS = Object.keys(WIRING);
async function existingCors(project, entry) {
    const text = project.text(entry);
    if (project.language === 'python') {
        return withPythonTree(text, (tree, file) => {
            const configs = pythonCorsConfigs(tree, file, ORIGINS);
            const edits = configs.flatMap((config) => config.repair?.edits ?? []);
            return { count: configs.length, edited: applyEdits(text, edits), repaired: edits.length, usesAllowlist: file.imports.has(ORIGINS) };
        });
    }
    const configs = await typescriptCorsConfigs(entry, text, ORIGINS);
    const edits = configs.flatMap((config) => config.repair?.edits ?? []);
    const { file } = await tsSourceFile(entry, text);
    const usesAllowlist = file.getImportDeclarations().some((declaration) => declaration.getNamedImports().some((specifier) => specifier.getName() === ORIGINS));
    return { count: configs.length, edited: applyEdits(text, edits), repaired: edits.length, usesAllowlist };
}
/** Points the entry's own CORS calls at the allowlist (in place) and imports it. */
async function repairInPlace(project, target, existing, specifier) {
    if (project.language === 'python') {
        return attachToPythonApp(existing.edited, target.app.line, target.app.column, { imports: [{ line: `from ${specifier} import ${ORIGINS}`, binds: ORIGINS }], statements: [] });
    }
    return attachToTsApp(target.entry, existing.edited, target.app.line, target.app.column, { imports: [{ module: specifier, named: [ORIGINS] }], statements: [] });
}
export default defineGenerator({
    id: 'cors',
    summary: 'CORS allowlist from CORS_ALLOW_ORIGINS (validated, empty by default, credentials only for listed origins); a wildcard CORS config in the entry file is pointed at it in place',
    repairs: ['cors-wildcard'],
    frameworks: FRAMEWORKS,
    answers: z.object({}),
    async plan(_answers, project) {
        const target = requireApp(project, { id: 'cors', frameworks: FRAMEWORKS });
        const context = { settings: await generatedSettingsImport(project, target) };
        const existing = await existingCors(project, target.entry);
        const { wiring, dependencies } = WIRING[target.framework];
        if (existing.count === 0) {
            const actions = await moduleAndWiring(project, target, 'cors', 'cors', context, wiring(target.app.name));
            const patch = dependencyPatch(project, dependencies);
            if (patch)
                actions.push(patch);
            return actions;
        }
        // The app configures CORS itself with an explicit list: nothing to repair, and a second middleware would only confuse.
        if (existing.repaired === 0 && !existing.usesAllowlist)
            return [];
        const module = await siblingModule(project, target, 'cors');
        const entryText = project.text(target.entry);
        return [
            { kind: 'create', path: module.path, content: await render('cors', target.framework, 'cors', context) },
            { kind: 'patch', path: target.entry, before: entryText, after: await repairInPlace(project, target, existing, module.specifier), reason: `points the existing CORS configuration at ${ORIGINS}` },
        ];
    },
});
