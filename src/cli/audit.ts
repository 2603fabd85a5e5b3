import { Option, type Command } from 'commander';
import { EXIT, UsageError } from '../core/errors.js';
import { evaluateGate } from '../core/gate.js';
import type { Confidence } from '../core/types.js';
import { audit, loadAuditConfig } from '../engine/audit.js';
import { REPORTERS } from '../reporters/index.js';
import { parseConfidence, parseGateLevel, parsePositiveInteger, parseScore, type GateLevel } from './options.js';
import { useColor, writeFileAtomic } from './output.js';
import type { LoadedConfig } from '../core/config.js';
import type { AuditResult } from '../core/types.js';
import { compareWithBaseline, createBaseline, pruneBaseline, readBaseline, serializeBaseline } from '../engine/baseline.js';
import { baselineAtRef, limitToChangedSince } from '../engine/since-ref.js';
import { areServiceRoots, auditServices } from '../engine/services.js';

interface AuditFlags {
  format: string;
  output?: string;
  failOn?: GateLevel;
  minConfidence?: Confidence;
  minScore?: number;
  config?: string;
  maxFileSize?: number;
  color?: boolean;
  writeBaseline?: string;
  baseline?: string;
  pruneBaseline?: boolean;
  baselineRef?: string;
  changedSince?: string;
  inlineIgnores?: boolean;
  sarifOutput?: string;
  jsonOutput?: string;
  junitOutput?: string;
  markdownOutput?: string;
}

/** `--<format>-output FILE` flags: extra reports of the same scan, written beside the main one. */
const EXTRA_OUTPUTS = [
  ['sarifOutput', 'sarif'],
  ['jsonOutput', 'json'],
  ['junitOutput', 'junit'],
  ['markdownOutput', 'markdown'],
] as const;

function checkCombinations(flags: AuditFlags): void {
  if (flags.pruneBaseline && !flags.baseline) throw new UsageError('--prune-baseline needs --baseline FILE (the baseline to prune)');
  if (flags.baseline && flags.baselineRef) throw new UsageError('use either --baseline FILE or --baseline-ref REF, not both');
  if (flags.writeBaseline && (flags.baseline || flags.baselineRef || flags.changedSince)) {
    throw new UsageError('--write-baseline records every finding; drop --baseline, --baseline-ref and --changed-since');
  }
}

/** Every flag also reads `AGENT_HARDEN_<FLAG>` (`--fail-on` → `AGENT_HARDEN_FAIL_ON`); a flag on the command line wins. */
export function environmentVariable(longFlag: string): string {
  return `AGENT_HARDEN_${longFlag.replace(/^--(no-)?/, '').replace(/-/g, '_').toUpperCase()}`;
}

