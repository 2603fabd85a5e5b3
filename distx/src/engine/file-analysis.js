import { createRequire as __cr } from 'node:module';
const require_fs = () => __cr(import.meta.url)('node:fs');
import { ConfigError } from '../core/errors.js';
import { readSuppressions } from '../core/suppressions.js';
import { FRAMEWORKS } from '../frameworks/index.js';
import { PythonFile } from '../languages/python/file.js';
import { firstSyntaxError as firstPythonError, loadPythonParser, parsePython } from '../languages/python/parser.js';
import { walkPython } from '../languages/python/walk.js';
import { readDockerfile } from '../languages/text/dockerfile.js';
import { readEnvFile } from '../languages/text/env-file.js';
import { readPackageJson, readPyproject, readRequirements } from '../languages/text/manifest.js';
import { TypeScriptFile } from '../languages/typescript/file.js';
import { firstSyntaxError as firstTypeScriptError, parseTypeScript } from '../languages/typescript/parser.js';
import { PrefilterIndex } from '../languages/typescript/prefilter-index.js';
import { loadTypeScript } from '../languages/typescript/runtime.js';
import { kindTables, planWalk, walkTypeScript } from '../languages/typescript/walk.js';
import { createPythonContext, createTextContext, createTypeScriptContext } from './contexts.js';
import { ProjectModel } from './project-model.js';
import { readSourceTexts } from './source-text.js';
/**
 * Up to this many files, and this many bytes, are read before any of them is analysed. A read between two parses
 * finds the read path (the system call, the kernel's copy, UTF-8 decoding) cold; in a loop it stays warm: the
 * bench corpus's 11,200 TypeScript files took 320 ms to read one at a time between analyses, 155 ms in batches
 * of 64 (12 a batch: 220 ms). The bytes bound keeps a batch of large files from holding many megabytes at once.
 */
