import { existsSync, readFileSync } from 'node:fs';
import { basename, posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { UsageError } from '../core/errors.js';
import { audit } from '../engine/audit.js';
import { isLivenessPath, isReadinessPath } from '../engine/health-paths.js';
import { resolveInside } from './paths.js';
import { builtA2aApp, isModuleLevel } from './python-source.js';
// Frameworks scaffold writes code for; others are detected but refused with a clear message.
const SUPPORTED = ['fastapi', 'starlette', 'flask', 'express', 'fastify', 'hono'];
function packageManagerOf(exists, language) {
    if (language === 'typescript') {
        if (exists('pnpm-lock.yaml'))
            return 'pnpm';
        if (exists('yarn.lock'))
            return 'yarn';
        return 'npm';
    }
    if (exists('uv.lock'))
        return 'uv';
    if (exists('poetry.lock'))
        return 'poetry';
    return 'pip';
}
/** Name and version from package.json or pyproject.toml ([project] or [tool.poetry]). */
function manifestIdentity(text) {
    try {
        const packageJson = text('package.json');
        if (packageJson !== undefined) {
            const manifest = JSON.parse(packageJson);
            return { name: typeof manifest.name === 'string' ? manifest.name : undefined, version: typeof manifest.version === 'string' ? manifest.version : undefined };
        }
        const pyproject = text('pyproject.toml');
        if (pyproject !== undefined) {
            const toml = parseToml(pyproject);
            const table = toml.project ?? toml.tool?.poetry ?? {};
            return { name: typeof table.name === 'string' ? table.name : undefined, version: typeof table.version === 'string' ? table.version : undefined };
        }
    }
    catch {
        // A manifest that does not parse names nothing; the directory name stands in.
    }
    return {};
}
function chooseApp(apps, options) {
    let candidates = apps.filter((app) => SUPPORTED.includes(app.framework) || app.framework === 'a2a');
    if (options.entry)
        candidates = candidates.filter((app) => app.location.file === posix.normalize(options.entry.replace(/\\/g, '/')));
    if (options.framework)
        candidates = candidates.filter((app) => app.framework === options.framework);
    // The shallowest entry file is the service's main module; tests and examples sit deeper.
    return candidates.sort((a, b) => a.location.file.split('/').length - b.location.file.split('/').length || a.location.file.localeCompare(b.location.file))[0];
}
/**
 * Detects language, framework, entry file and package manager with the audit
 * engine's own discovery and project model (no second framework detector).
 */
export async function detectProject(options) {
    const root = options.dir;
    if (!existsSync(root))
        throw new UsageError(`project directory ${root} does not exist; pass --dir <path>`);
    if (options.framework && !SUPPORTED.includes(options.framework)) {
        throw new UsageError(`--framework ${options.framework} is not supported; use one of ${SUPPORTED.join(', ')}`);
    }
    let model;
    await audit({ paths: ['.'], cwd: root, onlyRules: [], onProject: (project) => (model = project) });
    const project = model;
    const app = chooseApp(project.apps, options);
    if (options.entry && !app)
        throw new UsageError(`no ${options.framework ?? 'supported'} app is constructed in ${options.entry}; check --entry (the file that calls FastAPI(), Flask(), express(), …)`);
    const cache = new Map();
    const text = (path) => {
        if (!cache.has(path)) {
            const absolute = resolveInside(root, path);
            cache.set(path, existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined);
        }
        return cache.get(path);
    };
    const files = project.files.map((file) => file.path);
    const language = app?.language ?? (files.some((file) => file.endsWith('.py')) ? 'python' : files.some((file) => /\.[cm]?[jt]sx?$/.test(file)) ? 'typescript' : existsSync(`${root}/package.json`) ? 'typescript' : 'python');
    const dependencies = new Set([...project.dependenciesOf(app?.unit ?? '.')].map((name) => name.toLowerCase()));
    const identity = manifestIdentity(text);
    const info = {
        root,
        name: identity.name ?? basename(root),
        version: identity.version,
        language,
        packageManager: packageManagerOf((path) => existsSync(resolveInside(root, path)), language),
        dependencies,
        files,
        text,
    };
    if (app) {
        info.framework = app.framework;
        info.entry = app.location.file;
        info.readinessPath = project.routesOf(app).find((route) => route.path !== null && route.method === 'GET' && isReadinessPath(route.path))?.path ?? undefined;
        info.livenessPath = project.routesOf(app).find((route) => route.path !== null && route.method === 'GET' && isLivenessPath(route.path))?.path ?? undefined;
        if (app.name)
            info.app = { name: app.name, line: app.location.line, column: app.location.column, moduleLevel: true };
        if (app.framework === 'a2a' && app.name) {
            // Attach to the Starlette/FastAPI app the A2A server builds.
            const built = await builtA2aApp(text(app.location.file), app.name, app.location.line, app.location.column);
            info.framework = app.snippet.includes('FastAPI') ? 'fastapi' : 'starlette';
            info.app = built ? { ...built, moduleLevel: true } : undefined;
        }
        if (info.app && info.language === 'python')
            info.app.moduleLevel = await isModuleLevel(text(app.location.file), info.app.line, info.app.column);
    }
    return info;
}
/** The detected app, or a usage error naming what this generator needs. */
export function requireApp(project, generator) {
    if (!project.framework || !project.entry) {
        throw new UsageError(`no HTTP app found in ${project.root}; scaffold ${generator.id} supports ${generator.frameworks.join(', ')} (pass --dir, or --entry for the file that creates the app)`);
    }
    if (!generator.frameworks.includes(project.framework)) {
        throw new UsageError(`scaffold ${generator.id} does not support ${project.framework} apps yet (supported: ${generator.frameworks.join(', ')})`);
    }
    if (!project.app)
        throw new UsageError(`the ${project.framework} app in ${project.entry} is not assigned to a variable; assign it (app = …) so scaffold can attach to it`);
    return { framework: project.framework, entry: project.entry, app: project.app };
}
