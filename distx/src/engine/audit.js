import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../core/config.js';
import { computeScore } from '../core/score.js';
import { toolVersion } from '../core/tool-info.js';
import { matchSuppression, unusedSuppressionProblems } from '../core/suppressions.js';
import { AuditCache, cacheSalt } from './cache.js';
import { rawFinding } from './contexts.js';
import { discover, DEFAULT_MAX_FILE_SIZE } from './discover.js';
import { activeRules, TEXT_CHECK_FOR_KIND } from './file-analysis.js';
import { assignFingerprints, compareFindings, shareRedactions, toFinding } from './finalize.js';
import { analyseInThread, analyseInWorkers, useWorkers } from './parallel.js';
import { ProjectModel } from './project-model.js';
import { describeRule, loadRules, ruleIds } from './registry.js';
/** Whether a rule had anything to look at in this tree: feeds pass / not-applicable in the score. */
function ruleApplies(rule, project, kinds) {
    if (rule.finish) {
        return project.apps.some((app) => rule.languages.includes(app.language) || rule.languages.length === 0 || rule.languages.includes('text'));
    }
    if (rule.python && kinds.has('python'))
        return true;
    if (rule.typescript && kinds.has('typescript'))
        return true;
    if (rule.text) {
        for (const kind of kinds) {
            const check = TEXT_CHECK_FOR_KIND[kind];
            if (check && rule.text[check])
                return true;
        }
    }
    return false;
}
/** Finds, reads and validates the config that applies to an audit of `paths`. */
export async function loadAuditConfig(options) {
    const cwd = resolve(options.cwd ?? process.cwd());
    return loadConfig({
        explicitFile: options.configFile ? resolve(cwd, options.configFile) : undefined,
        scanRoot: resolve(cwd, options.paths[0] ?? '.'),
        knownRuleIds: new Set(ruleIds()),
    });
}
/**
 * Runs every enabled rule over the given paths: discover → parse once → one
 * merged walk per file → project phase → suppressions, fingerprints, score.
 * Returns data only; presentation and the exit code are the caller's.
 */
