import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/engine/discover.js';
import { loadPythonParser } from '../../src/languages/python/parser.js';
import { parseTypeScript } from '../../src/languages/typescript/parser.js';
import { loadTypeScript } from '../../src/languages/typescript/runtime.js';
import { planWalk } from '../../src/languages/typescript/walk.js';
import { CLI, REPO_ROOT } from '../support/paths.js';
import { writeCorpus } from './corpus.js';
/**
 * `npm run bench`: audits a generated corpus (see corpus.ts) through the built
 * CLI, per language and both together, next to a parse-and-walk floor per
 * language in the same run, so the cost of the rules over bare parsing is
 * visible; then scaling (1×, 4×, 16×), growth with the number of services,
 * cold start, and Bandit/ESLint when installed. Every measurement is its own
 * process, timed from outside, so its start-up, CPU time and peak RSS are its
 * own. docs/performance.md explains it.
 */
const SEED = 20_251_122;
// At least the size of the public agent code issue 7 measured (Python 1,076 files / 164k lines, TS/JS 7,313 files / 1.26M lines).
const PYTHON_SERVICES = 32;
const TYPESCRIPT_SERVICES = 224;
const FILES_PER_SERVICE = 50;
// Services of two code files each, one eighth Python: the project phase's growth with the number of units.
const SERVICE_COUNTS = [512, 2048];
// Rounds of floor and audits per language (BENCH_PAIRS=1 for a quick look).
const ROUNDS = Math.max(1, Number(process.env.BENCH_PAIRS) || 5);
// A peer takes a minute or more a run and moves more from run to run than the audit does (ESLint 67.5–75.5 s on
// one host in one day): it alternates with the audit too, fewer times.
const PEER_PAIRS = Math.max(1, Number(process.env.BENCH_PEER_PAIRS) || 3);
const CORPUS = join(REPO_ROOT, '.bench', 'corpus');
const SELF = fileURLToPath(import.meta.url);
function sourceFiles(dir, extension) {
    const out = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...sourceFiles(path, extension));
        else if (entry.name.endsWith(extension))
            out.push(path);
    }
    return out.sort();
}
function cpuSince(start) {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
}
function countLines(text) {
    let lines = 1;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
        lines += 1;
    return lines;
}
async function floorPython(corpus) {
    const files = sourceFiles(corpus, '.py');
    const started = performance.now();
    const cpu = process.cpuUsage();
    const parser = (await loadPythonParser()).treeSitter;
    let lines = 0;
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        lines += countLines(text);
        // tree-sitter's own parse and a cursor walk over every node: the least any analysis can cost.
        const tree = parser.parse(text);
        const cursor = tree.walk();
        for (let done = false; !done;) {
            if (cursor.nodeIsNamed)
                void cursor.nodeType;
            if (cursor.gotoFirstChild())
                continue;
            while (!cursor.gotoNextSibling()) {
                if (!cursor.gotoParent()) {
                    done = true;
                    break;
                }
            }
        }
        cursor.delete();
        tree.delete();
    }
    return { label: 'floor: Python parse + walk', files: files.length, lines, ms: performance.now() - started, cpuMs: cpuSince(cpu), maxRssKb: process.resourceUsage().maxRSS };
}
async function floorTypeScript(corpus) {
    const files = sourceFiles(corpus, '.ts');
    const started = performance.now();
    const cpu = process.cpuUsage();
    await loadTypeScript();
    let lines = 0;
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        lines += countLines(text);
        // createSourceFile and one walk over every node (the audit's walk also sets parents).
        planWalk(parseTypeScript(file, text), { enter: [], exit: [] });
    }
    return { label: 'floor: TS parse + walk', files: files.length, lines, ms: performance.now() - started, cpuMs: cpuSince(cpu), maxRssKb: process.resourceUsage().maxRSS };
}
// The preload reports a child's own peak RSS and CPU time on exit.
const USAGE_HOOK = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nBENCH_USAGE="+u.maxRSS+","+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
function timedSpawn(command, args, cwd, env = {}) {
    const started = performance.now();
    const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...env } });
    const ms = performance.now() - started;
    const usage = /BENCH_USAGE=(\d+),(\d+)/.exec(run.stderr ?? '');
    return { ms, cpuMs: usage ? Number(usage[2]) / 1000 : Number.NaN, maxRssKb: usage ? Number(usage[1]) : Number.NaN, stdout: run.stdout ?? '', status: run.status, stderr: run.stderr ?? '' };
}
/** The built CLI auditing `cwd` to JSON, as a user runs it (start-up included). */
function auditThroughCli(label, cwd, lines, extra = []) {
    const run = timedSpawn(process.execPath, ['--import', USAGE_HOOK, CLI, 'audit', '.', '--format', 'json', '--fail-on', 'none', ...extra], cwd);
    if (run.status !== 0)
        throw new Error(`CLI exited ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const report = JSON.parse(run.stdout);
    return { label, files: report.summary.filesScanned, lines, ms: run.ms, cpuMs: run.cpuMs, maxRssKb: run.maxRssKb, note: `${report.findings.length} findings` };
}
/** A floor in its own process, timed from outside like the CLI runs (start-up included on both sides). */
function runFloor(phase, corpus) {
    const run = timedSpawn(process.execPath, ['--import', USAGE_HOOK, SELF, '--phase', phase, corpus], REPO_ROOT);
    if (run.status !== 0)
        throw new Error(`bench phase ${phase} failed: ${run.stderr}`);
    const inside = JSON.parse(run.stdout.trim().split('\n').at(-1));
    return { ...inside, ms: run.ms, cpuMs: run.cpuMs, maxRssKb: run.maxRssKb };
}
function format(measurement) {
    const seconds = measurement.ms / 1000;
    const cpuSeconds = measurement.cpuMs / 1000;
    const columns = [
        measurement.label.padEnd(36),
        `${measurement.files}`.padStart(6),
        `${measurement.lines}`.padStart(8),
        `${seconds.toFixed(2)} s`.padStart(9),
        `${cpuSeconds.toFixed(2)} s`.padStart(9),
        `${Math.round(measurement.files / seconds)}`.padStart(8),
        `${Math.round(measurement.lines / seconds)}`.padStart(9),
        `${Math.round(measurement.maxRssKb / 1024)} MiB`.padStart(9),
    ];
    return `${columns.join('  ')}${measurement.note ? `  ${measurement.note}` : ''}`;
}
const HEADER = `${'measurement'.padEnd(36)}  ${'files'.padStart(6)}  ${'lines'.padStart(8)}  ${'wall'.padStart(9)}  ${'CPU'.padStart(9)}  ${'files/s'.padStart(8)}  ${'lines/s'.padStart(9)}  ${'peak RSS'.padStart(9)}`;
function ratio(audit, floor) {
    return `wall ${(audit.ms / floor.ms).toFixed(2)}×, CPU ${(audit.cpuMs / floor.cpuMs).toFixed(2)}×`;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}
/** `count` rounds of every side in turn, so a slow spell of the machine falls on all of them: each side's runs, in round order. */
function alternate(count, ...sides) {
    const runs = sides.map(() => []);
    for (let round = 0; round < count; round++)
        sides.forEach((side, index) => runs[index].push(side()));
    return runs;
}
/** Median wall, CPU and peak RSS of repeated runs of one measurement, with the wall range in the note. */
function medianOf(runs) {
    const walls = runs.map((run) => run.ms / 1000);
    const spread = runs.length > 1 ? `wall ${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)} s` : '';
    return {
        ...runs[0],
        ms: median(runs.map((run) => run.ms)),
        cpuMs: median(runs.map((run) => run.cpuMs)),
        maxRssKb: median(runs.map((run) => run.maxRssKb)),
        note: [runs[0].note, spread].filter(Boolean).join('; ') || undefined,
    };
}
/** Wall ratio of each run of `measured` to the run of `base` in the same round, in round order. */
function roundRatios(base, measured, digits = 2) {
    return measured.map((run, index) => `${(run.ms / base[index].ms).toFixed(digits)}×`).join(', ');
}
// Below the audit's default file-size limit, which would skip a larger file.
const LARGE_FILE_BYTES = Math.floor(DEFAULT_MAX_FILE_SIZE * 0.85);
/**
 * The first corpus files of one language, up to LARGE_FILE_BYTES, audited as one file and as the files they
 * are: linear in file size means about the same time. A rule that answers a whole-file question once per node
 * (scans the file's text per function, walks the file per read) shows here and nowhere else in the bench.
 */
function largeFileRow(language, files, extension) {
    const texts = [];
    let bytes = 0;
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const size = Buffer.byteLength(text) + 1;
        if (bytes + size > LARGE_FILE_BYTES)
            break;
        texts.push(text);
        bytes += size;
    }
    const root = join(CORPUS, '..', `large-${extension}`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(join(root, 'one'), { recursive: true });
    mkdirSync(join(root, 'apart'));
    writeFileSync(join(root, 'one', `all.${extension}`), texts.join('\n'));
    texts.forEach((text, index) => writeFileSync(join(root, 'apart', `part_${String(index).padStart(4, '0')}.${extension}`), text));
    const lines = texts.reduce((sum, text) => sum + countLines(text), 0);
    const [apartRuns, oneRuns] = alternate(3, () => auditThroughCli('apart', join(root, 'apart'), lines, ['--jobs', '1']), () => auditThroughCli('one', join(root, 'one'), lines, ['--jobs', '1']));
    rmSync(root, { recursive: true, force: true });
    const apart = median(apartRuns.map((run) => run.ms));
    const one = median(oneRuns.map((run) => run.ms));
    return `  ${language}: ${texts.length} files, ${lines} lines, ${Math.round(bytes / 1024)} KiB: as one file ${(one / 1000).toFixed(2)} s, apart ${(apart / 1000).toFixed(2)} s → ${(one / apart).toFixed(2)}× (pairs ${roundRatios(apartRuns, oneRuns)})`;
}
/**
 * Median wall and CPU time of a few runs of the CLI, each a new process. One untimed run first fills what
 * persists between runs as it would for a user's second run: the OS page cache and, on Node ≥ 22.8, the
 * compile cache the CLI turns on.
 */
function coldStart(node, args, cwd, runs = 5) {
    timedSpawn(node, args, cwd);
    const samples = Array.from({ length: runs }, () => timedSpawn(node, ['--import', USAGE_HOOK, ...args], cwd));
    return `${median(samples.map((sample) => sample.ms)).toFixed(0)} ms wall (${median(samples.map((sample) => sample.cpuMs)).toFixed(0)} ms CPU)`;
}
function printColdStart(node, projects) {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(`\ncold start with node ${version} (median of 5, wall):`);
    console.log(`  --version ${coldStart(node, [CLI, '--version'], REPO_ROOT)}; --help ${coldStart(node, [CLI, '--help'], REPO_ROOT)} (target ≤ 120 ms)`);
    for (const { language, dir, files } of projects) {
        console.log(`  audit of a ${files}-file ${language} project ${coldStart(node, [CLI, 'audit', '.', '--format', 'json', '--fail-on', 'none'], dir)} (target ≤ 400 ms)`);
    }
    console.log(`  for scale, bare \`node -e ''\`: ${coldStart(node, ['-e', ''], REPO_ROOT)}`);
}
/**
 * The `eslint` on PATH with the parser and plugin a fair comparison needs
 * (TypeScript syntax, the security rules), resolved beside it; else why not.
 */
