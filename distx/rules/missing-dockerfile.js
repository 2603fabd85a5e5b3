import { posix } from 'node:path';
import { defineRule, PathSet } from '../src/rule-kit/index.js';
// Serverless and platform adapters: the platform builds and runs the code, no container definition is expected.
const PYTHON_SERVERLESS = ['mangum', 'functions_framework', 'modal', 'chalice', 'zappa', 'aws_lambda_powertools.event_handler', 'vercel'];
const TS_SERVERLESS = ['hono/vercel', 'hono/aws-lambda', 'hono/cloudflare-workers', 'hono/netlify', 'hono/lambda-edge', '@vercel/node', 'serverless-http', '@netlify/functions', '@cloudflare/workers-types', '@fastify/aws-lambda', '@codegenie/serverless-express', 'firebase-functions'];
const SERVERLESS_DEPENDENCIES = new Set(['mangum', 'functions-framework', 'modal', 'chalice', 'zappa', 'wrangler', '@cloudflare/workers-types', '@vercel/node', 'serverless-http', '@netlify/functions', 'firebase-functions', '@fastify/aws-lambda', '@codegenie/serverless-express']);
/**
 * Whether one of `definitions` (Dockerfiles, Containerfiles, Procfiles for buildpacks) is in an app's service, or in
 * its directory or one above it that builds it.
 */
function containerDefinitionFinder(definitions) {
    // Indexed once: asked per app, a pass over every definition made the rule quadratic in a monorepo (with 4,000
    // services, 2 s of a 5 s audit).
    const paths = new PathSet(definitions.map((file) => file.path));
    const directories = new PathSet(definitions.map((file) => posix.dirname(file.path)));
    return (app) => paths.anyWithin(app.unit) || directories.anyEnclosing(posix.dirname(app.location.file));
}
export default defineRule({
    id: 'missing-dockerfile',
    category: 'operations',
    severity: 'low',
    confidence: 'medium',
    seeds: ['000'],
    summary: 'HTTP server has no container definition',
    messages: {
        missing: '{{framework}} app has no Dockerfile, Containerfile or Procfile in its service; how it is built and run in production is undefined',
    },
    fixHint: 'Add a Dockerfile (slim pinned base, non-root USER, HEALTHCHECK, production server command); `agent-harden scaffold dockerfile` writes one.',
    python: {
        visitors: {
            module(_node, ctx) {
                if (PYTHON_SERVERLESS.some((module) => ctx.file.importsModule(module)))
                    ctx.fact('serverless-platform');
            },
        },
    },
    typescript: {
        prefilter: { modules: TS_SERVERLESS },
        visitors: {
            SourceFile(_node, ctx) {
                if (TS_SERVERLESS.some((module) => ctx.file.importsModule(module)))
                    ctx.fact('serverless-platform');
            },
        },
    },
    finish(project, ctx) {
        const hasContainerDefinition = containerDefinitionFinder([...project.filesOfKind('dockerfile'), ...project.filesOfKind('procfile')]);
        for (const apps of project.appsByUnit()) {
            const app = apps[0];
            // Next.js route handlers deploy to serverless platforms by default; a container is a choice, not a gap.
            if (apps.every((candidate) => candidate.framework === 'nextjs'))
                continue;
            if (project.hasFact(app, 'serverless-platform') || [...project.dependenciesOf(app.unit)].some((dep) => SERVERLESS_DEPENDENCIES.has(dep)))
                continue;
            if (apps.some(hasContainerDefinition))
                continue;
            ctx.report({ at: app, messageId: 'missing', data: { framework: app.framework } });
        }
    },
});
