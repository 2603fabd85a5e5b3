import { z } from 'zod';
import { toolVersion } from '../../core/tool-info.js';
import { UsageError } from '../../core/errors.js';
import { siblingModule } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { dependencyPatch } from '../dependencies.js';
import { METADATA_FILE, readMetadata, renderMetadata, sha256 } from '../metadata.js';
import { requireApp } from '../project.js';
import { attachToPythonApp, withPythonTree } from '../python-source.js';
import { SETTINGS_MODULE } from '../settings-module.js';
import { render } from '../templates.js';
import { applyEdits } from '../text-edits.js';
import { attachToTsApp, tsSourceFile } from '../ts-source.js';
import auth from './auth.js';
import cors from './cors.js';
const FRAMEWORKS = ['fastapi', 'starlette', 'flask', 'express', 'fastify', 'hono'];
const ENV_EXAMPLE = '.env.example';
// Generated modules that read their settings from the settings module once it exists.
const SETTINGS_READERS = [auth, cors];
// Only literals that are plainly a host, a port or a level move into settings; anything else stays in the code.
const bindSchema = z.object({
    host: z.string().regex(/^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|[0-9a-fA-F:]+|\[[0-9a-fA-F:]+\])$/).max(253).optional(),
    port: z.coerce.number().int().min(1).max(65535).optional(),
    logLevel: z.enum(['critical', 'error', 'warning', 'info', 'debug', 'trace']).optional(),
});
/** Takes a literal into settings when it is valid for `key`; the edit replaces it with `replacement`. */
function take(found, edits, key, value, span, replacement) {
    if (value === undefined || value === null)
        return;
    const parsed = bindSchema.shape[key].safeParse(key === 'logLevel' && typeof value === 'string' ? value.toLowerCase() : value);
    if (!parsed.success || parsed.data === undefined)
        return;
    found[key] = parsed.data;
    edits.push({ ...span, text: replacement });
}
/** `uvicorn.run(app, host="0.0.0.0", port=8080, log_level="info")` and Flask `app.run(host, port)`: literal values → `settings.*`. */
async function pythonBindEdits(text, appName) {
    return withPythonTree(text, (tree, file) => {
        const found = {};
        const edits = [];
        for (const call of tree.rootNode.descendantsOfType('call')) {
            if (!call)
                continue;
            const callee = file.calleeName(call);
            const receiver = call.childForFieldName('function')?.childForFieldName('object')?.text;
            const appRun = file.calleeMember(call) === 'run' && receiver === appName && file.importsModule('flask');
            if (callee !== 'uvicorn.run' && !appRun)
                continue;
            const positional = appRun ? file.positionalArguments(call) : [];
            const arg = (name, index) => file.keywordArgument(call, name) ?? positional[index];
            for (const [key, name, index] of [['host', 'host', 0], ['port', 'port', 1], ['logLevel', 'log_level', -1]]) {
                const node = arg(name, index);
                if (node)
                    take(found, edits, key, file.literal(node), { start: node.startIndex, end: node.endIndex }, `settings.${name}`);
            }
        }
        return { found, edits };
    });
}
/** `app.listen(8080)`, `app.listen({ port: 3000, host })`, `serve({ fetch, port: 8787 })`: literal values → `settings.*`. */
async function typescriptBindEdits(path, text, appName) {
    const { file, morph } = await tsSourceFile(path, text);
    const found = {};
    const edits = [];
    const serveNames = new Set(file.getImportDeclarations().filter((declaration) => declaration.getModuleSpecifierValue() === '@hono/node-server').flatMap((declaration) => declaration.getNamedImports().filter((specifier) => specifier.getName() === 'serve').map((specifier) => specifier.getAliasNode()?.getText() ?? 'serve')));
    const literal = (node) => {
        if (!node)
            return undefined;
        if (morph.Node.isNumericLiteral(node))
            return node.getLiteralValue();
        if (morph.Node.isStringLiteral(node) || morph.Node.isNoSubstitutionTemplateLiteral(node))
            return node.getLiteralValue();
        return undefined;
    };
    const fromObject = (options, hostKey) => {
        if (!options || !morph.Node.isObjectLiteralExpression(options))
            return;
        for (const [key, property, replacement] of [['port', 'port', 'settings.PORT'], ['host', hostKey, 'settings.HOST']]) {
            const assignment = options.getProperty(property);
            const value = assignment && morph.Node.isPropertyAssignment(assignment) ? assignment.getInitializer() : undefined;
            if (value)
                take(found, edits, key, literal(value), { start: value.getStart(), end: value.getEnd() }, replacement);
        }
    };
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
        const callee = call.getExpression();
        const [first, second] = call.getArguments();
        if (morph.Node.isPropertyAccessExpression(callee) && callee.getName() === 'listen' && callee.getExpression().getText() === appName) {
            if (first && morph.Node.isObjectLiteralExpression(first))
                fromObject(first, 'host');
            else if (first) {
                take(found, edits, 'port', literal(first), { start: first.getStart(), end: first.getEnd() }, 'settings.PORT');
                if (second && typeof literal(second) === 'string')
                    take(found, edits, 'host', literal(second), { start: second.getStart(), end: second.getEnd() }, 'settings.HOST');
            }
        }
        else if (morph.Node.isIdentifier(callee) && serveNames.has(callee.getText())) {
            fromObject(first, 'hostname');
        }
    }
    return { found, edits };
}
/**
 * The host/port/level defaults a settings module written earlier carries, so a
 * second run (the literals are gone from the entry by then) renders the same file.
 */