export function registerAudit(program: Command, setExitCode: (code: number) => void): void {
  const command = program.command('audit');
  // Commander binds an option's env var when the option is added, so options are created with theirs.
  // Negated flags (--no-color, --no-inline-ignores) are left out: NO_COLOR already covers colour.
  command.createOption = (flags, description) => {
    const option = new Option(flags, description);
    return option.negate ? option : option.env(environmentVariable(option.long!));
  };
  command
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
    .option('--write-baseline <file>', 'record every current finding in a baseline file, then exit 0')
    .option('--baseline <file>', 'report and gate only findings the baseline file does not hold')
    .option('--prune-baseline', 'with --baseline: drop entries that no longer match from the baseline file')
    .option('--baseline-ref <git-ref>', 'report and gate only findings that the commit git-ref did not have (scanned in a temporary worktree)')
    .option('--no-inline-ignores', 'audit with every agent-harden-ignore comment off')
    .option('--sarif-output <file>', 'also write a SARIF report of the same scan to file')
    .option('--json-output <file>', 'also write a JSON report of the same scan to file (re-render it later with `agent-harden report`)')
    .option('--junit-output <file>', 'also write a JUnit XML report of the same scan to file')
    .option('--markdown-output <file>', 'also write a markdown summary of the same scan to file')
    .option('--changed-since <git-ref>', 'report and gate only findings on lines (line rules) or in apps (project rules) changed since git-ref')
  command.action(async (paths: string[], flags: AuditFlags) => {
      const reporter = REPORTERS[flags.format];
      if (!reporter) throw new UsageError(`unknown format "${flags.format}"; use one of ${Object.keys(REPORTERS).join(', ')}`);
      checkCombinations(flags);
      const config = await loadAuditConfig({ paths, configFile: flags.config });
      // Several directories without --config are service roots: each is audited with its own nearest config.
      const perService = !flags.config && areServiceRoots(paths, process.cwd());
      const result = perService
        ? await auditServices(paths, { cwd: process.cwd(), maxFileSize: flags.maxFileSize, inlineIgnores: flags.inlineIgnores })
        : await audit({ paths, config, maxFileSize: flags.maxFileSize, inlineIgnores: flags.inlineIgnores });
      if (flags.writeBaseline) {
        writeFileAtomic(flags.writeBaseline, serializeBaseline(createBaseline(result.findings)));
        process.stderr.write(`agent-harden: wrote ${result.findings.length} finding(s) to baseline ${flags.writeBaseline}\n`);
        return;
      }
      await applyBaseline(result, flags, paths, config);
      if (flags.changedSince) result.findings = await limitToChangedSince(result, flags.changedSince, result.cwd);
      if (result.services) {
        const kept = new Set(result.findings);
        for (const service of result.services) service.result.findings = service.result.findings.filter((finding) => kept.has(finding));
      }
      const gate = evaluateGate(result, {
        failOn: flags.failOn ?? config.config.failOn ?? 'high',
        minConfidence: flags.minConfidence ?? config.config.minConfidence ?? 'medium',
        minScore: flags.minScore ?? config.config.minScore,
      });
      const report = reporter(result, { color: !flags.output && useColor(flags.color) });
      for (const [flag, format] of EXTRA_OUTPUTS) {
        const file = flags[flag];
        if (file) writeFileAtomic(file, REPORTERS[format]!(result, { color: false }));
      }
      if (flags.output) writeFileAtomic(flags.output, report);
      else process.stdout.write(report);
      if (gate.scoreBelowMinimum) process.stderr.write(`agent-harden: readiness score ${result.score.overall} is below --min-score ${flags.minScore ?? config.config.minScore}\n`);
      setExitCode(gate.passed ? EXIT.ok : EXIT.gateFailed);
    });
}

/** Narrows `result.findings` to what the baseline (a file or another commit) does not hold; reports a stale baseline file. */
async function applyBaseline(result: AuditResult, flags: AuditFlags, paths: string[], config: LoadedConfig): Promise<void> {
  if (flags.baselineRef) {
    const baseline = await baselineAtRef(flags.baselineRef, { paths, cwd: result.cwd, config, maxFileSize: flags.maxFileSize, inlineIgnores: flags.inlineIgnores });
    result.findings = compareWithBaseline(result.findings, baseline).fresh;
    return;
  }
  if (!flags.baseline) return;
  const baseline = readBaseline(flags.baseline);
  const { fresh, stale } = compareWithBaseline(result.findings, baseline);
  result.findings = fresh;
  const staleCount = stale.reduce((sum, entry) => sum + entry.count, 0);
  if (flags.pruneBaseline) {
    if (staleCount > 0) writeFileAtomic(flags.baseline, serializeBaseline(pruneBaseline(baseline, stale)));
    process.stderr.write(`agent-harden: pruned ${staleCount} stale entr${staleCount === 1 ? 'y' : 'ies'} from baseline ${flags.baseline}\n`);
  } else if (staleCount > 0) {
    process.stderr.write(`agent-harden: baseline ${flags.baseline} has ${staleCount} stale entr${staleCount === 1 ? 'y' : 'ies'} (fixed or gone); --prune-baseline drops them\n`);
  }
}
