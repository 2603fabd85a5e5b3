import type { Config } from '../core/config.js';
import { ConfigError } from '../core/errors.js';
import { readSuppressions, type Suppression } from '../core/suppressions.js';
import type { ParseErrorNote, RuleErrorNote, Severity, SkippedFile, SuppressionProblem } from '../core/types.js';
import { FRAMEWORKS, type Framework } from '../frameworks/index.js';
import { PythonFile } from '../languages/python/file.js';
import { firstSyntaxError as firstPythonError, loadPythonParser, parsePython } from '../languages/python/parser.js';
import { walkPython, type BoundPythonVisitor } from '../languages/python/walk.js';
import type { TextChecks } from '../languages/text/checks.js';
import { readDockerfile, type Dockerfile } from '../languages/text/dockerfile.js';
import { readEnvFile } from '../languages/text/env-file.js';
import { readPackageJson, readPyproject, readRequirements, type Manifest } from '../languages/text/manifest.js';
import { TypeScriptFile } from '../languages/typescript/file.js';
import { firstSyntaxError as firstTypeScriptError, parseTypeScript } from '../languages/typescript/parser.js';
import { PrefilterIndex } from '../languages/typescript/prefilter-index.js';
import { loadTypeScript } from '../languages/typescript/runtime.js';
import { kindTables, planWalk, walkTypeScript, type BoundTypeScriptVisitor, type CalleeFilter, type TypeScriptPrefilter } from '../languages/typescript/walk.js';
import type { Rule } from '../rule-kit/define-rule.js';
import { createPythonContext, createTextContext, createTypeScriptContext, type CurrentFile, type Sink } from './contexts.js';
import type { DiscoveredFile } from './discover.js';
import type { FileKind } from './file-kinds.js';
import { ProjectModel, type AppInfo, type CodeLanguage, type Fact, type FrameworkId, type RouteInfo, type ScannedFile } from './project-model.js';
import type { RawFinding, TextRuleContext } from './report.js';
import { decodeSource, hasUtf16Bom, readSourceBytes, type SourceRead } from './source-text.js';
import type { Timings } from './timing.js';

export interface ActiveRule {
  rule: Rule;
  options: Record<string, unknown>;
  severity?: Severity;
}

/**
 * Everything one file contributes to an audit. Plain data (structured-clonable),
 * so a worker thread can produce it and the main thread merge it in discovery
 * order, giving the same result as a one-thread run.
 */
export interface FileOutcome {
  /** Set when the file could not be read or is binary; nothing else is then. */
  skipped?: SkippedFile;
  scanned?: ScannedFile;
  findings: RawFinding[];
  apps: AppInfo[];
  routes: RouteInfo[];
  facts: Fact[];
  manifest?: Manifest;
  dockerfile?: Dockerfile;
  configText?: string;
  parseErrors: ParseErrorNote[];
  ruleErrors: RuleErrorNote[];
  suppressions: Suppression[];
  suppressionProblems: SuppressionProblem[];
}

/** Analyses files in the order given, reading them a batch at a time first (see READ_AHEAD_FILES). */
export type FileAnalyser = (files: readonly DiscoveredFile[]) => FileOutcome[];

/**
 * Up to this many files, and this many bytes, are read before any of them is analysed (their bytes; each text is
 * decoded as its analysis starts, see readSourceBytes). A read between two parses finds the read path (the system
 * call, the kernel's copy) cold; in a loop it stays warm: the bench corpus's 11,200 TypeScript files took 320 ms to
 * read one at a time between analyses, 155 ms in batches of 64 (12 a batch: 220 ms). The bytes bound keeps a batch
 * of large files from holding many megabytes at once.
 */
const READ_AHEAD_FILES = 64;
const READ_AHEAD_BYTES = 1024 * 1024;

export const TEXT_CHECK_FOR_KIND: Partial<Record<FileKind, keyof TextChecks>> = {
  dockerfile: 'dockerfile',
  env: 'env',
  requirements: 'manifest',
  pyproject: 'manifest',
  'package-json': 'manifest',
  procfile: 'lines',
  compose: 'lines',
  kubernetes: 'lines',
};

