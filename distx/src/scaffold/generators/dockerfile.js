import { posix } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../../core/errors.js';
import { loadTypeScript } from '../../languages/typescript/runtime.js';
import { defineGenerator } from '../define-generator.js';
import { dependencyPatch } from '../dependencies.js';
import { render } from '../templates.js';
import { withPythonTree } from '../python-source.js';
const PYTHON_FRAMEWORKS = ['fastapi', 'starlette', 'flask'];
const NODE_FRAMEWORKS = ['express', 'fastify', 'hono'];
const PYTHON_SERVERS = { asgi: { name: 'uvicorn', range: '>=0.32' }, wsgi: { name: 'gunicorn', range: '>=23.0' } };
const DEFAULT_LIVENESS_PATH = '/livez';
const answers = z.object({
    port: z.number().int().min(1).max(65535).optional(),
    pythonVersion: z.string().regex(/^3\.\d{1,2}$/).optional(),
    nodeVersion: z.string().regex(/^\d{2}$/).optional(),
});
/** The port an entry module passes to `uvicorn.run(...)` / `app.run(...)`, when it is a literal or a module constant. */
async function runPort(text) {
    return withPythonTree(text, (tree, file) => {
        for (const call of tree.rootNode.descendantsOfType('call')) {
            if (!call || !['uvicorn.run', 'run'].includes(file.calleeName(call) === 'uvicorn.run' ? 'uvicorn.run' : (file.calleeMember(call) ?? '')))
                continue;
            const value = file.literal(file.keywordArgument(call, 'port'));
            if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 65536)
                return value;
        }
        return undefined;
    });
}
/** The first `3.x` in `requires-python`, else the current stable line. */
function pythonVersionOf(project) {
    const floor = /(?:>=|~=|==)\s*(3\.\d{1,2})/.exec(project.text('pyproject.toml')?.match(/^requires-python\s*=\s*"([^"]*)"/m)?.[1] ?? '')?.[1];
    return floor ?? '3.12';
}
function nodeVersionOf(packageJson) {
    const major = /(\d{2})/.exec(String(packageJson.engines?.node ?? ''))?.[1];
    return major && Number(major) >= 20 ? major : '22';
}
/**
 * What `node` runs in the image: the compiled entry (outDir + path under
 * rootDir) when the project builds with tsc, the JavaScript entry itself, or
 * the TypeScript entry through tsx when there is no build step.
 */
