import { posix } from 'node:path';
import { defineRule, instructionAnchor, isDevelopmentFile, isSecretLookingEntry, isWithin, PathSet } from '../src/rule-kit/index.js';
const WHOLE_CONTEXT = new Set(['.', './', '*', './*', '/']);
/** The source operands of `COPY`/`ADD` (not `--from` copies between stages), JSON or shell form. */
function copySources(instruction) {
    if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || /--from[= ]/.test(instruction.args))
        return undefined;
    let operands;
    const rest = instruction.args.replace(/--[\w-]+(?:=\S+)?\s*/g, '').trim();
    try {
        operands = rest.startsWith('[') ? JSON.parse(rest) : rest.split(/\s+/);
    }
    catch {
        operands = rest.split(/\s+/);
    }
    return operands.slice(0, -1);
}
/** The first `COPY`/`ADD` that sends `envFile` (relative to the build context) into the image. */
function copyOf(dockerfile, envFile) {
    return dockerfile.instructions.find((instruction) => copySources(instruction)?.some((source) => {
        const normal = posix.normalize(source).replace(/\/$/, '');
        return WHOLE_CONTEXT.has(source) || normal === '.' || normal === envFile || isWithin(envFile, normal);
    }));
}
export default defineRule({
    id: 'missing-dockerignore',
    category: 'operations',
    severity: 'low',
    confidence: 'high',
    seeds: ['002'],
    summary: 'Dockerfile copies the build context while secret files exist and no .dockerignore keeps them out',
    messages: {
        missing: '{{envFile}} holds secret-looking values and `{{copy}}` copies it into the image: there is no .dockerignore beside {{file}}',
    },
    fixHint: 'Add a .dockerignore listing .env, .env.*, .git, secrets and local caches, or copy only the files the image needs.',
    text: {
        env(entries, ctx) {
            if (entries.some((entry) => isSecretLookingEntry(entry.key, entry.value)))
                ctx.fact('secret-env-file', ctx.path);
        },
    },
    finish(project, ctx) {
        // Indexed once, not searched per Dockerfile (quadratic in a monorepo).
        const ignoreDirs = new PathSet(project.filesOfKind('dockerignore').map((file) => posix.dirname(file.path)));
        const secretFiles = project.factsWithKey('secret-env-file').map((fact) => fact.file);
        for (const [path, dockerfile] of project.dockerfiles) {
            const final = dockerfile.finalStage;
            if (!final || isDevelopmentFile(path))
                continue;
            const dir = posix.dirname(path);
            const unit = project.unitOf(path);
            // The build context is the Dockerfile's directory or its service root; a .dockerignore in either (or above) applies.
            if (ignoreDirs.anyEnclosing(dir) || ignoreDirs.has(unit))
                continue;
            for (const envFile of secretFiles) {
                const context = isWithin(envFile, dir) ? dir : isWithin(envFile, unit) ? unit : undefined;
                if (context === undefined)
                    continue;
                const copy = copyOf(dockerfile, context === '.' ? envFile : posix.relative(context, envFile));
                if (!copy)
                    continue;
                ctx.report({ at: instructionAnchor(path, final.from), messageId: 'missing', data: { envFile, copy: `${copy.keyword} ${copy.args}`, file: path } });
                break;
            }
        }
    },
});