export async function audit(options) {
    const started = performance.now();
    const cwd = resolve(options.cwd ?? process.cwd());
    const paths = options.paths.length > 0 ? options.paths : ['.'];
    const loaded = options.config ?? (await loadAuditConfig({ paths, cwd, configFile: options.configFile }));
    const timings = options.timings;
    const phase = (label, work) => (timings ? timings.measure(label, work) : work());
    const discovery = phase('(discover)', () => discover({
        roots: paths,
        cwd,
        maxFileSize: options.maxFileSize ?? loaded.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
        ignorePatterns: loaded.config.ignore,
        ignoreBase: loaded.baseDir,
    }));
    const project = new ProjectModel(discovery.roots);
    const sink = { findings: [], project };
    const kinds = new Set(discovery.files.map((file) => file.kind));
    const rules = await loadRules();
    const knownRuleIds = new Set(rules.map((rule) => rule.id));
    const active = await activeRules(rules, loaded.config, loaded.file, options.onlyRules);
    const activeIds = new Set(active.map(({ rule }) => rule.id));
    const setup = { active, kinds, roots: discovery.roots, knownRuleIds, timings, prefilters: options.prefilters };
    const cache = options.cache;
    const outcomes = new Array(discovery.files.length);
    const cacheKeys = new Array(discovery.files.length);
    if (cache) {
        phase('(cache lookup)', () => {
            const ruleSet = active.map(({ rule, options: ruleOptions, severity }) => [rule.id, ruleOptions, severity ?? null]);
            cache.open(cacheSalt({ tool: toolVersion(), node: process.version, config: loaded.config, ruleSet, maxFileSize: options.maxFileSize ?? null, prefilters: options.prefilters ?? true }));
            discovery.files.forEach((file, index) => {
                let content;
                try {
                    content = readFileSync(file.absolutePath);
                }
                catch {
                    return; // the analyser reports it as vanished or unreadable
                }
                cacheKeys[index] = AuditCache.key(file.path, project.unitOf(file.path), content);
                outcomes[index] = cache.get(cacheKeys[index], file.path);
            });
        });
    }
    const toAnalyse = discovery.files.map((_, index) => index).filter((index) => !outcomes[index]);
    const files = toAnalyse.map((index) => discovery.files[index]);
    const jobs = options.jobs ?? availableParallelism();
    const analysed = useWorkers(files, jobs, options.jobs !== undefined)
        ? await analyseInWorkers(files, jobs, { ...setup, config: loaded, onlyRules: options.onlyRules, kinds: [...kinds], roots: [...discovery.roots], timing: !!timings, prefilters: options.prefilters }, timings)
        : files.length > 0
            ? await analyseInThread(files, setup)
            : [];
    toAnalyse.forEach((index, position) => {
        outcomes[index] = analysed[position];
        if (cache && cacheKeys[index])
            cache.set(cacheKeys[index], analysed[position]);
    });
    if (cache)
        phase('(cache save)', () => cache.save());
    const parseErrors = [];
    const ruleErrors = [];
    const suppressionProblems = [];
    const suppressionsByFile = new Map();
    const skipped = [...discovery.skipped];
    let filesScanned = 0;
    // Merged in discovery order, whichever thread analysed a file: the result is the same bytes.
    for (const outcome of outcomes) {
        if (outcome.skipped) {
            skipped.push(outcome.skipped);
            continue;
        }
        const file = outcome.scanned;
        filesScanned++;
        project.files.push(file);
        if (outcome.manifest)
            project.manifests.set(file.path, outcome.manifest);
        if (outcome.dockerfile)
            project.dockerfiles.set(file.path, outcome.dockerfile);
        if (outcome.configText !== undefined)
            project.configTexts.set(file.path, outcome.configText);
        project.apps.push(...outcome.apps);
        project.routes.push(...outcome.routes);
        project.facts.push(...outcome.facts);
        sink.findings.push(...outcome.findings);
        parseErrors.push(...outcome.parseErrors);
        ruleErrors.push(...outcome.ruleErrors);
        // Suppressions are always read (and cached); `--no-inline-ignores` drops them here.
        if (options.inlineIgnores !== false) {
            if (outcome.suppressions.length > 0)
                suppressionsByFile.set(file.path, outcome.suppressions);
            suppressionProblems.push(...outcome.suppressionProblems);
        }
    }
    for (const { rule, options: ruleOptions } of active) {
        if (!rule.finish)
            continue;
        const ctx = {
            options: ruleOptions,
            report(descriptor) {
                sink.findings.push(rawFinding(descriptor, rule.id, descriptor.at.location, descriptor.at.snippet));
            },
        };
        try {
            phase(rule.id, () => rule.finish(project, ctx));
        }
        catch (error) {
            ruleErrors.push({ ruleId: rule.id, file: '(project)', message: error instanceof Error ? error.message : String(error) });
        }
    }
    const finalizeStarted = performance.now();
    options.onProject?.(project);
    const byId = new Map(active.map((entry) => [entry.rule.id, entry]));
    let suppressed = 0;
    const findings = [];
    for (const raw of shareRedactions(dedupe(sink.findings))) {
        const entry = byId.get(raw.ruleId);
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
    const checks = {};
    const failing = new Set(findings.map((finding) => finding.ruleId));
    for (const { rule } of active) {
        checks[rule.id] = failing.has(rule.id) ? 'fail' : ruleApplies(rule, project, kinds) ? 'pass' : 'not-applicable';
    }
    const descriptors = active.map(({ rule, severity }) => ({ ...describeRule(rule), ...(severity ? { severity } : {}) }));
    suppressionProblems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    timings?.add('(suppressions, fingerprints, score)', performance.now() - finalizeStarted);
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
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((finding) => {
        const { file, line, column, endLine, endColumn } = finding.location;
        const key = `${finding.ruleId}\0${file}\0${line}:${column}-${endLine}:${endColumn}\0${finding.messageId}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
