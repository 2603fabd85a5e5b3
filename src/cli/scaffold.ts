import type { Command } from 'commander';
import { EXIT } from '../core/errors.js';
import { SERVER_LANGUAGES } from '../scaffold/server/options.js';

interface ServerFlags {
  lang: string;
  name: string;
  dir?: string;
  force?: boolean;
}

const NEXT_STEPS: Record<string, string> = {
  typescript: 'npm ci && npm run build && npm start',
  python: 'python3 -m app  (install the packages pinned in pyproject.toml first)',
};

export function registerScaffold(program: Command, setExitCode: (code: number) => void): void {
  const scaffold = program.command('scaffold').description('write production-ready code into a project');
  scaffold
    .command('server')
    .description('write a complete reference agent server (Redis-backed, hardened, with deployment files)')
    .requiredOption('--lang <language>', `server language: ${SERVER_LANGUAGES.join(', ')}`)
    .requiredOption('--name <name>', 'project name (lowercase letters, digits, dashes)')
    .option('--dir <dir>', 'target directory (default: ./<name>)')
    .option('--force', 'write into a non-empty directory, replacing files with the same names')
    .action(async (flags: ServerFlags) => {
      const { scaffoldServer } = await import('../scaffold/server/write.js');
      const result = await scaffoldServer({ lang: flags.lang as never, name: flags.name, dir: flags.dir, force: flags.force ?? false });
      process.stdout.write(`wrote ${result.files.length} files to ${result.dir}\nnext: cd ${result.dir} && ${NEXT_STEPS[flags.lang]}\n`);
      setExitCode(EXIT.ok);
    });
}
