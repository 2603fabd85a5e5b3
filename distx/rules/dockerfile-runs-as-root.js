import { defineRule, stageInstructions } from '../src/rule-kit/index.js';
// Images whose default user is not root: distroless `:nonroot` tags, Chainguard images, `*-nonroot`, `-rootless` variants.
const NON_ROOT_IMAGES = /(?::|-)nonroot\b|^cgr\.dev\/chainguard\/|rootless/i;
// Entrypoints that drop privileges themselves before starting the server.
const PRIVILEGE_DROPPERS = /\b(?:gosu|su-exec|setpriv|chroot\s+--userspec|runuser|s6-setuidgid)\b/;
function isRootUser(spec) {
    const user = spec.trim().split(':')[0].replace(/^["']|["']$/g, '');
    return user === 'root' || user === '0';
}
export default defineRule({
    id: 'dockerfile-runs-as-root',
    category: 'security',
    severity: 'high',
    confidence: 'high',
    seeds: ['000'],
    summary: 'Container runs as root',
    messages: {
        noUser: 'The final stage ({{image}}) sets no USER, so the server runs as root; a code-execution bug in the agent owns the container',
        rootUser: 'The final stage switches to USER {{user}} and never back, so the server runs as root',
    },
    fixHint: 'Create an unprivileged user in the final stage (`RUN useradd --uid 10001 app`) and add `USER app` (or a numeric uid) before CMD/ENTRYPOINT.',
    text: {
        // Only the final stage runs; builder stages may stay root. "Missing USER" points at its FROM.
        dockerfile(dockerfile, ctx) {
            const stage = dockerfile.finalStage;
            if (!stage || NON_ROOT_IMAGES.test(stage.image))
                return;
            const instructions = stageInstructions(dockerfile, stage);
            if (instructions.some((instruction) => (instruction.keyword === 'ENTRYPOINT' || instruction.keyword === 'CMD') && PRIVILEGE_DROPPERS.test(instruction.args)))
                return;
            const lastUser = instructions.filter((instruction) => instruction.keyword === 'USER').at(-1);
            if (!lastUser) {
                // `FROM builder` re-uses an earlier stage, which may have set the user already.
                const parent = dockerfile.stages.find((candidate) => candidate.alias && candidate.alias === stage.image && candidate.index < stage.index);
                const inherited = parent && stageInstructions(dockerfile, parent).filter((instruction) => instruction.keyword === 'USER').at(-1);
                if (inherited && !isRootUser(inherited.args))
                    return;
                ctx.report({ line: stage.from.line, endLine: stage.from.endLine, messageId: 'noUser', data: { image: stage.image || 'FROM' } });
            }
            else if (isRootUser(lastUser.args)) {
                ctx.report({ line: lastUser.line, messageId: 'rootUser', data: { user: lastUser.args.trim() } });
            }
        },
    },
});