async function earlierDefaults(project, path) {
    const text = project.text(path);
    if (text === undefined)
        return {};
    const raw = {};
    if (project.language === 'python') {
        await withPythonTree(text, (tree, file) => {
            for (const assignment of tree.rootNode.descendantsOfType('assignment')) {
                const name = assignment?.childForFieldName('left')?.text;
                const right = assignment?.childForFieldName('right');
                if (!name || !right || !['host', 'port', 'log_level'].includes(name))
                    continue;
                raw[name === 'log_level' ? 'logLevel' : name] = file.literal(right.type === 'call' ? file.keywordArgument(right, 'default') : right);
            }
        });
    }
    else {
        const { file, morph } = await tsSourceFile(path, text);
        for (const property of file.getDescendantsOfKind(morph.SyntaxKind.PropertyAssignment)) {
            const key = { HOST: 'host', PORT: 'port' }[property.getName()];
            const fallback = property.getDescendantsOfKind(morph.SyntaxKind.CallExpression).find((call) => call.getExpression().getText().endsWith('.default'))?.getArguments()[0];
            if (key && fallback && (morph.Node.isStringLiteral(fallback) || morph.Node.isNumericLiteral(fallback)))
                raw[key] = fallback.getLiteralValue();
        }
    }
    const parsed = bindSchema.safeParse(raw);
    return parsed.success ? parsed.data : {};
}
/** The entry must not bind `settings` to something else: the import would shadow it or be shadowed. */
async function assertSettingsFree(project, entry, specifier) {
    const text = project.text(entry);
    let taken;
    if (project.language === 'python') {
        taken = await withPythonTree(text, (_tree, file) => file.moduleAssignments.has('settings') || (file.imports.has('settings') && file.imports.get('settings') !== `${specifier.replace(/^\.+/, '')}.settings`));
    }
    else {
        const { file } = await tsSourceFile(entry, text);
        taken = !!file.getVariableDeclaration('settings') || file.getImportDeclarations().some((declaration) => declaration.getModuleSpecifierValue() !== specifier && declaration.getNamedImports().some((named) => (named.getAliasNode()?.getText() ?? named.getName()) === 'settings'));
    }
    if (taken)
        throw new UsageError(`${entry} already has a name \`settings\`; rename it so scaffold config can import the validated settings there`);
}
/** `.env.example`: ours when absent (or ours, untouched); a file of your own only gets the variables it lacks, appended. */
function envExampleAction(project, content) {
    const current = project.text(ENV_EXAMPLE);
    const record = readMetadata(project.text(METADATA_FILE), toolVersion()).files[ENV_EXAMPLE];
    if (current === undefined || (record?.generator === 'config' && record.sha256 === sha256(current)))
        return { kind: 'create', path: ENV_EXAMPLE, content };
    const declared = new Set([...current.matchAll(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/gm)].map((match) => match[1]));
    const missing = content.split('\n').filter((line) => {
        const name = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1];
        return name !== undefined && !declared.has(name);
    });
    if (missing.length === 0)
        return undefined;
    const after = `${current}${current.endsWith('\n') || current === '' ? '' : '\n'}# Added by agent-harden scaffold config\n${missing.join('\n')}\n`;
    return { kind: 'patch', path: ENV_EXAMPLE, before: current, after, reason: `adds ${missing.map((line) => line.split('=')[0]).join(', ')}` };
}
/**
 * The modules of other generators (auth, cors) re-rendered to read the new
 * settings, planned against a view of the project in which the settings module
 * already exists; only files those generators wrote and nobody edited since.
 */