function eslintWithSecurityPlugin() {
    const found = spawnSync('sh', ['-c', 'command -v eslint'], { encoding: 'utf8' });
    if (found.status !== 0)
        return 'not on PATH';
    const bin = found.stdout.trim();
    const requireBeside = createRequire(realpathSync(bin));
    try {
        return { bin, parser: requireBeside.resolve('@typescript-eslint/parser'), plugin: requireBeside.resolve('eslint-plugin-security') };
    }
    catch {
        return 'found, but @typescript-eslint/parser and eslint-plugin-security do not resolve beside it (npm i eslint @typescript-eslint/parser eslint-plugin-security)';
    }
}
/** One run of a peer on the corpus; a lint exit (0 or 1) is a run, any other status is the peer failing. */
function peerRun(command, args) {
    const run = timedSpawn(command, args, CORPUS);
    if (run.status !== 0 && run.status !== 1)
        throw new Error(`exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
    return { label: command, files: 0, lines: 0, ms: run.ms, cpuMs: run.cpuMs, maxRssKb: run.maxRssKb };
}
/** The peer's median wall against the audit's, run alternately PEER_PAIRS times, with each pair's ratio; or why not. */
function peerComparison(peer, audit) {
    let peers;
    let audits;
    try {
        [peers, audits] = alternate(PEER_PAIRS, peer, audit);
    }
    catch (error) {
        return `${error.message} (not timed)`;
    }
    const seconds = (runs) => (median(runs.map((run) => run.ms)) / 1000).toFixed(2);
    const range = (runs) => `${(Math.min(...runs.map((run) => run.ms)) / 1000).toFixed(2)}–${(Math.max(...runs.map((run) => run.ms)) / 1000).toFixed(2)} s`;
    const faster = median(peers.map((run) => run.ms)) / median(audits.map((run) => run.ms));
    return `${seconds(peers)} s wall (${range(peers)}); agent-harden ${seconds(audits)} s (${range(audits)}): ${faster.toFixed(1)}× faster (pairs ${roundRatios(audits, peers, 1)})`;
}
function onPath(command) {
    return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}
async function main() {
    const phaseIndex = process.argv.indexOf('--phase');
    if (phaseIndex !== -1) {
        const phase = process.argv[phaseIndex + 1];
        const corpus = process.argv[phaseIndex + 2];
        const measurement = phase === 'floor-python' ? await floorPython(corpus) : await floorTypeScript(corpus);
        process.stdout.write(`${JSON.stringify(measurement)}\n`);
        return;
    }
    const { availableParallelism, loadavg } = await import('node:os');
    const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');
    console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs, load average at start ${load()}`);
    const stats = writeCorpus(CORPUS, { seed: SEED, pythonServices: PYTHON_SERVICES, typescriptServices: TYPESCRIPT_SERVICES, filesPerService: FILES_PER_SERVICE });
    console.log(`corpus: ${stats.files} files (${stats.pythonFiles} Python, ${stats.typescriptFiles} TypeScript, ${stats.otherFiles} manifests/Dockerfiles), ${stats.lines} lines, ${Math.round(stats.bytes / 1024)} KiB, seed ${SEED} → ${CORPUS}`);
    const pyFiles = sourceFiles(CORPUS, '.py');
    const tsFiles = sourceFiles(CORPUS, '.ts');
    // Each code file read once for its lines: the size quantiles and each language's total.
    const linesByFile = new Map([...pyFiles, ...tsFiles].map((file) => [file, countLines(readFileSync(file, 'utf8'))]));
    const linesOf = (files) => files.reduce((sum, file) => sum + linesByFile.get(file), 0);
    const sizes = [...linesByFile.values()].sort((a, b) => a - b);
    const quantile = (q) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))];
    console.log(`lines per code file: median ${quantile(0.5)}, p90 ${quantile(0.9)}, p99 ${quantile(0.99)}, max ${sizes.at(-1)}\n`);
    // One language at a time, one thread each side: the floor against the whole audit of the same files.
    const onlyConfig = (language) => {
        const file = join(CORPUS, '..', `only-${language}.json`);
        writeFileSync(file, JSON.stringify({ ignore: [language === 'python' ? '*.ts' : '*.py'] }));
        return file;
    };
    // This kind of machine moves ±20 % run to run: the floor, the one-thread audit and the default run take turns,
    // ROUNDS rounds, and each side's median is reported. The one-thread audit against the one-thread floor is the
    // engine's own cost over parsing; the default run (threads where they pay, see useWorkers) is what a user waits for.
    console.log(`${HEADER}    (per language: median of ${ROUNDS} rounds of floor, 1-thread audit, default-jobs audit)`);
    const languageRounds = (language, floor, files, config) => {
        const lines = linesOf(files);
        return alternate(ROUNDS, () => runFloor(floor, CORPUS), () => auditThroughCli(`audit ${language}, 1 thread (CLI)`, CORPUS, lines, ['--jobs', '1', '--config', config]), () => auditThroughCli(`audit ${language}, default jobs (CLI)`, CORPUS, lines, ['--config', config]));
    };
    const [pyFloors, pyAudits, pyDefaults] = languageRounds('Python', 'floor-python', pyFiles, onlyConfig('python'));
    const [floorPy, auditPy, defaultPy] = [pyFloors, pyAudits, pyDefaults].map(medianOf);
    for (const measurement of [floorPy, auditPy, defaultPy])
        console.log(format(measurement));
    const [tsFloors, tsAudits, tsDefaults] = languageRounds('TS', 'floor-typescript', tsFiles, onlyConfig('typescript'));
    const [floorTs, auditTs, defaultTs] = [tsFloors, tsAudits, tsDefaults].map(medianOf);
    for (const measurement of [floorTs, auditTs, defaultTs])
        console.log(format(measurement));
    const bothOne = auditThroughCli('audit both, 1 thread (CLI)', CORPUS, stats.lines, ['--jobs', '1']);
    console.log(format(bothOne));
    const both = auditThroughCli(`audit both, default jobs (CLI)`, CORPUS, stats.lines);
    console.log(format(both));
    const floorBoth = { label: 'floor both', files: floorPy.files + floorTs.files, lines: floorPy.lines + floorTs.lines, ms: floorPy.ms + floorTs.ms, cpuMs: floorPy.cpuMs + floorTs.cpuMs, maxRssKb: Math.max(floorPy.maxRssKb, floorTs.maxRssKb) };
    console.log(`\naudit / floor, same files, same run:`);
    console.log(`  Python, 1 thread:     ${ratio(auditPy, floorPy)}   (target ≤ 1.5×; rounds ${roundRatios(pyFloors, pyAudits)})`);
    console.log(`  Python, default jobs: ${ratio(defaultPy, floorPy)}   (the floor is one thread; rounds ${roundRatios(pyFloors, pyDefaults)})`);
    console.log(`  TS, 1 thread:         ${ratio(auditTs, floorTs)}   (target ≤ 1.6×; rounds ${roundRatios(tsFloors, tsAudits)})`);
    console.log(`  TS, default jobs:     ${ratio(defaultTs, floorTs)}   (the floor is one thread; rounds ${roundRatios(tsFloors, tsDefaults)})`);
    console.log(`  both, 1 thread:       ${ratio(bothOne, floorBoth)}`);
    console.log(`  both, default jobs:   ${ratio(both, floorBoth)}   (floors are one thread each)`);
    console.log(`\nscaling (default jobs): 1×, 4×, 16× a base of ${PYTHON_SERVICES / 16} Python and ${TYPESCRIPT_SERVICES / 16} TypeScript services (16× is the whole corpus)`);
    console.log(HEADER);
    const series = [];
    for (const factor of [1, 4]) {
        const dir = join(CORPUS, '..', `scale-${factor}`);
        const scaled = writeCorpus(dir, { seed: SEED, pythonServices: (PYTHON_SERVICES / 16) * factor, typescriptServices: (TYPESCRIPT_SERVICES / 16) * factor, filesPerService: FILES_PER_SERVICE });
        series.push(auditThroughCli(`audit ${factor}×`, dir, scaled.lines));
        rmSync(dir, { recursive: true, force: true });
    }
    series.push({ ...both, label: 'audit 16×' });
    for (const measurement of series)
        console.log(format(measurement));
    console.log(`  lines/s at 1×, 4×, 16×: ${series.map((m) => Math.round(m.lines / (m.ms / 1000))).join(', ')} (flat = linear); peak RSS ${series.map((m) => `${Math.round(m.maxRssKb / 1024)}`).join(', ')} MiB`);
    // A monorepo grows by services as much as by lines: project rules match every app against its unit's facts,
    // manifests and Dockerfiles, and a question that reads every unit per app is quadratic in them.
    console.log(`\nservices (one thread): ${SERVICE_COUNTS.join(' and ')} small services of 2 code files each (linear: time about ${SERVICE_COUNTS[1] / SERVICE_COUNTS[0]}× for ${SERVICE_COUNTS[1] / SERVICE_COUNTS[0]}× the services)`);
    console.log(HEADER);
    const byServices = SERVICE_COUNTS.map((count) => {
        const dir = join(CORPUS, '..', `services-${count}`);
        const written = writeCorpus(dir, { seed: SEED, pythonServices: count / 8, typescriptServices: (count * 7) / 8, filesPerService: 2 });
        const measurement = auditThroughCli(`audit ${count} services`, dir, written.lines, ['--jobs', '1']);
        rmSync(dir, { recursive: true, force: true });
        return measurement;
    });
    for (const measurement of byServices)
        console.log(format(measurement));
    console.log(`  time ${(byServices[1].ms / byServices[0].ms).toFixed(2)}× for ${(byServices[1].lines / byServices[0].lines).toFixed(2)}× the lines; lines/s ${byServices.map((m) => Math.round(m.lines / (m.ms / 1000))).join(', ')} (flat = linear)`);
    console.log(`\nfile size (one thread, median of 3 alternating runs): the same code as one file and apart (linear: about 1×)`);
    console.log(largeFileRow('Python', pyFiles, 'py'));
    console.log(largeFileRow('TypeScript', tsFiles, 'ts'));
    const smallProjects = [
        { language: 'Python', dir: join(CORPUS, '..', 'small'), services: { pythonServices: 1, typescriptServices: 0 } },
        { language: 'TypeScript', dir: join(CORPUS, '..', 'small-ts'), services: { pythonServices: 0, typescriptServices: 1 } },
    ].map(({ language, dir, services }) => ({ language, dir, files: writeCorpus(dir, { seed: SEED, ...services, filesPerService: 10 }).files }));
    // BENCH_OTHER_NODE=/path/to/node: the same cold-start runs with another Node as well (start-up differs most between Node versions).
    for (const node of [process.execPath, ...(process.env.BENCH_OTHER_NODE ? [process.env.BENCH_OTHER_NODE] : [])])
        printColdStart(node, smallProjects);
    console.log(`\npeers on the same files (median of ${PEER_PAIRS} runs, each alternating with agent-harden's audit of the same files, one thread):`);
    if (onPath('bandit')) {
        const bandit = () => peerRun('bandit', ['-r', '-q', '-f', 'json', '-o', '/dev/null', ...readdirSync(CORPUS).filter((name) => name.startsWith('py-'))]);
        const audit = () => auditThroughCli('audit Python', CORPUS, auditPy.lines, ['--jobs', '1', '--config', onlyConfig('python')]);
        console.log(`  bandit -r (Python): ${peerComparison(bandit, audit)}`);
    }
    else
        console.log('  bandit: not installed (apt-get install bandit)');
    const eslint = eslintWithSecurityPlugin();
    if (typeof eslint === 'string')
        console.log(`  eslint: ${eslint} (not timed)`);
    else {
        const configFile = join(CORPUS, '..', 'eslint.config.mjs');
        writeFileSync(configFile, `import parser from ${JSON.stringify(pathToFileURL(eslint.parser).href)};\nimport security from ${JSON.stringify(pathToFileURL(eslint.plugin).href)};\nexport default [security.configs.recommended, { files: ['**/*.ts'], languageOptions: { parser } }];\n`);
        const run = () => peerRun(eslint.bin, ['--config', configFile, '--format', 'json', '--output-file', '/dev/null', ...readdirSync(CORPUS).filter((name) => name.startsWith('ts-'))]);
        const audit = () => auditThroughCli('audit TS', CORPUS, auditTs.lines, ['--jobs', '1', '--config', onlyConfig('typescript')]);
        console.log(`  eslint + eslint-plugin-security (recommended) + @typescript-eslint/parser, no type info (TS): ${peerComparison(run, audit)}`);
    }
    console.log(`\nload average at the end: ${load()} on ${availableParallelism()} CPUs — wall figures stretch under load; compare ratios within one run`);
}
await main();
