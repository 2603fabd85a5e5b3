import { commandText } from '../languages/text/dockerfile.js';
/**
 * Helpers for project rules that ask "does this service have X anywhere"
 * (metrics, tracing, structured logs, request ids): evidence is recorded as
 * facts while files are walked, and each app unit is decided in `finish`.
 */
/** True when the file imports one of `modules` (or a name from one: `from opentelemetry import metrics`). */
export function importsAny(file, modules) {
    if (modules.some((module) => file.importsModule(module)))
        return true;
    if (!('moduleAssignments' in file))
        return false;
    for (const qualified of file.imports.values()) {
        if (modules.some((module) => qualified === module || qualified.startsWith(`${module}.`)))
            return true;
    }
    return false;
}
/** First app of every unit that has no fact `key` and declares none of `dependencies`. */
export function appsWithout(project, key, dependencies) {
    const lacking = [];
    for (const apps of project.appsByUnit()) {
        const app = apps[0];
        if (project.hasFact(app, key))
            continue;
        if ([...project.dependenciesOf(app.unit)].some((dependency) => dependencies.has(dependency)))
            continue;
        lacking.push(app);
    }
    return lacking;
}
/**
 * True when a start command of the unit — Dockerfile CMD/ENTRYPOINT/ENV, Procfile,
 * compose or Kubernetes YAML, package.json scripts — matches `pattern`:
 * `opentelemetry-instrument uvicorn …`, `node --require @opentelemetry/auto-instrumentations-node/register`.
 */
export function startCommandsMatch(project, unit, pattern) {
    return (startCommandsByUnit(project).get(unit) ?? []).some((command) => pattern.test(command));
}
const START_COMMAND_FILES = new Set(['procfile', 'compose', 'kubernetes']);
// Several project rules ask for every app: the commands are gathered once per project (after the file phase, when
// they are all known), not searched per question (which was apps × config files × files).
const startCommands = new WeakMap();
function startCommandsByUnit(project) {
    const known = startCommands.get(project);
    if (known)
        return known;
    const byUnit = new Map();
    const add = (path, command) => {
        const unit = project.unitOf(path);
        const commands = byUnit.get(unit);
        if (commands)
            commands.push(command);
        else
            byUnit.set(unit, [command]);
    };
    for (const [path, dockerfile] of project.dockerfiles) {
        for (const instruction of dockerfile.instructions) {
            if (instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT' || instruction.keyword === 'ENV')
                add(path, commandText(instruction.args));
        }
    }
    for (const file of project.files) {
        const text = START_COMMAND_FILES.has(file.kind) ? project.configTexts.get(file.path) : undefined;
        if (text !== undefined)
            add(file.path, text);
    }
    for (const [path, manifest] of project.manifests) {
        for (const script of Object.values(manifest.scripts))
            add(path, script);
    }
    startCommands.set(project, byUnit);
    return byUnit;
}