export async function activeRules(rules: Rule[], config: Config, configFile: string | undefined, only: string[] | undefined): Promise<ActiveRule[]> {
  const selected = only ? rules.filter((rule) => only.includes(rule.id)) : rules;
  const active: ActiveRule[] = [];
  for (const rule of selected) {
    const setting = config.rules[rule.id];
    if (setting === 'off' || (typeof setting === 'object' && setting.enabled === false)) continue;
    const severity = typeof setting === 'string' ? (setting as Severity) : setting?.severity;
    const rawOptions = typeof setting === 'object' ? (setting.options ?? {}) : {};
    let options: Record<string, unknown> = rule.options?.defaults ?? {};
    if (rule.options && Object.keys(rawOptions).length > 0) {
      const { z } = await import('zod');
      const parsed = rule.options.schema(z).safeParse(rawOptions);
      if (!parsed.success) {
        throw new ConfigError(`rules.${rule.id}.options: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ')}`, configFile);
      }
      options = parsed.data;
    }
    active.push({ rule, options, severity });
  }
  return active;
}

function readManifest(kind: FileKind, text: string): Manifest | undefined {
  if (kind === 'requirements') return readRequirements(text);
  if (kind === 'pyproject') return readPyproject(text);
  if (kind === 'package-json') return readPackageJson(text);
  return undefined;
}

function frameworkEnabled(framework: Framework, file: FileScope, path: string): boolean {
  if (framework.enablers.length === 0 && !framework.paths) return true;
  return framework.enablers.some((module) => file.importsModule(module)) || !!framework.paths?.test(path);
}

/** What a file's visitor tables depend on besides its prefilters and path: the frameworks it imports. */
interface FileScope {
  importsModule(module: string): boolean;
}

// Tables kept per combination of frameworks and passed prefilters; a repository of many kinds of files
// could make more combinations than are worth keeping, so the cache starts over past this many.
const MAX_TABLES = 256;

/**
 * One language's visitors, each framework visitor with its framework and each rule visitor with its
 * rule's prefilter, and the tables a file's walk runs. A file gets only the visitors of the frameworks
 * it enables and of the rules whose prefilter it passes: five TypeScript framework modules visit every
 * call, most files import one framework or none, and most files of a real repository hold nothing a
 * given rule looks for. Tables are built once per combination, a few dozen per audit.
 */
class LanguageVisitors<B, T, P extends { and?: P }, F extends FileScope> {
  private readonly registered: { key: string; bound: B; framework?: FrameworkId; prefilters: number[] }[] = [];
  private readonly prefilters: P[] = [];
  private readonly tables = new Map<string, T>();
  // Compiled on the first file, once every visitor is registered.
  private passedBy?: (file: F) => Uint8Array;

  constructor(
    private readonly language: CodeLanguage,
    /** Turns visitor lists by key (`call`, `CallExpression:exit`) into what the walk takes. */
    private readonly build: (byKey: Map<string, B[]>) => T,
    /** False runs every rule on every file (`AGENT_HARDEN_PREFILTER=off`, to check a prefilter). */
    private readonly usePrefilters: boolean,
    /** Which of `prefilters` a file passes, by index (1 passes). */
    private readonly compilePrefilters: (prefilters: readonly P[]) => (file: F) => Uint8Array,
  ) {}

  add(key: string, bound: B, scope: { framework?: FrameworkId; prefilter?: P } = {}): void {
    // A prefilter and each one it must pass as well (`and`), by index: the file must pass them all.
    const prefilters: number[] = [];
    for (let prefilter = this.usePrefilters ? scope.prefilter : undefined; prefilter; prefilter = prefilter.and) {
      let index = this.prefilters.indexOf(prefilter);
      if (index < 0) index = this.prefilters.push(prefilter) - 1;
      prefilters.push(index);
    }
    this.registered.push({ key, bound, framework: scope.framework, prefilters });
  }

