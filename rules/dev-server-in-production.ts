import { commandText, defineRule, isDevelopmentFile, stageInstructions, type TextRuleContext } from '../src/rule-kit/index.js';

// Commands that start a development server: auto-reload, debug servers, file watchers.
const DEV_COMMANDS: [RegExp, string][] = [
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

function devCommand(command: string): string | undefined {
  return DEV_COMMANDS.find(([pattern]) => pattern.test(command))?.[1];
}

/** Procfile, compose and Kubernetes lines: every non-comment line is a candidate (commands span list items). */
function checkLines(lines: string[], ctx: TextRuleContext, where: string): void {
  lines.forEach((line, index) => {
    if (line.trim().startsWith('#')) return;
    // `args: ["next", "dev"]`: compare the words, not the YAML punctuation.
    const command = devCommand(line.replace(/["'[\],]/g, ' '));
    if (command) ctx.report({ line: index + 1, messageId: 'devServer', data: { command, where } });
  });
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
      if (!final || isDevelopmentFile(ctx.path)) return;
      for (const instruction of stageInstructions(dockerfile, final)) {
        if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') continue;
        const command = devCommand(commandText(instruction.args));
        if (command) ctx.report({ line: instruction.line, endLine: instruction.endLine, messageId: 'devServer', data: { command, where: `the image's ${instruction.keyword}` } });
      }
    },
    lines(lines, ctx) {
      if (ctx.kind === 'compose' && isDevelopmentFile(ctx.path)) return;
      checkLines(lines, ctx, ctx.kind === 'procfile' ? 'the Procfile' : ctx.kind === 'compose' ? 'the compose service' : 'the Kubernetes container');
    },
    manifest(manifest, ctx) {
      // Platforms (Heroku, Render, Cloud Run buildpacks) run `npm start`; other scripts are the developer's.
      const start = manifest.scripts.start;
      const command = start === undefined ? undefined : devCommand(start);
      if (!command) return;
      const line = ctx.lines.findIndex((text) => /^\s*"start"\s*:/.test(text));
      ctx.report({ line: line + 1 || 1, messageId: 'devServer', data: { command, where: 'the package.json start script' } });
    },
  },
});
