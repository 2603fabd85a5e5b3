import { Option } from 'commander';
import { REPORT_FORMATS } from '../reporters/formats.js';
import { parseConfidence, parseGateLevel, parsePositiveInteger, parseScore } from './options.js';
/** Every flag also reads `AGENT_HARDEN_<FLAG>` (`--fail-on` → `AGENT_HARDEN_FAIL_ON`); a flag on the command line wins. */
export function environmentVariable(longFlag) {
    return `AGENT_HARDEN_${longFlag.replace(/^--(no-)?/, '').replace(/-/g, '_').toUpperCase()}`;
}
export function registerAudit(program, setExitCode) {
    const command = program.command('audit');
    // Commander binds an option's env var when the option is added, so options are created with theirs.
    // Negated flags (--no-color, --no-inline-ignores) are left out: NO_COLOR already covers colour.
    // So is --help: commander never reads it from the environment, so its help must not advertise a variable.
    command.createOption = (flags, description) => {
        const option = new Option(flags, description);
        return option.negate || option.long === '--help' ? option : option.env(environmentVariable(option.long));
    };
    command
        .description('statically find production gaps in an agent server and gate CI on them')
        .argument('[paths...]', 'files or directories to scan', ['.'])
        .option('-f, --format <name>', `report format: ${REPORT_FORMATS.join(', ')}`, 'text')
        .option('-o, --output <file>', 'write the report to a file instead of stdout')
        .option('--fail-on <level>', 'exit 1 when a finding is at or above: critical, high, medium, low, info, none (default: high)', parseGateLevel)
        .option('--min-confidence <level>', 'only findings at or above this confidence fail the gate: high, medium, low (default: medium)', parseConfidence)
        .option('--min-score <n>', 'exit 1 when the overall readiness score is below n (0-100)', parseScore)
        .option('-c, --config <file>', 'config file (default: nearest agent-harden.config.json/.yaml above the first path)')
        .option('--max-file-size <bytes>', 'skip files larger than this (default: 1048576)', parsePositiveInteger)
        .option('-j, --jobs <n>', 'worker threads (default: available CPUs; small projects use one thread)', parsePositiveInteger)
        .option('--cache', 'reuse results for unchanged files from the last run (off by default)')
        .option('--cache-location <dir>', 'where --cache keeps its file (default: .agent-harden-cache)')
        .option('--no-color', 'never colour the output')
        .option('--write-baseline <file>', 'record every current finding in a baseline file, then exit 0')
        .option('--baseline <file>', 'report and gate only findings the baseline file does not hold')
        .option('--prune-baseline', 'with --baseline: drop entries that no longer match from the baseline file')
        .option('--baseline-ref <git-ref>', 'report and gate only findings that the commit git-ref did not have (scanned in a temporary worktree)')
        .option('--no-inline-ignores', 'audit with every agent-harden-ignore comment off')
        .option('--sarif-output <file>', 'also write a SARIF report of the same scan to file')
        .option('--json-output <file>', 'also write a JSON report of the same scan to file (re-render it later with `agent-harden report`)')
        .option('--junit-output <file>', 'also write a JUnit XML report of the same scan to file')
        .option('--markdown-output <file>', 'also write a markdown summary of the same scan to file')
        .option('--changed-since <git-ref>', 'report and gate only findings on lines (line rules) or in apps (project rules) changed since git-ref');
    command.action(async (paths, flags) => {
        const { auditAction } = await import('./audit-action.js');
        await auditAction(paths, flags, setExitCode);
    });
}
