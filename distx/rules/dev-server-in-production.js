import { commandText, containerCommands, defineRule, isDevelopmentFile, stageInstructions } from '../src/rule-kit/index.js';
// Commands that start a development server: auto-reload, debug servers, file watchers.
const DEV_COMMANDS = [
    [/(?:^|[\s"'[,=])--reload(?![\w-])/, '--reload'],
    [/\bflask\s+(?:--app\s+\S+\s+)?run\b/, 'flask run'],
    [/\badk\s+web\b/, 'adk web'],
    [/\bfastapi\s+dev\b/, 'fastapi dev'],
    [/\blanggraph\s+dev\b/, 'langgraph dev'],
    [/\bmanage\.py\s+runserver\b/, 'manage.py runserver'],
    [/\bnext\s+dev\b/, 'next dev'],
    [/\bnodemon\b/, 'nodemon'],
    [/\bts-node-dev\b/, 'ts-node-dev'],
    [/\btsx\s+watch\b/, 'tsx watch'],
    [/\b(?:node|bun)\s+(?:[^\s]+\s+)*--(?:watch|hot)\b/, '--watch'],
    [/\b(?:npm\s+run|yarn|pnpm(?:\s+run)?|bun\s+run)\s+dev\b/, 'npm run dev'],
];
function devCommand(command) {
    return DEV_COMMANDS.find(([pattern]) => pattern.test(command))?.[1];
}
/** Procfile lines: each is one process command. */
function checkProcfile(lines, ctx) {
    lines.forEach((line, index) => {
        if (line.trim().startsWith('#'))
            return;
        const command = devCommand(line);
        if (command)
            ctx.report({ line: index + 1, messageId: 'devServer', data: { command, where: 'the Procfile' } });
    });
}
/**
 * Compose services and Kubernetes containers: only what they run (`entrypoint`/`command`,
 * `command`/`args`), so a flag in `environment:` or a label is not a command. A field is
 * reported where it names the dev server; a command split across fields at its first field.
 */
function checkContainers(kind, ctx) {
    for (const container of containerCommands(kind, ctx.text)) {
        const where = `${kind === 'compose' ? 'the compose service' : 'the Kubernetes container'}${container.name ? ` "${container.name}"` : ''}`;
        const own = container.fields.flatMap((field) => {
            const command = devCommand(field.text);
            return command ? [{ field, command }] : [];
        });
        const joined = devCommand(container.fields.map((field) => field.text).join(' '));
        const hits = own.length > 0 || !joined ? own : [{ field: { ...container.fields[0], endLine: container.fields.at(-1).endLine }, command: joined }];
        for (const { field, command } of hits)
            ctx.report({ line: field.line, endLine: field.endLine, messageId: 'devServer', data: { command, where } });
    }
}
export default defineRule({
    id: 'dev-server-in-production',
    category: 'operations',
    severity: 'medium',
    confidence: 'high',
    seeds: ['001'],
    summary: 'Container, Procfile or start command runs a development server',
    messages: {
        devServer: '{{where}} runs a development server ({{command}}): file watching, one worker and debug behaviour in production',
    },
    fixHint: 'Run the production server instead: `uvicorn app:app --workers N` or gunicorn with uvicorn workers, `fastapi run`, `next start`, `node dist/server.js`.',
    text: {
        dockerfile(dockerfile, ctx) {
            const final = dockerfile.finalStage;
            if (!final || isDevelopmentFile(ctx.path))
                return;
            for (const instruction of stageInstructions(dockerfile, final)) {
                if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT')
                    continue;
                const command = devCommand(commandText(instruction.args));
                if (command)
                    ctx.report({ line: instruction.line, endLine: instruction.endLine, messageId: 'devServer', data: { command, where: `the image's ${instruction.keyword}` } });
            }
        },
        lines(lines, ctx) {
            if (ctx.kind === 'procfile')
                checkProcfile(lines, ctx);
            else if (ctx.kind === 'kubernetes' || (ctx.kind === 'compose' && !isDevelopmentFile(ctx.path)))
                checkContainers(ctx.kind, ctx);
        },
        manifest(manifest, ctx) {
            // Platforms (Heroku, Render, Cloud Run buildpacks) run `npm start`; other scripts are the developer's.
            const start = manifest.scripts.start;
            const command = start === undefined ? undefined : devCommand(start);
            if (!command)
                return;
            const line = ctx.lines.findIndex((text) => /^\s*"start"\s*:/.test(text));
            ctx.report({ line: line + 1 || 1, messageId: 'devServer', data: { command, where: 'the package.json start script' } });
        },
    },
});