  /** The tables for a file at `path` that imports and holds what `file` says. */
  forFile(file: F, path: string): T {
    const enabled = FRAMEWORKS.filter((framework) => framework.language === this.language && frameworkEnabled(framework, file, path)).map((framework) => framework.id);
    this.passedBy ??= this.compilePrefilters(this.prefilters);
    const passed = this.passedBy(file);
    return this.tablesFor(enabled, passed);
  }

  /** The tables of a file that imports every framework and passes every prefilter. */
  allTables(): T {
    const enabled = FRAMEWORKS.filter((framework) => framework.language === this.language).map((framework) => framework.id);
    return this.tablesFor(enabled, new Uint8Array(this.prefilters.length).fill(1));
  }

  private tablesFor(enabled: readonly FrameworkId[], passed: Uint8Array): T {
    // One character per prefilter (0 or 1), made for every file in one native call (`apply` takes the typed array as it is).
    const key = `${enabled.join(',')}|${String.fromCharCode.apply(null, passed as unknown as number[])}`;
    let tables = this.tables.get(key);
    if (!tables) {
      if (this.tables.size >= MAX_TABLES) this.tables.clear();
      this.tables.set(key, (tables = this.build(this.byKey(enabled, passed))));
    }
    return tables;
  }

  /** Visitor lists by key, in registration order: frameworks, then rules. */
  private byKey(enabled: readonly FrameworkId[], passed: Uint8Array): Map<string, B[]> {
    const byKey = new Map<string, B[]>();
    for (const { key, bound, framework, prefilters } of this.registered) {
      if (framework && !enabled.includes(framework)) continue;
      if (prefilters.some((index) => !passed[index])) continue;
      const list = byKey.get(key);
      if (list) list.push(bound);
      else byKey.set(key, [bound]);
    }
    return byKey;
  }
}

/** Python visitor lists split into enter and exit maps keyed by node type. */
function byPhase(byKey: Map<string, BoundPythonVisitor[]>): { enter: Map<string, BoundPythonVisitor[]>; exit: Map<string, BoundPythonVisitor[]> } {
  const enter = new Map<string, BoundPythonVisitor[]>();
  const exit = new Map<string, BoundPythonVisitor[]>();
  for (const [key, bound] of byKey) {
    const [type, when] = key.split(':');
    (when === 'exit' ? exit : enter).set(type, bound);
  }
  return { enter, exit };
}

export interface AnalyserSetup {
  active: ActiveRule[];
  /** File kinds present in the scan: parsers for absent languages are never loaded. */
  kinds: ReadonlySet<FileKind>;
  /** Unit roots of the scan (see ProjectModel.unitOf). */
  roots: Iterable<string>;
  knownRuleIds: ReadonlySet<string>;
  timings?: Timings;
  /** False runs every rule on every file, ignoring rules' prefilters (`AGENT_HARDEN_PREFILTER=off`). */
  prefilters?: boolean;
}

/**
 * Binds every framework detector and rule visitor once, and returns the
 * function that reads, parses and walks files: one walk of a file serves every
 * rule, since contexts read the current file.
 */
