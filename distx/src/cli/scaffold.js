import { EXIT, UsageError } from '../core/errors.js';
import { SERVER_LANGUAGES } from '../scaffold/server/languages.js';
import { parsePositiveInteger } from './options.js';
const NEXT_STEPS = {
    typescript: 'npm ci && npm run build && npm start',
    python: 'python3 -m app  (install the packages pinned in pyproject.toml first)',
};
/** `scaffold server`: a whole reference server in a new directory (default ./<name>). */
async function scaffoldServerCommand(flags) {
    if (!flags.lang || !flags.name)
        throw new UsageError(`scaffold server needs --lang (${SERVER_LANGUAGES.join(', ')}) and --name`);
    const { scaffoldServer } = await import('../scaffold/server/write.js');
    const result = await scaffoldServer({ lang: flags.lang, name: flags.name, dir: flags.dir, force: flags.force ?? false });
    process.stdout.write(`wrote ${result.files.length} files to ${result.dir}\nnext: cd ${result.dir} && ${NEXT_STEPS[flags.lang]}\n`);
    return EXIT.ok;
}
export function registerScaffold(program, setExitCode) {
    program
        .command('scaffold')
        .description('write production pieces into the project (`scaffold list` shows them; diff first), or `scaffold server` for a whole reference server')
        .argument('<generator>', 'generator id, "list", or "server" (a whole reference server: --lang, --name)')
        .option('-d, --dir <path>', 'the project directory (default: the current directory)')
        .option('--framework <id>', 'override the detected framework')
        .option('--entry <file>', 'override the detected entry file (the one that creates the app)')
        .option('--dry-run', 'show the plan and diff; write nothing')
        .option('-y, --yes', 'apply without asking (also when stdin is not a terminal)')
        .option('--force', 'overwrite files you changed or that agent-harden did not write')
        .option('--port <number>', 'the port the server listens on', parsePositiveInteger)
        .option('--origin <url...>', 'allowed CORS origins')
        .option('--name <name>', 'service name (k8s); project name (server)')
        .option('--lang <language>', `server language: ${SERVER_LANGUAGES.join(', ')}`)
        .option('--image <ref>', 'container image reference (k8s)')
        .action(async (generator, flags) => {
        if (generator === 'server') {
            setExitCode(await scaffoldServerCommand(flags));
            return;
        }
        const { runScaffoldCommand } = await import('./scaffold-action.js');
        await runScaffoldCommand(generator, flags);
    });
}