const READ_AHEAD_FILES = 64;
const READ_AHEAD_BYTES = 1024 * 1024;
export const TEXT_CHECK_FOR_KIND = {
    dockerfile: 'dockerfile',
    env: 'env',
    requirements: 'manifest',
    pyproject: 'manifest',
    'package-json': 'manifest',
    procfile: 'lines',
    compose: 'lines',
    kubernetes: 'lines',
};
export async function activeRules(rules, config, configFile, only) {
    const selected = only ? rules.filter((rule) => only.includes(rule.id)) : rules;
    const active = [];
    for (const rule of selected) {
        const setting = config.rules[rule.id];
        if (setting === 'off' || (typeof setting === 'object' && setting.enabled === false))
            continue;
        const severity = typeof setting === 'string' ? setting : setting?.severity;
        const rawOptions = typeof setting === 'object' ? (setting.options ?? {}) : {};
        let options = rule.options?.defaults ?? {};
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
function readManifest(kind, text) {
    if (kind === 'requirements')
        return readRequirements(text);
    if (kind === 'pyproject')
        return readPyproject(text);
    if (kind === 'package-json')
        return readPackageJson(text);
    return undefined;
}
function frameworkEnabled(framework, file, path) {
    if (framework.enablers.length === 0 && !framework.paths)
        return true;
    return framework.enablers.some((module) => file.importsModule(module)) || !!framework.paths?.test(path);
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
class LanguageVisitors {
    language;
    build;
    usePrefilters;
    compilePrefilters;
    registered = [];
    prefilters = [];
    tables = new Map();
    // Compiled on the first file, once every visitor is registered.
    passedBy;
    constructor(language, 
    /** Turns visitor lists by key (`call`, `CallExpression:exit`) into what the walk takes. */
    build, 
    /** False runs every rule on every file (`AGENT_HARDEN_PREFILTER=off`, to check a prefilter). */
    usePrefilters, 
    /** Which of `prefilters` a file passes, by index (1 passes). */
    compilePrefilters) {
        this.language = language;
        this.build = build;
        this.usePrefilters = usePrefilters;
        this.compilePrefilters = compilePrefilters;
    }
    add(key, bound, scope = {}) {
        // A prefilter and each one it must pass as well (`and`), by index: the file must pass them all.
        const prefilters = [];
        for (let prefilter = this.usePrefilters ? scope.prefilter : undefined; prefilter; prefilter = prefilter.and) {
            let index = this.prefilters.indexOf(prefilter);
            if (index < 0)
                index = this.prefilters.push(prefilter) - 1;
            prefilters.push(index);
        }
        this.registered.push({ key, bound, framework: scope.framework, prefilters });
    }
    /** The tables for a file at `path` that imports and holds what `file` says. */
    forFile(file, path) {
        const enabled = FRAMEWORKS.filter((framework) => framework.language === this.language && frameworkEnabled(framework, file, path)).map((framework) => framework.id);
        this.passedBy ??= this.compilePrefilters(this.prefilters);
        const passed = this.passedBy(file);
        return this.tablesFor(enabled, passed);
    }
    /** The tables of a file that imports every framework and passes every prefilter. */
    allTables() {
        const enabled = FRAMEWORKS.filter((framework) => framework.language === this.language).map((framework) => framework.id);
        return this.tablesFor(enabled, new Uint8Array(this.prefilters.length).fill(1));
    }
    tablesFor(enabled, passed) {
        // One character per prefilter (0 or 1), made for every file in one native call (`apply` takes the typed array as it is).
        const key = `${enabled.join(',')}|${String.fromCharCode.apply(null, passed)}`;
        let tables = this.tables.get(key);
        if (!tables) {
            if (this.tables.size >= MAX_TABLES)
                this.tables.clear();
            this.tables.set(key, (tables = this.build(this.byKey(enabled, passed))));
        }
        return tables;
    }
    /** Visitor lists by key, in registration order: frameworks, then rules. */
    byKey(enabled, passed) {
        const byKey = new Map();
        for (const { key, bound, framework, prefilters } of this.registered) {
            if (framework && !enabled.includes(framework))
                continue;
            if (prefilters.some((index) => !passed[index]))
                continue;
            const list = byKey.get(key);
            if (list)
                list.push(bound);
            else
                byKey.set(key, [bound]);
        }
        return byKey;
    }
}
/** Python visitor lists split into enter and exit maps keyed by node type. */
function byPhase(byKey) {
    const enter = new Map();
    const exit = new Map();
    for (const [key, bound] of byKey) {
        const [type, when] = key.split(':');
        (when === 'exit' ? exit : enter).set(type, bound);
    }
    return { enter, exit };
}
/**
 * Binds every framework detector and rule visitor once, and returns the
 * function that reads, parses and walks files: one walk of a file serves every
 * rule, since contexts read the current file.
 */
export async function createFileAnalyser(setup) {
    const { active, kinds, knownRuleIds, timings } = setup;
    const phase = (label, work) => (timings ? timings.measure(label, work) : work());
    // Collects what the current file's visitors record; emptied into its outcome after each file.
    const collector = new ProjectModel(setup.roots);
    const sink = { findings: [], project: collector };
    const current = { path: '', unit: '.', text: '', kind: 'python' };
    const [pythonParser] = await Promise.all([kinds.has('python') ? loadPythonParser() : undefined, kinds.has('typescript') ? loadTypeScript() : undefined]);
    const usePrefilters = setup.prefilters ?? true;
    const noPrefilters = new Uint8Array(0);
    const pythonVisitors = new LanguageVisitors('python', byPhase, usePrefilters, () => () => noPrefilters);
    const typeScriptVisitors = new LanguageVisitors('typescript', kindTables, usePrefilters, (prefilters) => {
        const index = new PrefilterIndex(prefilters);
        return (file) => index.passed(file);
    });
    const textContexts = [];
    const fsx = require_fs();
    const MODE = process.env.ORACLE_MODE;
    const REC = MODE === 'use' ? new Set(fsx.readFileSync('/tmp/oracle.txt', 'utf8').split('\n')) : new Set();
    const count = () => sink.findings.length + collector.facts.length + collector.apps.length + collector.routes.length;
    let lastPath = ''; let allowed; const byPath = new Map();
    for (const k of REC) { const [o, f] = k.split('\0'); if (!byPath.has(f)) byPath.set(f, new Set()); byPath.get(f).add(o); }
    const timed = (bound) => MODE === 'record'
      ? { ...bound, visit: (node, ctx) => { const before = count(); bound.visit(node, ctx); if (count() !== before) REC.add(bound.owner + '\0' + current.path); } }
      : MODE === 'use' ? { ...bound, visit: (node, ctx) => { if (lastPath !== current.path) { lastPath = current.path; allowed = byPath.get(lastPath); } if (allowed !== undefined && allowed.has(bound.owner)) bound.visit(node, ctx); } } : bound;
    if (MODE === 'record') process.on('exit', () => fsx.writeFileSync('/tmp/oracle.txt', [...REC].join('\n')));
    for (const framework of FRAMEWORKS) {
        const owner = `framework:${framework.id}`;
        if (framework.python) {
            const ctx = createPythonContext(framework.id, {}, current, sink);
            for (const [key, visit] of Object.entries(framework.python))
                pythonVisitors.add(key, timed({ owner, ctx, visit }), { framework: framework.id });
        }
        if (framework.typescript) {
            const ctx = createTypeScriptContext(framework.id, {}, current, sink);
            for (const [key, visit] of Object.entries(framework.typescript))
                typeScriptVisitors.add(key, timed({ owner, ctx, visit }), { framework: framework.id });
        }
    }
    for (const { rule, options: ruleOptions } of active) {
        if (rule.python) {
            const ctx = createPythonContext(rule.id, ruleOptions, current, sink);
            for (const [key, visit] of Object.entries(rule.python.visitors))
                pythonVisitors.add(key, timed({ owner: rule.id, ctx, visit }));
        }
        if (rule.typescript) {
            const ctx = createTypeScriptContext(rule.id, ruleOptions, current, sink);
            for (const { visitors, prefilter } of [rule.typescript, ...(rule.typescript.groups ?? [])]) {
                for (const [key, visit] of Object.entries(visitors))
                    typeScriptVisitors.add(key, timed({ owner: rule.id, ctx, visit }), { prefilter });
            }
        }
        if (rule.text)
            textContexts.push({ checks: rule.text, ctx: createTextContext(rule.id, ruleOptions, current, sink), owner: rule.id });
    }
    // Built now, as for a file that imports every framework and passes every prefilter, so a visitor keyed by an unknown SyntaxKind fails the audit before any file.
    if (kinds.has('typescript'))
        typeScriptVisitors.allTables();
    let outcome;
    const onError = (owner, error) => {
        outcome.ruleErrors.push({ ruleId: owner, file: current.path, message: error instanceof Error ? error.message : String(error) });
    };
    const analyse = (file, text) => {
        switch (file.kind) {
            case 'python': {
                const tree = phase('(parse Python)', () => parsePython(pythonParser, text));
                try {
                    const syntaxError = firstPythonError(tree);
                    if (syntaxError)
                        outcome.parseErrors.push({ file: file.path, line: syntaxError.row + 1, column: syntaxError.column + 1, message: syntaxError.message });
                    const python = phase('(file index)', () => new PythonFile(tree, text));
                    current.python = python;
                    const { enter, exit } = pythonVisitors.forFile(python, file.path);
                    walkPython(tree, enter, exit, onError);
                }
                finally {
                    current.python = undefined;
                }
                break;
            }
            case 'typescript': {
                const source = phase('(parse TS/JS)', () => parseTypeScript(file.path, text));
                const typescript = phase('(file index)', () => new TypeScriptFile(source, text));
                const syntaxError = firstTypeScriptError(source);
                if (syntaxError) {
                    const position = typescript.lineAndCharacter(syntaxError.pos);
                    outcome.parseErrors.push({ file: file.path, line: position.line + 1, column: position.character + 1, message: syntaxError.message });
                }
                const tables = phase('(prefilters)', () => typeScriptVisitors.forFile(typescript, file.path));
                const walk = phase('(parse TS/JS)', () => planWalk(source, tables));
                typescript.indexCalls(walk.calls);
                current.typescript = typescript;
                walkTypeScript(walk, onError);
                current.typescript = undefined;
                break;
            }
            default: {
                const manifest = readManifest(file.kind, text);
                if (manifest)
                    outcome.manifest = manifest;
                const parsed = file.kind === 'dockerfile' ? readDockerfile(text) : file.kind === 'env' ? readEnvFile(text) : manifest ?? (TEXT_CHECK_FOR_KIND[file.kind] === 'lines' ? text.split(/\r?\n/) : undefined);
                if (file.kind === 'dockerfile')
                    outcome.dockerfile = parsed;
                else if (!manifest)
                    outcome.configText = text;
                const check = TEXT_CHECK_FOR_KIND[file.kind];
                if (!check || parsed === undefined)
                    break;
                for (const { checks, ctx, owner } of textContexts) {
                    const run = checks[check];
                    if (!run)
                        continue;
                    try {
                        if (timings)
                            timings.measure(owner, () => run(parsed, ctx));
                        else
                            run(parsed, ctx);
                    }
                    catch (error) {
                        onError(owner, error);
                    }
                }
            }
        }
    };
    const analyseFile = (file, read) => {
        outcome = { findings: [], apps: [], routes: [], facts: [], parseErrors: [], ruleErrors: [], suppressions: [], suppressionProblems: [] };
        if ('error' in read) {
            const code = read.error.code;
            outcome.skipped = { file: file.path, reason: code === 'ENOENT' ? 'vanished' : 'unreadable', detail: code };
            return outcome;
        }
        const { text } = read;
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
            analyse(file, text);
        }
        catch (error) {
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
        const outcomes = [];
        for (let start = 0; start < files.length;) {
            let end = start + 1;
            let bytes = files[start].size;
            while (end < files.length && end - start < READ_AHEAD_FILES && bytes + files[end].size <= READ_AHEAD_BYTES)
                bytes += files[end++].size;
            const batch = files.slice(start, end);
            const reads = phase('(read)', () => readSourceTexts(batch.map((file) => file.absolutePath)));
            batch.forEach((file, index) => outcomes.push(analyseFile(file, reads[index])));
            start = end;
        }
        return outcomes;
    };
}
