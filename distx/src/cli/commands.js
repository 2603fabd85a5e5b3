import { registerAudit } from './audit.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { registerProbe } from './probe.js';
import { registerReport } from './report.js';
import { registerRules } from './rules.js';
import { registerFix } from './fix.js';
import { registerScaffold } from './scaffold.js';
/** Every command, registered on the program. Each module imports its heavy dependencies inside its action. */
export function registerCommands(program, setExitCode) {
    registerAudit(program, setExitCode);
    registerProbe(program, setExitCode);
    registerInit(program);
    registerReport(program);
    registerRules(program);
    registerExplain(program);
    registerScaffold(program, setExitCode);
    registerFix(program, setExitCode);
}
