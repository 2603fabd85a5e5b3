import type { Config } from '../core/config.js';
import { type Suppression } from '../core/suppressions.js';
import type { ParseErrorNote, RuleErrorNote, Severity, SkippedFile, SuppressionProblem } from '../core/types.js';
import type { TextChecks } from '../languages/text/checks.js';
import { type Dockerfile } from '../languages/text/dockerfile.js';
import { type Manifest } from '../languages/text/manifest.js';
import type { Rule } from '../rule-kit/define-rule.js';
import type { DiscoveredFile } from './discover.js';
import type { FileKind } from './file-kinds.js';
import { type AppInfo, type Fact, type RouteInfo, type ScannedFile } from './project-model.js';
import type { RawFinding } from './report.js';
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
export declare const TEXT_CHECK_FOR_KIND: Partial<Record<FileKind, keyof TextChecks>>;
export declare function activeRules(rules: Rule[], config: Config, configFile: string | undefined, only: string[] | undefined): Promise<ActiveRule[]>;
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
export declare function createFileAnalyser(setup: AnalyserSetup): Promise<FileAnalyser>;
