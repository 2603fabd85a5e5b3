const INSTRUCTION = /^\s*([A-Za-z]+)(?:\s+(.*))?$/;
/** Reads a Dockerfile/Containerfile into instructions grouped by stage. Never throws. */
export function readDockerfile(text) {
    const lines = text.split(/\r?\n/);
    const instructions = [];
    const stages = [];
    let escape = '\\';
    for (let index = 0; index < lines.length; index++) {
        const raw = lines[index];
        const trimmed = raw.trim();
        const directive = /^#\s*escape\s*=\s*(\S)/i.exec(trimmed);
        if (directive && instructions.length === 0)
            escape = directive[1];
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const startLine = index + 1;
        let joined = raw;
        while (joined.trimEnd().endsWith(escape) && index + 1 < lines.length) {
            joined = joined.trimEnd().slice(0, -1);
            index++;
            const next = lines[index];
            if (next.trim().startsWith('#'))
                continue;
            joined += ` ${next.trim()}`;
        }
        const match = INSTRUCTION.exec(joined);
        if (!match)
            continue;
        const keyword = match[1].toUpperCase();
        const args = (match[2] ?? '').trim();
        const stage = keyword === 'FROM' ? stages.length : Math.max(stages.length - 1, 0);
        const instruction = { keyword, args, line: startLine, endLine: index + 1, stage };
        instructions.push(instruction);
        if (keyword === 'FROM') {
            const parts = args.split(/\s+/).filter((part) => !part.startsWith('--'));
            const asIndex = parts.findIndex((part) => part.toUpperCase() === 'AS');
            stages.push({ index: stages.length, from: instruction, image: parts[0] ?? '', alias: asIndex >= 0 ? parts[asIndex + 1] : undefined });
        }
    }
    return { instructions, stages, finalStage: stages.at(-1) };
}
/** Instructions of one stage. */
export function stageInstructions(dockerfile, stage) {
    return dockerfile.instructions.filter((instruction) => instruction.stage === stage.index);
}
// `Dockerfile.dev`, `dev.Dockerfile`, `docker-compose.local.yml`, `compose.override.yaml`: local-only by name.
const DEVELOPMENT_NAME = /(?:^|[./_-])(?:dev|devel|develop|development|local|debug|override|test|tests|ci)(?:[./_-]|$)/i;
/** True when a container or compose file is named for local development, not deployment. */
export function isDevelopmentFile(path) {
    const base = path.split('/').pop() ?? path;
    return DEVELOPMENT_NAME.test(base.replace(/^(?:docker-?compose|compose|dockerfile|containerfile)/i, '').replace(/\.ya?ml$/i, '')) || /(?:^|\/)\.devcontainer\//.test(path);
}
/** `FROM --platform=$X python:3.12 AS build` → the image reference with ARG defaults declared before the first FROM filled in. */
export function resolvedImage(dockerfile, stage) {
    const defaults = new Map();
    for (const instruction of dockerfile.instructions) {
        if (instruction.keyword === 'FROM')
            break;
        const arg = /^([A-Za-z_][A-Za-z0-9_]*)=("?)([^"\s]*)\2/.exec(instruction.args);
        if (instruction.keyword === 'ARG' && arg)
            defaults.set(arg[1], arg[3]);
    }
    return stage.image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (whole, name) => defaults.get(name) ?? whole);
}
/** `CMD ["uvicorn", "main:app"]` and `CMD uvicorn main:app` both as `uvicorn main:app`. */
export function commandText(args) {
    if (!args.startsWith('['))
        return args;
    try {
        const parts = JSON.parse(args);
        return Array.isArray(parts) ? parts.map(String).join(' ') : args;
    }
    catch {
        return args;
    }
}
