import type { Command } from 'commander';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a commented starter agent-harden.config.yaml for the stack in this directory')
    .option('--force', 'overwrite an existing config file')
    .action(async (flags: { force?: boolean }) => {
      const { initAction } = await import('./init-action.js');
      initAction(flags);
    });
}
