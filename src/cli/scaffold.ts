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
import { parsePositiveInteger } from './options.js';
interface ScaffoldFlags {
  framework?: string;
  entry?: string;
  dryRun?: boolean;
  yes?: boolean;
  port?: number;
  origin?: string[];
  name?: string;
  image?: string;
export function registerScaffold(program: Command): void {
  program
    .command('scaffold')
    .description('write production pieces into the project (run `scaffold list` to see them); shows a diff first')
    .argument('<generator>', 'generator id, or "list"')
    .option('-d, --dir <path>', 'the project directory (default: the current directory)')
    .option('--framework <id>', 'override the detected framework')
    .option('--entry <file>', 'override the detected entry file (the one that creates the app)')
    .option('--dry-run', 'show the plan and diff; write nothing')
    .option('-y, --yes', 'apply without asking (also when stdin is not a terminal)')
    .option('--force', 'overwrite files you changed or that agent-harden did not write')
    .option('--port <number>', 'the port the server listens on', parsePositiveInteger)
    .option('--origin <url...>', 'allowed CORS origins')
    .option('--name <name>', 'service name (k8s, ci)')
    .option('--image <ref>', 'container image reference (k8s)')
    .action(async (generator: string, flags: ScaffoldFlags) => {
      const { runScaffoldCommand } = await import('./scaffold-action.js');
      await runScaffoldCommand(generator, flags);
export type { ScaffoldFlags };
