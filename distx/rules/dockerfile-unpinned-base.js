import { defineRule, resolvedImage } from '../src/rule-kit/index.js';
/** Splits `registry:5000/team/python:3.12-slim@sha256:…` into its tag and digest. */
function tagAndDigest(image) {
    const [name, digest] = image.split('@');
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return { tag: colon > slash ? name.slice(colon + 1) : undefined, digest };
}
export default defineRule({
    id: 'dockerfile-unpinned-base',
    category: 'operations',
    severity: 'low',
    confidence: 'high',
    seeds: [],
    summary: 'Dockerfile base image has no tag or uses :latest',
    messages: {
        untagged: 'base image "{{image}}" has no tag, so it means :latest and changes under you between builds',
        latest: 'base image "{{image}}" is pinned to :latest, which changes under you between builds',
    },
    fixHint: 'Pin the base image to a version tag (python:3.12-slim, node:22-alpine), or to a digest for reproducible builds.',
    text: {
        dockerfile(dockerfile, ctx) {
            const aliases = new Set();
            for (const stage of dockerfile.stages) {
                const image = resolvedImage(dockerfile, stage);
                // hadolint DL3006/DL3007: `scratch` and earlier stages are not pulled; a variable we cannot resolve is the build's choice.
                const isStageReference = aliases.has(image.toLowerCase());
                if (stage.alias)
                    aliases.add(stage.alias.toLowerCase());
                if (!image || isStageReference || image.toLowerCase() === 'scratch' || image.includes('$'))
                    continue;
                const { tag, digest } = tagAndDigest(image);
                if (digest)
                    continue;
                if (tag === undefined)
                    ctx.report({ line: stage.from.line, messageId: 'untagged', data: { image } });
                else if (tag.toLowerCase() === 'latest')
                    ctx.report({ line: stage.from.line, messageId: 'latest', data: { image } });
            }
        },
    },
});