async function settingsReaders(project, settingsPath, settingsContent) {
    const metadata = readMetadata(project.text(METADATA_FILE), toolVersion());
    const withSettings = { ...metadata, files: { ...metadata.files, [settingsPath]: { generator: 'config', sha256: sha256(settingsContent) } } };
    const view = { ...project, text: (path) => (path === settingsPath ? settingsContent : path === METADATA_FILE ? renderMetadata(withSettings) : project.text(path)) };
    const actions = [];
    for (const generator of SETTINGS_READERS) {
        for (const action of await generator.plan(generator.answers.parse({}), view)) {
            const current = project.text(action.path);
            const record = metadata.files[action.path];
            if (action.kind !== 'create' || current === undefined || record?.generator !== generator.id || record.sha256 !== sha256(current))
                continue;
            actions.push({ ...action, owner: generator.id });
        }
    }
    return actions;
}
async function wireEntry(project, target, specifier) {
    const text = project.text(target.entry);
    if (project.language === 'python') {
        const { found, edits } = await pythonBindEdits(text, target.app.name);
        const after = await attachToPythonApp(applyEdits(text, edits), target.app.line, target.app.column, { imports: [{ line: `from ${specifier} import settings`, binds: 'settings' }], statements: [] });
        return { after, found };
    }
    const { found, edits } = await typescriptBindEdits(target.entry, text, target.app.name);
    const after = await attachToTsApp(target.entry, applyEdits(text, edits), target.app.line, target.app.column, { imports: [{ module: specifier, named: ['settings'] }], statements: [] });
    return { after, found };
}
export default defineGenerator({
    id: 'config',
    summary: 'validated settings module (pydantic-settings / zod over process.env) imported by the entry so a bad value stops start-up; literal host/port/log level moved into it; .env.example; auth and cors read from it',
    repairs: ['hardcoded-bind-config'],
    frameworks: FRAMEWORKS,
    answers: z.object({}),
    async plan(_answers, project) {
        const target = requireApp(project, { id: 'config', frameworks: FRAMEWORKS });
        const module = await siblingModule(project, target, SETTINGS_MODULE);
        await assertSettingsFree(project, target.entry, module.specifier);
        const { after, found: literals } = await wireEntry(project, target, module.specifier);
        const found = { ...(await earlierDefaults(project, module.path)), ...literals };
        const language = project.language === 'python' ? 'python' : 'typescript';
        const defaults = {
            host: found.host ?? '0.0.0.0',
            port: found.port ?? (target.framework === 'flask' ? 5000 : project.language === 'python' ? 8000 : 3000),
            logLevel: project.language === 'python' ? (found.logLevel ?? 'info') : 'info',
            module: module.path,
        };
        const content = await render('config', language, 'settings', defaults);
        const actions = [
            { kind: 'create', path: module.path, content },
            { kind: 'patch', path: target.entry, before: project.text(target.entry), after, reason: 'imports the validated settings at start-up and reads host/port/log level from them' },
        ];
        const envExample = envExampleAction(project, await render('config', language, 'env-example', defaults));
        if (envExample)
            actions.push(envExample);
        actions.push(...(await settingsReaders(project, module.path, content)));
        const patch = dependencyPatch(project, project.language === 'python' ? [{ name: 'pydantic-settings', range: '>=2.4' }] : [{ name: 'zod', range: '^4.0.0' }]);
        if (patch)
            actions.push(patch);
        return actions;
    },
});