export async function createFileAnalyser(setup: AnalyserSetup): Promise<FileAnalyser> {
  const { active, kinds, knownRuleIds, timings } = setup;
  const phase = <T>(label: string, work: () => T): T => (timings ? timings.measure(label, work) : work());
  // Collects what the current file's visitors record; emptied into its outcome after each file.
  const collector = new ProjectModel(setup.roots);
  const sink: Sink = { findings: [], project: collector };
  const current: CurrentFile = { path: '', unit: '.', text: '', kind: 'python' };
  const [pythonParser] = await Promise.all([kinds.has('python') ? loadPythonParser() : undefined, kinds.has('typescript') ? loadTypeScript() : undefined]);

  const usePrefilters = setup.prefilters ?? true;
  const noPrefilters = new Uint8Array(0);
  const pythonVisitors = new LanguageVisitors<BoundPythonVisitor, ReturnType<typeof byPhase>, never, PythonFile>('python', byPhase, usePrefilters, () => () => noPrefilters);
  const typeScriptVisitors = new LanguageVisitors<BoundTypeScriptVisitor, ReturnType<typeof kindTables>, TypeScriptPrefilter, TypeScriptFile>('typescript', kindTables, usePrefilters, (prefilters) => {
    const index = new PrefilterIndex(prefilters);
    return (file) => index.passed(file);
  });
  const textContexts: { checks: TextChecks; ctx: TextRuleContext; owner: string }[] = [];
  // Prefilters off, every call goes to every visitor as well: the switch checks callee filters too.
  const withCallees = (bound: BoundTypeScriptVisitor, key: string, callees: CalleeFilter | undefined): BoundTypeScriptVisitor =>
    callees && usePrefilters && key.split(':')[0] === 'CallExpression' ? { ...bound, callees } : bound;
  const timed = <B extends { owner: string; visit: (...args: never[]) => unknown }>(bound: B): B => (timings ? { ...bound, visit: timings.wrap(bound.owner, bound.visit) } : bound);

  for (const framework of FRAMEWORKS) {
    const owner = `framework:${framework.id}`;
    if (framework.python) {
      const ctx = createPythonContext(framework.id, {}, current, sink);
      for (const [key, visit] of Object.entries(framework.python)) pythonVisitors.add(key, timed({ owner, ctx, visit }), { framework: framework.id });
    }
    if (framework.typescript) {
      const ctx = createTypeScriptContext(framework.id, {}, current, sink);
      for (const [key, visit] of Object.entries(framework.typescript)) {
        typeScriptVisitors.add(key, timed(withCallees({ owner, ctx, visit }, key, framework.typescriptCallees)), { framework: framework.id });
      }
    }
  }
  for (const { rule, options: ruleOptions } of active) {
    if (rule.python) {
      const ctx = createPythonContext(rule.id, ruleOptions, current, sink);
      for (const [key, visit] of Object.entries(rule.python.visitors)) pythonVisitors.add(key, timed({ owner: rule.id, ctx, visit }));
    }
    if (rule.typescript) {
      const ctx = createTypeScriptContext(rule.id, ruleOptions, current, sink);
      for (const { visitors, prefilter, callees } of [rule.typescript, ...(rule.typescript.groups ?? [])]) {
        for (const [key, visit] of Object.entries(visitors)) typeScriptVisitors.add(key, timed(withCallees({ owner: rule.id, ctx, visit }, key, callees)), { prefilter });
      }
    }
    if (rule.text) textContexts.push({ checks: rule.text, ctx: createTextContext(rule.id, ruleOptions, current, sink), owner: rule.id });
  }
  // Built now, as for a file that imports every framework and passes every prefilter, so a visitor keyed by an unknown SyntaxKind fails the audit before any file.
  if (kinds.has('typescript')) typeScriptVisitors.allTables();

  let outcome: FileOutcome;
  const onError = (owner: string, error: unknown) => {
    outcome.ruleErrors.push({ ruleId: owner, file: current.path, message: error instanceof Error ? error.message : String(error) });
  };

  const analyse = (file: DiscoveredFile, text: string, bytes: Buffer) => {
    switch (file.kind) {
      case 'python': {
        const tree = phase('(parse Python)', () => parsePython(pythonParser!, text));
        try {
          const syntaxError = firstPythonError(tree);
          if (syntaxError) outcome.parseErrors.push({ file: file.path, line: syntaxError.row + 1, column: syntaxError.column + 1, message: syntaxError.message });
          const python = phase('(file index)', () => new PythonFile(tree, text));
          current.python = python;
          const { enter, exit } = pythonVisitors.forFile(python, file.path);
          walkPython(tree, enter, exit, onError);
        } finally {
          current.python = undefined;
        }
        break;
      }
      case 'typescript': {
        const source = phase('(parse TS/JS)', () => parseTypeScript(file.path, text));
        const typescript = phase('(file index)', () => new TypeScriptFile(source, text, hasUtf16Bom(bytes) ? undefined : bytes));
        const syntaxError = firstTypeScriptError(source);
        if (syntaxError) {
          const position = typescript.lineAndCharacter(syntaxError.pos);
          outcome.parseErrors.push({ file: file.path, line: position.line + 1, column: position.character + 1, message: syntaxError.message });
        }
        const tables = phase('(prefilters)', () => typeScriptVisitors.forFile(typescript, file.path));
        const walk = phase('(parse TS/JS)', () => planWalk(source, tables, (name) => typescript.qualifiedName(name)));
        typescript.indexCalls(walk.calls);
        current.typescript = typescript;
        walkTypeScript(walk, onError);
        current.typescript = undefined;
        break;
      }
      default: {
        const manifest = readManifest(file.kind, text);
        if (manifest) outcome.manifest = manifest;
        const parsed =
          file.kind === 'dockerfile' ? readDockerfile(text) : file.kind === 'env' ? readEnvFile(text) : manifest ?? (TEXT_CHECK_FOR_KIND[file.kind] === 'lines' ? text.split(/\r?\n/) : undefined);
        if (file.kind === 'dockerfile') outcome.dockerfile = parsed as Dockerfile;
        else if (!manifest) outcome.configText = text;
        const check = TEXT_CHECK_FOR_KIND[file.kind];
        if (!check || parsed === undefined) break;
        for (const { checks, ctx, owner } of textContexts) {
          const run = checks[check] as ((value: unknown, c: TextRuleContext) => void) | undefined;
          if (!run) continue;
          try {
            if (timings) timings.measure(owner, () => run(parsed, ctx));
            else run(parsed, ctx);
          } catch (error) {
            onError(owner, error);
          }
        }
      }
    }
  };

  const analyseFile = (file: DiscoveredFile, read: SourceRead): FileOutcome => {
    outcome = { findings: [], apps: [], routes: [], facts: [], parseErrors: [], ruleErrors: [], suppressions: [], suppressionProblems: [] };
    if ('error' in read) {
      const code = read.error.code;
      outcome.skipped = { file: file.path, reason: code === 'ENOENT' ? 'vanished' : 'unreadable', detail: code };
      return outcome;
    }
    const text = phase('(read)', () => decodeSource(read.bytes));
    if (text === undefined) {
      outcome.skipped = { file: file.path, reason: 'binary' };
      return outcome;
    }
    current.path = file.path;
    current.kind = file.kind;
    current.text = text;
    current.lines = undefined;
    current.unit = collector.unitOf(file.path);
    outcome.scanned = { path: file.path, kind: file.kind, unit: current.unit };
    try {
      analyse(file, text, read.bytes);
    } catch (error) {
      // A parser that gives up (stack depth on pathological nesting, say) costs this file only.
      outcome.parseErrors.push({ file: file.path, line: 1, column: 1, message: `could not be analysed: ${error instanceof Error ? error.message : String(error)}` });
    }
    current.text = '';
    const { suppressions, problems } = phase('(suppression comments)', () => readSuppressions(file.path, text, knownRuleIds));
    outcome.suppressions = suppressions;
    outcome.suppressionProblems = problems;
    outcome.findings = sink.findings.splice(0);
    outcome.apps = collector.apps.splice(0);
    outcome.routes = collector.routes.splice(0);
    outcome.facts = collector.facts.splice(0);
    return outcome;
  };

  return (files) => {
    const outcomes: FileOutcome[] = [];
    for (let start = 0; start < files.length; ) {
      let end = start + 1;
      let bytes = files[start].size;
      while (end < files.length && end - start < READ_AHEAD_FILES && bytes + files[end].size <= READ_AHEAD_BYTES) bytes += files[end++].size;
      const batch = files.slice(start, end);
      const reads = phase('(read)', () => readSourceBytes(batch.map((file) => file.absolutePath)));
      batch.forEach((file, index) => outcomes.push(analyseFile(file, reads[index])));
      start = end;
    }
    return outcomes;
  };
}
