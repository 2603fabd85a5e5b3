import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { audit } from '../../src/engine/audit.js';
import { loadPythonParser, parsePython } from '../../src/languages/python/parser.js';
import { walkPython } from '../../src/languages/python/walk.js';
import { parseTypeScript } from '../../src/languages/typescript/parser.js';
import { loadTypeScript } from '../../src/languages/typescript/runtime.js';
import { walkTypeScript } from '../../src/languages/typescript/walk.js';
import { CLI, REPO_ROOT } from '../support/paths.js';
import { writeCorpus, type CorpusStats } from './corpus.js';

/**
 * `npm run bench`: audits a generated corpus (see corpus.ts) in-process and
 * through the built CLI, next to a parse-and-walk floor per language, so the
 * cost of the rules over bare parsing is visible. Each measurement runs in its
 * own process so its peak RSS is its own.
 */

const SEED = 20_251_122;
const SERVICES = 48;
const FILES_PER_SERVICE = 50;
const CORPUS = join(REPO_ROOT, '.bench', 'corpus');
const SELF = fileURLToPath(import.meta.url);

interface Measurement {
  label: string;
  files: number;
  lines: number;
  ms: number;
  /** User + system CPU time: steadier than wall time on a shared machine. */
  cpuMs: number;
  maxRssKb: number;
  note?: string;
}

function sourceFiles(dir: string, extension: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path, extension));
    else if (entry.name.endsWith(extension)) out.push(path);
  }
  return out.sort();
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function countLines(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines += 1;
  return lines;
}

async function floorPython(): Promise<Measurement> {
  const files = sourceFiles(CORPUS, '.py');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const parser = await loadPythonParser();
  let lines = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    lines += countLines(text);
    const tree = parsePython(parser, text);
    walkPython(tree, new Map(), new Map(), () => {});
    tree.delete();
  }
  return { label: 'floor: Python parse + walk', files: files.length, lines, ms: performance.now() - started, cpuMs: cpuSince(cpu), maxRssKb: process.resourceUsage().maxRSS };
}

async function floorTypeScript(): Promise<Measurement> {
  const files = sourceFiles(CORPUS, '.ts');
  const started = performance.now();
  const cpu = process.cpuUsage();
  await loadTypeScript();
  let lines = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    lines += countLines(text);
    const source = parseTypeScript(file, text);
    walkTypeScript(source, { enter: [], exit: [] }, () => {});
  }
  return { label: 'floor: TS parse + walk', files: files.length, lines, ms: performance.now() - started, cpuMs: cpuSince(cpu), maxRssKb: process.resourceUsage().maxRSS };
}

async function auditInProcess(stats: CorpusStats): Promise<Measurement> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await audit({ paths: ['.'], cwd: CORPUS });
  const ms = performance.now() - started;
  const cpuMs = cpuSince(cpu);
  return {
    label: 'audit() in-process',
    files: result.summary.filesScanned,
    lines: stats.lines,
    ms,
    cpuMs,
    maxRssKb: process.resourceUsage().maxRSS,
    note: `${result.findings.length} findings, ${result.summary.parseErrors.length} parse errors`,
  };
}

