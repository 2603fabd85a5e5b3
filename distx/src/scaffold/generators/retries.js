import { posix } from 'node:path';
import { z } from 'zod';
import { isTestPath } from '../../engine/code-paths.js';
import { siblingModule } from '../attach.js';
import { defineGenerator } from '../define-generator.js';
import { dependencyPatch } from '../dependencies.js';
import { requireApp } from '../project.js';
import { withPythonTree } from '../python-source.js';
import { rewritePythonCalls } from '../retry-sites/python.js';
import { rewriteTypescriptCalls } from '../retry-sites/typescript.js';
import { render } from '../templates.js';
const FRAMEWORKS = ['fastapi', 'starlette', 'flask', 'express', 'fastify', 'hono'];
const MODULE = 'resilience';
// What each part of the generated module needs beyond what the rewritten calls already import.
const PART_DEPENDENCIES = {
    // Retry(backoff_max=, backoff_jitter=) are urllib3 2 parameters; requests accepts either major version.
    requests: [{ name: 'urllib3', range: '>=2.0' }],
    axios: [{ name: 'axios-retry', range: '^4.5.0' }],
    // ADK's Gemini takes retry_options from 1.9.0; older versions ignore the field (no retry, no error).
    gemini: [{ name: 'google-adk', range: '', minimum: '1.9.0' }],
};
/**
 * How a Python file imports the generated module: relative inside its package
 * (package-qualified when the file imports its package by name), plain beside a
 * top-level script; undefined from another directory that is not a package path.
 */
async function pythonSpecifier(project, from, modulePath) {
    const moduleDir = posix.dirname(modulePath);
    const inPackage = project.text(posix.join(moduleDir, '__init__.py')) !== undefined;
    const dotted = moduleDir === '.' ? MODULE : `${moduleDir.split('/').join('.')}.${MODULE}`;
    if (!inPackage)
        return posix.dirname(from) === moduleDir ? MODULE : undefined;
    if (posix.dirname(from) !== moduleDir)
        return dotted;
    const qualified = await withPythonTree(project.text(from), (tree) => tree.rootNode.namedChildren.some((child) => child?.type === 'import_from_statement' && child.childForFieldName('module_name')?.text.startsWith(`${moduleDir.split('/').join('.')}.`)));
    return qualified ? dotted : `.${MODULE}`;
}
/** The project's own source files of its language, outside tests, that may call out. */
function sourceFiles(project, modulePath) {
    const pattern = project.language === 'python' ? /\.py$/ : /(?<!\.d)\.[cm]?tsx?$/;
    return project.files.filter((file) => pattern.test(file) && !isTestPath(file) && file !== modulePath).sort();
}
export default defineGenerator({
    id: 'retries',
    summary: 'retries with capped exponential backoff and jitter (Retry-After honoured) on the outbound calls themselves: requests/httpx through retrying sessions and transports, ADK Gemini and google-genai HttpRetryOptions, fetch through fetchWithRetry, axios through axios-retry',
    repairs: ['no-retry-or-circuit-breaker'],
    frameworks: FRAMEWORKS,
    answers: z.object({
        /** Attempts in all, the first one included; small, so retries fit inside a request's deadline. */
        attempts: z.number().int().min(2).max(6).default(3),
    }),
    async plan(answers, project) {
        const target = requireApp(project, { id: 'retries', frameworks: FRAMEWORKS });
        const module = await siblingModule(project, target, MODULE);
        const uses = new Set();
        const actions = [];
        for (const path of sourceFiles(project, module.path)) {
            const text = project.text(path);
            let rewrite;
            if (project.language === 'python') {
                const specifier = await pythonSpecifier(project, path, module.path);
                if (!specifier)
                    continue;
                rewrite = await rewritePythonCalls(text, specifier);
            }
            else {
                rewrite = await rewriteTypescriptCalls(path, text, module.path);
            }
            for (const part of rewrite.uses)
                uses.add(part);
            if (rewrite.calls === 0)
                continue;
            actions.push({ kind: 'patch', path, before: text, after: rewrite.after, reason: `retries ${rewrite.calls} outbound call site${rewrite.calls === 1 ? '' : 's'} (${[...rewrite.uses].filter((part) => part !== 'geminiClient').sort().join(', ')})` });
        }
        // No outbound call to retry, now or from an earlier run: a module nothing calls is not written.
        if (uses.size === 0)
            return [];
        const parts = Object.fromEntries(['requests', 'httpx', 'gemini', 'geminiClient', 'fetch', 'axios'].map((part) => [part, uses.has(part)]));
        // The breaker wraps the clients the module owns the calls of (requests, httpx, fetch).
        const context = { attempts: answers.attempts, ...parts, breaker: parts.requests || parts.httpx || parts.fetch };
        const content = await render('retries', project.language, MODULE, context);
        const patch = dependencyPatch(project, [...uses].flatMap((part) => PART_DEPENDENCIES[part] ?? []));
        return [{ kind: 'create', path: module.path, content }, ...actions, ...(patch ? [patch] : [])];
    },
});