async function nodeCommand(project, entry, packageJson) {
    if (/\.[cm]?js$/.test(entry))
        return { command: ['node', entry], tsx: false };
    const tsconfigText = project.text('tsconfig.json');
    if (!packageJson.scripts?.build || tsconfigText === undefined)
        return { command: ['node', '--import', 'tsx', entry], tsx: true };
    const ts = await loadTypeScript();
    const options = (ts.parseConfigFileTextToJson('tsconfig.json', tsconfigText).config?.compilerOptions ?? {});
    const outDir = posix.normalize(options.outDir ?? '.');
    const rootDir = posix.normalize(options.rootDir ?? posix.dirname(entry));
    const inRoot = posix.relative(rootDir, entry);
    if (inRoot.startsWith('..'))
        throw new UsageError(`cannot tell where tsc writes ${entry} (rootDir ${rootDir}); pass --entry with the compiled file`);
    return { command: ['node', posix.join(outDir, inRoot.replace(/\.([cm]?)tsx?$/, '.$1js'))], tsx: false };
}
// A `start` script that runs a watcher or dev server; production starts the app directly.
const DEV_RUNNERS = /\b(?:nodemon|ts-node-dev|tsnd|node-dev)\b|\btsx\s+watch\b|--watch\b/;
/** package.json with `start` set to the production command when it ran a dev server, and tsx declared when used. */
function packageJsonPatch(text, command, tsx) {
    const manifest = JSON.parse(text);
    let changed = false;
    if (typeof manifest.scripts?.start === 'string' && DEV_RUNNERS.test(manifest.scripts.start)) {
        manifest.scripts.start = command.join(' ');
        changed = true;
    }
    if (tsx && !manifest.dependencies?.tsx) {
        manifest.dependencies = Object.fromEntries(Object.entries({ ...(manifest.dependencies ?? {}), tsx: '^4.19.0' }).sort(([a], [b]) => a.localeCompare(b)));
        changed = true;
    }
    if (!changed)
        return text;
    const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
    return `${JSON.stringify(manifest, null, indent)}${text.endsWith('\n') ? '\n' : ''}`;
}
function pythonInstall(project) {
    if (project.packageManager === 'uv')
        return { files: ['pyproject.toml', 'uv.lock'], commands: ['uv sync --frozen --no-dev --no-install-project'] };
    if (project.text('requirements.txt') !== undefined)
        return { files: ['requirements.txt'], commands: ['pip install --no-cache-dir -r requirements.txt'] };
    return { files: ['.'], commands: ['pip install --no-cache-dir .'] };
}
export default defineGenerator({
    id: 'dockerfile',
    summary: 'multi-stage Dockerfile (pinned base, non-root USER, HEALTHCHECK without curl, exec-form CMD, no dev server) and .dockerignore',
    repairs: ['missing-dockerfile', 'dockerfile-runs-as-root', 'dockerfile-missing-healthcheck', 'dockerfile-unpinned-base', 'dev-server-in-production', 'missing-dockerignore'],
    frameworks: [...PYTHON_FRAMEWORKS, ...NODE_FRAMEWORKS],
    answers,
    async plan(options, project) {
        if (!project.framework || !project.entry || !project.app) {
            throw new UsageError(`no HTTP app found in ${project.root}; scaffold dockerfile needs one of ${[...PYTHON_FRAMEWORKS, ...NODE_FRAMEWORKS].join(', ')} (pass --entry for the file that creates the app)`);
        }
        const livenessPath = project.livenessPath ?? DEFAULT_LIVENESS_PATH;
        const actions = [];
        let dockerfile;
        if (project.language === 'python') {
            if (!PYTHON_FRAMEWORKS.includes(project.framework))
                throw new UsageError(`scaffold dockerfile does not support ${project.framework} apps yet`);
            const entryText = project.text(project.entry);
            const port = options.port ?? (await runPort(entryText)) ?? 8000;
            const module = project.entry.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/').join('.');
            const target = `${module}:${project.app.name}`;
            const wsgi = project.framework === 'flask';
            const server = PYTHON_SERVERS[wsgi ? 'wsgi' : 'asgi'];
            // An app built inside main() is started by the module itself (`uvicorn.run(app, ...)` under __main__).
            const command = !project.app.moduleLevel ? ['python', '-m', module.replace(/\.__main__$/, '')] : wsgi ? ['gunicorn', '--bind', `0.0.0.0:${port}`, '--workers', '2', '--graceful-timeout', '30', target] : ['uvicorn', target, '--host', '0.0.0.0', '--port', String(port), '--timeout-graceful-shutdown', '30'];
            const probe = `import sys, urllib.request; sys.exit(0 if urllib.request.urlopen("http://127.0.0.1:${port}${livenessPath}", timeout=3).status == 200 else 1)`;
            const install = pythonInstall(project);
            dockerfile = await render('dockerfile', 'python', 'Dockerfile', {
                pythonVersion: options.pythonVersion ?? pythonVersionOf(project),
                uv: project.packageManager === 'uv',
                installFiles: install.files,
                installFromSource: install.files[0] === '.',
                installCommands: install.commands,
                port,
                healthcheck: ['python', '-c', probe],
                command,
            });
            const patch = dependencyPatch(project, [server]);
            if (patch)
                actions.push(patch);
        }
        else {
            const packageJsonText = project.text('package.json');
            if (packageJsonText === undefined)
                throw new UsageError('no package.json in the project directory; run scaffold from the Node project root (--dir)');
            const packageJson = JSON.parse(packageJsonText);
            const port = options.port ?? 3000;
            const manager = project.packageManager;
            const lockfile = { npm: 'package-lock.json', pnpm: 'pnpm-lock.yaml', yarn: 'yarn.lock' }[manager];
            const hasLockfile = project.text(lockfile) !== undefined;
            const install = { npm: hasLockfile ? 'npm ci' : 'npm install', pnpm: 'corepack enable && pnpm install --frozen-lockfile', yarn: 'corepack enable && yarn install --immutable' }[manager];
            const prune = { npm: 'npm prune --omit=dev', pnpm: 'pnpm prune --prod', yarn: undefined }[manager];
            const start = await nodeCommand(project, project.entry, packageJson);
            const probe = `fetch("http://127.0.0.1:${port}${livenessPath}", { signal: AbortSignal.timeout(3000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;
            dockerfile = await render('dockerfile', 'node', 'Dockerfile', {
                nodeVersion: options.nodeVersion ?? nodeVersionOf(packageJson),
                manifestFiles: hasLockfile ? ['package.json', lockfile] : ['package.json'],
                install,
                build: packageJson.scripts?.build ? `${manager} run build` : undefined,
                prune,
                port,
                healthcheck: ['node', '-e', probe],
                command: start.command,
            });
            const after = packageJsonPatch(packageJsonText, start.command, start.tsx);
            if (after !== packageJsonText)
                actions.push({ kind: 'patch', path: 'package.json', before: packageJsonText, after, reason: 'production start command (no watcher)' + (start.tsx ? '; tsx runs the TypeScript entry' : '') });
        }
        const variant = project.language === 'python' ? 'python' : 'node';
        actions.unshift({ kind: 'create', path: 'Dockerfile', content: dockerfile }, { kind: 'create', path: '.dockerignore', content: await render('dockerfile', variant, 'dockerignore', {}) });
        return actions;
    },
});
