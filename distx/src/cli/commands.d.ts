import type { Command } from 'commander';
/** Every command, registered on the program. Each module imports its heavy dependencies inside its action. */
export declare function registerCommands(program: Command, setExitCode: (code: number) => void): void;
