export function registerInit(program) {
    program
        .command('init')
        .description('write a commented starter agent-harden.config.yaml for the stack in this directory')
        .option('--force', 'overwrite an existing config file')
        .action(async (flags) => {
        const { initAction } = await import('./init-action.js');
        initAction(flags);
    });
}
