import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, type Config, type LoadedConfig } from '../core/config.js';
import { ConfigError } from '../core/errors.js';
import { computeScore } from '../core/score.js';
import { matchSuppression, readSuppressions, unusedSuppressionProblems, type Suppression } from '../core/suppressions.js';
import type { AuditResult, CheckStatus, Finding, ParseErrorNote, RuleErrorNote, Severity, SuppressionProblem } from '../core/types.js';
import { FRAMEWORKS, type Framework } from '../frameworks/index.js';
import { PythonFile } from '../languages/python/file.js';
import { firstSyntaxError as firstPythonError, loadPythonParser, parsePython } from '../languages/python/parser.js';
import { walkPython, type BoundPythonVisitor } from '../languages/python/walk.js';
import { readDockerfile } from '../languages/text/dockerfile.js';
import { readEnvFile } from '../languages/text/env-file.js';
import { readPackageJson, readPyproject, readRequirements, type Manifest } from '../languages/text/manifest.js';
import { TypeScriptFile } from '../languages/typescript/file.js';
import { firstSyntaxError as firstTypeScriptError, parseTypeScript } from '../languages/typescript/parser.js';
import { loadTypeScript } from '../languages/typescript/runtime.js';
import { kindTables, walkTypeScript, type BoundTypeScriptVisitor, type KindTable } from '../languages/typescript/walk.js';
import type { TextChecks } from '../languages/text/checks.js';
import type { Rule } from '../rule-kit/define-rule.js';
import { createPythonContext, createTextContext, createTypeScriptContext, type CurrentFile, type Sink } from './contexts.js';
import { discover, DEFAULT_MAX_FILE_SIZE, type DiscoveredFile } from './discover.js';
import type { FileKind } from './file-kinds.js';
import { assignFingerprints, compareFindings, shareRedactions, toFinding } from './finalize.js';
import { ProjectModel } from './project-model.js';
import { describeRule, loadRules } from './registry.js';
import type { ProjectRuleContext, RawFinding, TextRuleContext } from './report.js';

export interface AuditOptions {
  /** Files or directories to scan, relative to `cwd`. */
  paths: string[];
  cwd?: string;
  /** An explicit config file; otherwise the nearest one at or above the first path. */
  configFile?: string;
  /** A config the caller already loaded with `loadAuditConfig` (the CLI needs its gate keys too). */
  config?: LoadedConfig;
  maxFileSize?: number;
  /** False audits with every inline suppression off (`--no-inline-ignores`). */
  inlineIgnores?: boolean;
  /** Run only these rules (docs examples, rule fixtures). */
  onlyRules?: string[];
  /** Receives the project model after the project phase (scaffold reads apps and entry files from it). */
  onProject?: (project: ProjectModel) => void;
}

interface ActiveRule {
  rule: Rule;
  options: Record<string, unknown>;
  severity?: Severity;
}

const TEXT_CHECK_FOR_KIND: Partial<Record<FileKind, keyof TextChecks>> = {
  dockerfile: 'dockerfile',
  env: 'env',
  requirements: 'manifest',
  pyproject: 'manifest',
  'package-json': 'manifest',
  procfile: 'lines',
  compose: 'lines',
  kubernetes: 'lines',
};

function activeRules(rules: Rule[], config: Config, configFile: string | undefined, only: string[] | undefined): ActiveRule[] {
  const selected = only ? rules.filter((rule) => only.includes(rule.id)) : rules;
  const active: ActiveRule[] = [];
  for (const rule of selected) {
    const setting = config.rules[rule.id];
    if (setting === 'off' || (typeof setting === 'object' && setting.enabled === false)) continue;
    const severity = typeof setting === 'string' ? (setting as Severity) : setting?.severity;
    const rawOptions = typeof setting === 'object' ? (setting.options ?? {}) : {};
    let options: Record<string, unknown> = rawOptions;
    if (rule.options) {
      const parsed = rule.options.safeParse(rawOptions);
      if (!parsed.success) {
        throw new ConfigError(`rules.${rule.id}.options: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ')}`, configFile);
      }
      options = parsed.data as Record<string, unknown>;
    }
    active.push({ rule, options, severity });
  }
  return active;
}

