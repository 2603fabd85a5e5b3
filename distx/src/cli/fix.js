export function registerFix(program, setExitCode) {
    program
        .command('fix')
        .description('apply safe, AST-located source fixes for audit findings; shows a diff first, then re-audits')
        .argument('[paths...]', 'limit to files under these paths (relative to --dir)')
        .option('-d, --dir <path>', 'the project directory (default: the current directory)')
        .option('--rule <id...>', 'only fix these rule ids')
        .option('--dry-run', 'show the diff; write nothing')
        .option('-y, --yes', 'apply without asking (also when stdin is not a terminal)')
        .action(async (paths, flags) => {
        const { runFixCommand } = await import('./fix-action.js');
        setExitCode(await runFixCommand(paths, flags));
    });
}
