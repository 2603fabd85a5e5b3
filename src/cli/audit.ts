import type { Command } from 'commander';
import { EXIT, UsageError } from '../core/errors.js';
import { evaluateGate } from '../core/gate.js';
import type { Confidence } from '../core/types.js';
import { audit, loadAuditConfig } from '../engine/audit.js';
import { REPORTERS } from '../reporters/index.js';
import { parseConfidence, parseGateLevel, parsePositiveInteger, parseScore, type GateLevel } from './options.js';
import { useColor, writeFileAtomic } from './output.js';

interface AuditFlags {
  format: string;
  output?: string;
  failOn?: GateLevel;
  minConfidence?: Confidence;
  minScore?: number;
  config?: string;
  maxFileSize?: number;
  color?: boolean;
}

export function registerAudit(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('audit')
    .description('statically find production gaps in an agent server and gate CI on them')
    .argument('[paths...]', 'files or directories to scan', ['.'])
    .option('-f, --format <name>', `report format: ${Object.keys(REPORTERS).join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <level>', 'exit 1 when a finding is at or above: critical, high, medium, low, info, none (default: high)', parseGateLevel)
    .option('--min-confidence <level>', 'only findings at or above this confidence fail the gate: high, medium, low (default: medium)', parseConfidence)
    .option('--min-score <n>', 'exit 1 when the overall readiness score is below n (0-100)', parseScore)
    .option('-c, --config <file>', 'config file (default: nearest agent-harden.config.json/.yaml above the first path)')
    .option('--max-file-size <bytes>', 'skip files larger than this (default: 1048576)', parsePositiveInteger)
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], flags: AuditFlags) => {
      const reporter = REPORTERS[flags.format];
      if (!reporter) throw new UsageError(`unknown format "${flags.format}"; use one of ${Object.keys(REPORTERS).join(', ')}`);
      const config = await loadAuditConfig({ paths, configFile: flags.config });
      const result = await audit({ paths, config, maxFileSize: flags.maxFileSize });
      const gate = evaluateGate(result, {
        failOn: flags.failOn ?? config.config.failOn ?? 'high',
        minConfidence: flags.minConfidence ?? config.config.minConfidence ?? 'medium',
        minScore: flags.minScore ?? config.config.minScore,
      });
      const report = reporter(result, { color: !flags.output && useColor(flags.color) });
      if (flags.output) writeFileAtomic(flags.output, report);
      else process.stdout.write(report);
      if (gate.scoreBelowMinimum) process.stderr.write(`agent-harden: readiness score ${result.score.overall} is below --min-score ${flags.minScore ?? config.config.minScore}\n`);
      setExitCode(gate.passed ? EXIT.ok : EXIT.gateFailed);
    });
}
