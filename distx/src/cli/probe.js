import { parseConfidence, parseGateLevel, parsePositiveInteger, parsePositiveNumber } from './options.js';
const collect = (value, previous) => [...previous, value];
export function registerProbe(program, setExitCode) {
    program
        .command('probe')
        .description('run bounded live checks against a running agent server (read-only by default)')
        .argument('<url>', 'base URL of the server, e.g. http://127.0.0.1:8000')
        .option('-H, --header <header>', 'send this header with every request ("Authorization: Bearer …"); repeatable; values are never printed', collect, [])
        .option('--endpoint <endpoint>', 'a route the checks may use, as "METHOD /path" (e.g. "POST /chat"); repeatable', collect, [])
        .option('--allow-mutating', 'allow state-changing requests to the named --endpoint routes')
        .option('--budget <requests>', 'most requests the whole run may send (default 120, at most 500)', parsePositiveInteger)
        .option('--deadline <seconds>', 'stop the whole run after this long (default 60)', parsePositiveNumber)
        .option('--timeout <seconds>', 'give up on one request after this long (default 10)', parsePositiveNumber)
        .option('--concurrency <n>', 'requests in flight at once (default 2, at most 4)', parsePositiveInteger)
        .option('--rate-limit-burst <requests>', 'most requests the rate-limit check sends (default 60)', parsePositiveInteger)
        .option('--dry-run', 'list every request the checks would send, and send none')
        .option('-f, --format <name>', 'report format: text, json, sarif, github', 'text')
        .option('-o, --output <file>', 'write the report to a file instead of stdout')
        .option('--fail-on <level>', 'exit 1 when a finding is at or above: critical, high, medium, low, info, none (default: high)', parseGateLevel)
        .option('--min-confidence <level>', 'only findings at or above this confidence fail the gate: high, medium, low (default: medium)', parseConfidence)
        .option('-c, --config <file>', 'config file (default: nearest agent-harden.config.json/.yaml above the working directory)')
        .option('--no-color', 'never colour the output')
        .action(async (url, flags) => {
        const { runProbeCommand } = await import('./probe-action.js');
        setExitCode(await runProbeCommand(url, flags));
    });
}