function auditThroughCli(stats: CorpusStats): Measurement {
  // The preload reports the child's own peak RSS and CPU time on exit.
  const rssHook = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nBENCH_USAGE="+u.maxRSS+","+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', rssHook, CLI, 'audit', '.', '--format', 'json', '--fail-on', 'none'], {
    cwd: CORPUS,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`CLI exited ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const usage = /BENCH_USAGE=(\d+),(\d+)/.exec(run.stderr);
  const report = JSON.parse(run.stdout) as { findings: unknown[]; summary: { filesScanned: number } };
  return { label: 'CLI audit (spawned, JSON)', files: report.summary.filesScanned, lines: stats.lines, ms, cpuMs: usage ? Number(usage[2]) / 1000 : Number.NaN, maxRssKb: usage ? Number(usage[1]) : Number.NaN, note: `${report.findings.length} findings, incl. start-up` };
}

function runPhase(phase: string, stats: CorpusStats): Measurement {
  const child = spawnSync(process.execPath, [SELF, '--phase', phase, JSON.stringify(stats)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench phase ${phase} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measurement;
}

function format(measurement: Measurement): string {
  const seconds = measurement.ms / 1000;
  const cpuSeconds = measurement.cpuMs / 1000;
  const columns = [
    measurement.label.padEnd(28),
    `${measurement.files}`.padStart(6),
    `${Math.round(measurement.files / seconds)}`.padStart(8),
    `${Math.round(measurement.lines / seconds)}`.padStart(10),
    `${seconds.toFixed(2)} s`.padStart(9),
    `${Math.round(measurement.files / cpuSeconds)}`.padStart(10),
    `${cpuSeconds.toFixed(2)} s`.padStart(9),
    `${Math.round(measurement.maxRssKb / 1024)} MiB`.padStart(9),
  ];
  return `${columns.join('  ')}${measurement.note ? `  (${measurement.note})` : ''}`;
}

async function main(): Promise<void> {
  const phaseIndex = process.argv.indexOf('--phase');
  if (phaseIndex !== -1) {
    const phase = process.argv[phaseIndex + 1];
    const stats = JSON.parse(process.argv[phaseIndex + 2]) as CorpusStats;
    const measurement = phase === 'floor-python' ? await floorPython() : phase === 'floor-typescript' ? await floorTypeScript() : await auditInProcess(stats);
    process.stdout.write(`${JSON.stringify(measurement)}\n`);
    return;
  }
  const stats = writeCorpus(CORPUS, { seed: SEED, services: SERVICES, filesPerService: FILES_PER_SERVICE });
  const kib = Math.round(stats.bytes / 1024);
  console.log(`corpus: ${stats.files} files (${stats.pythonFiles} Python, ${stats.typescriptFiles} TypeScript, ${stats.otherFiles} manifests/Dockerfiles), ${stats.lines} lines, ${kib} KiB, seed ${SEED} → ${CORPUS}`);
  const sizes = [...sourceFiles(CORPUS, '.py'), ...sourceFiles(CORPUS, '.ts')].map((file) => countLines(readFileSync(file, 'utf8'))).sort((a, b) => a - b);
  const quantile = (q: number) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))];
  console.log(`lines per code file: median ${quantile(0.5)}, p90 ${quantile(0.9)}, p99 ${quantile(0.99)}, max ${sizes.at(-1)}`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  console.log(`${'measurement'.padEnd(28)}  ${'files'.padStart(6)}  ${'files/s'.padStart(8)}  ${'lines/s'.padStart(10)}  ${'wall'.padStart(9)}  ${'files/cpu-s'.padStart(10)}  ${'CPU'.padStart(9)}  ${'peak RSS'.padStart(9)}`);
  const floorPy = runPhase('floor-python', stats);
  console.log(format(floorPy));
  const floorTs = runPhase('floor-typescript', stats);
  console.log(format(floorTs));
  const inProcess = runPhase('audit', stats);
  console.log(format(inProcess));
  const cli = auditThroughCli(stats);
  console.log(format(cli));
  const floorMs = floorPy.ms + floorTs.ms;
  const floorCpu = floorPy.cpuMs + floorTs.cpuMs;
  console.log(`\naudit / floor (Python + TS parse-and-walk): wall ${(inProcess.ms / floorMs).toFixed(2)}× in-process, ${(cli.ms / floorMs).toFixed(2)}× through the CLI; CPU ${(inProcess.cpuMs / floorCpu).toFixed(2)}× in-process, ${(cli.cpuMs / floorCpu).toFixed(2)}× through the CLI`);
  console.log(`load average at the end: ${(await import('node:os')).loadavg().map((value) => value.toFixed(1)).join(' ')} on ${(await import('node:os')).availableParallelism()} CPUs (wall figures stretch under load; CPU figures much less)`);
}

await main();