function decode(buffer: Buffer): string | undefined {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  // A NUL byte in the first 8 KiB marks a binary file, as git decides.
  if (buffer.subarray(0, 8000).includes(0)) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readManifest(kind: FileKind, text: string): Manifest | undefined {
  if (kind === 'requirements') return readRequirements(text);
  if (kind === 'pyproject') return readPyproject(text);
  if (kind === 'package-json') return readPackageJson(text);
  return undefined;
}

function frameworkEnabled(framework: Framework, importsModule: (module: string) => boolean): boolean {
  return framework.enablers.length === 0 || framework.enablers.some(importsModule);
}

/** Whether a rule had anything to look at in this tree: feeds pass / not-applicable in the score. */
function ruleApplies(rule: Rule, project: ProjectModel, kinds: Set<FileKind>): boolean {
  if (rule.finish) {
    return project.apps.some((app) => rule.languages.includes(app.language) || rule.languages.length === 0 || rule.languages.includes('text'));
  }
  if (rule.python && kinds.has('python')) return true;
  if (rule.typescript && kinds.has('typescript')) return true;
  if (rule.text) {
    for (const kind of kinds) {
      const check = TEXT_CHECK_FOR_KIND[kind];
      if (check && rule.text[check]) return true;
    }
  }
  return false;
}

/** Finds, reads and validates the config that applies to an audit of `paths`. */
export async function loadAuditConfig(options: { paths: string[]; cwd?: string; configFile?: string }): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const rules = await loadRules();
  return loadConfig({
    explicitFile: options.configFile ? resolve(cwd, options.configFile) : undefined,
    scanRoot: resolve(cwd, options.paths[0] ?? '.'),
    knownRuleIds: new Set(rules.map((rule) => rule.id)),
  });
}

/**
 * Runs every enabled rule over the given paths: discover → parse once → one
 * merged walk per file → project phase → suppressions, fingerprints, score.
 * Returns data only; presentation and the exit code are the caller's.
 */
