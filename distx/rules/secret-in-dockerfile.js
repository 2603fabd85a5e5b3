import { defineRule, secrets } from '../src/rule-kit/index.js';
/** `ENV A=1 B="x y"`, `ENV A 1` (legacy form), `ARG NAME=default`, `ARG NAME`. */
function declarations(instruction) {
    const args = instruction.args;
    if (instruction.keyword === 'ENV' && !/^\S+=/.test(args)) {
        const [name, ...rest] = args.split(/\s+/);
        return name ? [{ name, value: unquote(rest.join(' ')) }] : [];
    }
    const result = [];
    for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_.-]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g)) {
        result.push({ name: match[1], value: match[2] === undefined ? undefined : unquote(match[2]) });
    }
    return result;
}
function unquote(value) {
    const trimmed = value.trim();
    return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
export default defineRule({
    id: 'secret-in-dockerfile',
    category: 'security',
    severity: 'critical',
    confidence: 'high',
    seeds: ['000', '002'],
    summary: 'Dockerfile bakes a secret into the image through ENV or ARG',
    messages: {
        literal: '{{keyword}} {{name}} holds a literal secret ({{masked}}); it is stored in every layer and in `docker history` of the image',
        providerKey: '{{keyword}} {{name}} holds a {{provider}} key ({{masked}}); it is stored in every layer and in `docker history` of the image',
        buildArg: '{{keyword}} {{name}} passes a secret (inferred from its name) through the build; ENV and ARG values persist in the image metadata and `docker history`',
    },
    fixHint: 'Pass secrets at run time (environment from the orchestrator or a secret store), or use BuildKit `RUN --mount=type=secret` for build-time secrets; never ENV/ARG.',
    text: {
        dockerfile(dockerfile, ctx) {
            const finalStage = dockerfile.finalStage?.index;
            for (const instruction of dockerfile.instructions) {
                if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG')
                    continue;
                for (const { name, value } of declarations(instruction)) {
                    const base = { line: instruction.line, endLine: instruction.endLine };
                    const provider = value ? secrets.providerKeyIn(value) : undefined;
                    if (provider) {
                        ctx.report({ ...base, messageId: 'providerKey', data: { keyword: instruction.keyword, name, provider: provider.provider, masked: secrets.maskSecret(provider.key) }, redact: [provider.key] });
                        continue;
                    }
                    if (!secrets.isSecretName(name))
                        continue;
                    // `ENV API_KEY=$API_KEY` / `ARG API_KEY`: the value comes from the build command, yet still persists.
                    const fromBuild = value === undefined || value === '' || /^\$\{?[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}?$/.test(value);
                    if (fromBuild) {
                        if (instruction.stage === finalStage && value !== '')
                            ctx.report({ ...base, messageId: 'buildArg', confidence: 'medium', data: { keyword: instruction.keyword, name } });
                    }
                    else if (!secrets.isPlaceholderSecret(value)) {
                        ctx.report({ ...base, messageId: 'literal', data: { keyword: instruction.keyword, name, masked: secrets.maskSecret(value) }, redact: [value] });
                    }
                }
            }
        },
    },
});
