import { posix } from 'node:path';
import { commandText, declaresOrchestratorProbe, defineRule, instructionAnchor, isDevelopmentFile, PathSet, stageInstructions } from '../src/rule-kit/index.js';
// A final stage that serves something: an exposed port or a server command.
const SERVER_COMMAND = /\b(?:uvicorn|gunicorn|hypercorn|daphne|granian|waitress-serve|fastapi\s+run|flask\s+run|adk\s+(?:api_server|web)|node|npm\s+(?:run\s+)?start|yarn\s+start|pnpm\s+start|next\s+start|bun|deno|tsx)\b/;
/** HEALTHCHECK in the final stage, or inherited from the earlier stage it builds on. */
function hasHealthcheck(dockerfile) {
    for (let stage = dockerfile.finalStage; stage;) {
        if (stageInstructions(dockerfile, stage).some((instruction) => instruction.keyword === 'HEALTHCHECK'))
            return true;
        const parent = dockerfile.stages.find((candidate) => candidate.index < stage.index && candidate.alias?.toLowerCase() === stage.image.toLowerCase());
        stage = parent;
    }
    return false;
}
/** An exposed port or a server command in the final stage, or an app in the Dockerfile's unit, below it or above it (`appUnits`). */
function servesTraffic(dockerfile, appUnits, unit) {
    const final = dockerfile.finalStage;
    const instructions = stageInstructions(dockerfile, final);
    if (instructions.some((instruction) => instruction.keyword === 'EXPOSE'))
        return true;
    if (instructions.some((instruction) => (instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') && SERVER_COMMAND.test(commandText(instruction.args))))
        return true;
    return appUnits.anyWithin(unit) || appUnits.anyEnclosing(unit);
}
/**
 * The compose healthchecks and Kubernetes probes of the project, by the directories and units of the files that
 * declare them: a Dockerfile is probed by one in its service or any directory above it. Read once, not per
 * Dockerfile (quadratic in a monorepo with a manifest per service).
 */
function orchestratorProbes(project) {
    const probing = project.files.filter((file) => {
        if (file.kind !== 'compose' && file.kind !== 'kubernetes')
            return false;
        if (file.kind === 'compose' && isDevelopmentFile(file.path))
            return false;
        const text = project.configTexts.get(file.path);
        return text !== undefined && declaresOrchestratorProbe(file.kind, text);
    });
    return { directories: new PathSet(probing.map((file) => posix.dirname(file.path))), units: new PathSet(probing.map((file) => file.unit)) };
}
export default defineRule({
    id: 'dockerfile-missing-healthcheck',
    category: 'operations',
    severity: 'low',
    confidence: 'high',
    seeds: ['000'],
    summary: 'Dockerfile has no HEALTHCHECK and no orchestrator probe is configured',
    messages: {
        missing: 'the image built by {{file}} has no HEALTHCHECK, and no compose healthcheck or Kubernetes probe was found beside it; a hung server keeps receiving traffic',
    },
    fixHint: 'Add `HEALTHCHECK CMD curl -fsS http://localhost:8000/livez || exit 1` (or a probe in compose/Kubernetes) pointing at the liveness route.',
    finish(project, ctx) {
        // Indexed once: asked per Dockerfile, a pass over every file or app made the rule quadratic in a monorepo.
        const probes = orchestratorProbes(project);
        const appUnits = new PathSet(project.apps.map((app) => app.unit));
        for (const [path, dockerfile] of project.dockerfiles) {
            const final = dockerfile.finalStage;
            if (!final || isDevelopmentFile(path) || hasHealthcheck(dockerfile))
                continue;
            const unit = project.unitOf(path);
            if (!servesTraffic(dockerfile, appUnits, unit) || probes.directories.anyEnclosing(path) || probes.units.anyEnclosing(unit))
                continue;
            ctx.report({ at: instructionAnchor(path, final.from), messageId: 'missing', data: { file: path } });
        }
    },
});