export async function audit(options: AuditOptions): Promise<AuditResult> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  const rules = await loadRules();
  const knownRuleIds = new Set(rules.map((rule) => rule.id));
  const loaded = options.config ?? (await loadAuditConfig({ paths, cwd, configFile: options.configFile }));
  const active = activeRules(rules, loaded.config, loaded.file, options.onlyRules);
  const activeIds = new Set(active.map(({ rule }) => rule.id));

  const discovery = discover({
    roots: paths,
    cwd,
    maxFileSize: options.maxFileSize ?? loaded.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ignorePatterns: loaded.config.ignore,
    ignoreBase: loaded.baseDir,
  });
  const project = new ProjectModel(discovery.roots);
  const sink: Sink = { findings: [], project };
  const current: CurrentFile = { path: '', unit: '.', text: '', kind: 'python', enabledFrameworks: new Set() };
  const kinds = new Set(discovery.files.map((file) => file.kind));
  const [pythonParser] = await Promise.all([kinds.has('python') ? loadPythonParser() : undefined, kinds.has('typescript') ? loadTypeScript() : undefined]);

  // Visitors are bound once per audit; contexts read the current file, so one walk serves every rule.
  const pythonEnter = new Map<string, BoundPythonVisitor[]>();
  const pythonExit = new Map<string, BoundPythonVisitor[]>();
  const typeScriptByName = new Map<string, BoundTypeScriptVisitor[]>();
  const textContexts: { checks: TextChecks; ctx: TextRuleContext; owner: string }[] = [];
  const addPython = (key: string, bound: BoundPythonVisitor) => {
    const [type, phase] = key.split(':');
    const table = phase === 'exit' ? pythonExit : pythonEnter;
    table.set(type, [...(table.get(type) ?? []), bound]);
  };
  const addTypeScript = (key: string, bound: BoundTypeScriptVisitor) => typeScriptByName.set(key, [...(typeScriptByName.get(key) ?? []), bound]);

  for (const framework of FRAMEWORKS) {
    if (framework.python) {
      const ctx = createPythonContext(framework.id, {}, current, sink);
      for (const [key, visit] of Object.entries(framework.python)) {
        addPython(key, { owner: `framework:${framework.id}`, ctx, visit: (node, c) => current.enabledFrameworks.has(framework.id) && visit(node, c) });
      }
    }
    if (framework.typescript) {
      const ctx = createTypeScriptContext(framework.id, {}, current, sink);
      for (const [key, visit] of Object.entries(framework.typescript)) {
        addTypeScript(key, { owner: `framework:${framework.id}`, ctx, visit: (node, c) => current.enabledFrameworks.has(framework.id) && visit(node, c) });
      }
    }
  }
  for (const { rule, options: ruleOptions } of active) {
    if (rule.python) {
      const ctx = createPythonContext(rule.id, ruleOptions, current, sink);
      for (const [key, visit] of Object.entries(rule.python.visitors)) addPython(key, { owner: rule.id, ctx, visit });
    }
    if (rule.typescript) {
      const ctx = createTypeScriptContext(rule.id, ruleOptions, current, sink);
      for (const [key, visit] of Object.entries(rule.typescript.visitors)) addTypeScript(key, { owner: rule.id, ctx, visit });
    }
    if (rule.text) textContexts.push({ checks: rule.text, ctx: createTextContext(rule.id, ruleOptions, current, sink), owner: rule.id });
  }
  const typeScriptTables: { enter: KindTable; exit: KindTable } | undefined = kinds.has('typescript') ? kindTables(typeScriptByName) : undefined;

  const parseErrors: ParseErrorNote[] = [];
  const ruleErrors: RuleErrorNote[] = [];
  const suppressionProblems: SuppressionProblem[] = [];
  const suppressionsByFile = new Map<string, Suppression[]>();
  const skipped = [...discovery.skipped];
  let filesScanned = 0;
  const onError = (owner: string, error: unknown) => {
    ruleErrors.push({ ruleId: owner, file: current.path, message: error instanceof Error ? error.message : String(error) });
  };

  const analyse = (file: DiscoveredFile, text: string) => {
    switch (file.kind) {
      case 'python': {
        const tree = parsePython(pythonParser!, text);
        try {
          const syntaxError = firstPythonError(tree);
          if (syntaxError) parseErrors.push({ file: file.path, line: syntaxError.row + 1, column: syntaxError.column + 1, message: syntaxError.message });
          const python = new PythonFile(tree, text);
          current.python = python;
          current.enabledFrameworks = new Set(FRAMEWORKS.filter((f) => f.language === 'python' && frameworkEnabled(f, (m) => python.importsModule(m))).map((f) => f.id));
          walkPython(tree, pythonEnter, pythonExit, onError);
        } finally {
          // The tree lives in wasm memory; free it now rather than at GC time.
          tree.delete();
          current.python = undefined;
        }
        break;
      }
      case 'typescript': {
        const source = parseTypeScript(file.path, text);
        const syntaxError = firstTypeScriptError(source);
        if (syntaxError) {
          const position = source.getLineAndCharacterOfPosition(syntaxError.pos);
          parseErrors.push({ file: file.path, line: position.line + 1, column: position.character + 1, message: syntaxError.message });
        }
        const typescript = new TypeScriptFile(source, text);
        current.typescript = typescript;
        current.enabledFrameworks = new Set(FRAMEWORKS.filter((f) => f.language === 'typescript' && frameworkEnabled(f, (m) => typescript.importsModule(m))).map((f) => f.id));
        walkTypeScript(source, typeScriptTables!, onError);
        current.typescript = undefined;
        break;
      }
      default: {
        const manifest = readManifest(file.kind, text);
        if (manifest) project.manifests.set(file.path, manifest);
        const parsed =
          file.kind === 'dockerfile' ? readDockerfile(text) : file.kind === 'env' ? readEnvFile(text) : manifest ?? (TEXT_CHECK_FOR_KIND[file.kind] === 'lines' ? text.split(/\r?\n/) : undefined);
        if (file.kind === 'dockerfile') project.dockerfiles.set(file.path, parsed as ReturnType<typeof readDockerfile>);
        else if (!manifest) project.configTexts.set(file.path, text);
        const check = TEXT_CHECK_FOR_KIND[file.kind];
        if (!check || parsed === undefined) break;
        for (const { checks, ctx, owner } of textContexts) {
          const run = checks[check] as ((value: unknown, c: TextRuleContext) => void) | undefined;
          if (!run) continue;
          try {
            run(parsed, ctx);
          } catch (error) {
            onError(owner, error);
          }
        }
      }
    }
  };

  for (const file of discovery.files) {
    let buffer: Buffer;
    try {
      buffer = readFileSync(file.absolutePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      skipped.push({ file: file.path, reason: code === 'ENOENT' ? 'vanished' : 'unreadable', detail: code });
      continue;
    }
    const text = decode(buffer);
    if (text === undefined) {
      skipped.push({ file: file.path, reason: 'binary' });
      continue;
    }
    current.path = file.path;
    current.kind = file.kind;
    current.text = text;
    current.lines = undefined;
    current.unit = project.unitOf(file.path);
    project.files.push({ path: file.path, kind: file.kind, unit: current.unit });
    filesScanned++;
    try {
      analyse(file, text);
    } catch (error) {
      // A parser that gives up (stack depth on pathological nesting, say) costs this file only.
      parseErrors.push({ file: file.path, line: 1, column: 1, message: `could not be analysed: ${error instanceof Error ? error.message : String(error)}` });
    }
    if (options.inlineIgnores !== false) {
      const { suppressions, problems } = readSuppressions(file.path, text, knownRuleIds);
      if (suppressions.length > 0) suppressionsByFile.set(file.path, suppressions);
      suppressionProblems.push(...problems);
    }
  }
  current.text = '';

  for (const { rule, options: ruleOptions } of active) {
    if (!rule.finish) continue;
    const ctx: ProjectRuleContext = {
      options: ruleOptions,
      report({ at, ...rest }) {
        sink.findings.push({ ...rest, ruleId: rule.id, location: at.location, snippet: at.snippet });
      },
    };
    try {
      rule.finish(project, ctx);
    } catch (error) {
      ruleErrors.push({ ruleId: rule.id, file: '(project)', message: error instanceof Error ? error.message : String(error) });
    }
  }

  options.onProject?.(project);
  const byId = new Map(active.map((entry) => [entry.rule.id, entry]));
  let suppressed = 0;
  const findings: Finding[] = [];
  for (const raw of shareRedactions(dedupe(sink.findings))) {
    const entry = byId.get(raw.ruleId)!;
    const suppression = matchSuppression(suppressionsByFile.get(raw.location.file) ?? [], raw.ruleId, raw.location.line);
    if (suppression) {
      suppression.used = true;
      suppressed++;
      continue;
    }
    findings.push(toFinding(raw, entry.rule, entry.severity));
  }
  for (const [file, suppressions] of suppressionsByFile) {
    suppressionProblems.push(...unusedSuppressionProblems(file, suppressions.filter((s) => activeIds.has(s.ruleId))));
  }
  findings.sort(compareFindings);
  assignFingerprints(findings);

  const checks: Record<string, CheckStatus> = {};
  const failing = new Set(findings.map((finding) => finding.ruleId));
  for (const { rule } of active) {
    checks[rule.id] = failing.has(rule.id) ? 'fail' : ruleApplies(rule, project, kinds) ? 'pass' : 'not-applicable';
  }
  const descriptors = active.map(({ rule, severity }) => ({ ...describeRule(rule), ...(severity ? { severity } : {}) }));
  suppressionProblems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    kind: 'audit',
    findings,
    score: computeScore(descriptors, checks, findings),
    summary: {
      filesScanned,
      filesSkipped: skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
      parseErrors,
      ruleErrors,
      suppressionProblems,
      suppressed,
      durationMs: Math.round(performance.now() - started),
    },
    rules: descriptors,
    checks,
    cwd,
  };
}

/** One finding per rule and exact span: two visitors of one rule reaching the same node report once. */
function dedupe(findings: RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const { file, line, column, endLine, endColumn } = finding.location;
    const key = `${finding.ruleId}\0${file}\0${line}:${column}-${endLine}:${endColumn}\0${finding.messageId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
