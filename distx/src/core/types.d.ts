export declare const SEVERITIES: readonly ["critical", "high", "medium", "low", "info"];
export type Severity = (typeof SEVERITIES)[number];
export declare const CONFIDENCES: readonly ["high", "medium", "low"];
export type Confidence = (typeof CONFIDENCES)[number];
export declare const CATEGORIES: readonly ["security", "reliability", "observability", "operations"];
export type Category = (typeof CATEGORIES)[number];
export type Language = 'python' | 'typescript' | 'text';
/** 1-based line and column, `file` relative to the working directory in POSIX form. */
export interface SourceLocation {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/** Where a probe finding was observed. */
export interface HttpLocation {
    method: string;
    url: string;
}
export interface Finding {
    ruleId: string;
    messageId: string;
    data: Record<string, string>;
    message: string;
    severity: Severity;
    confidence: Confidence;
    category: Category;
    location: SourceLocation;
    /** The source text of the flagged line(s), for reporters that show a frame. */
    snippet: string;
    fixHint: string;
    fixable: boolean;
    fingerprint: string;
    source: 'audit' | 'probe';
    /** Set for probe findings; `location.file` then holds the URL. */
    http?: HttpLocation;
}
export type SkipReason = 'ignored-by-config' | 'too-large' | 'binary' | 'excluded-directory' | 'symlink-outside-root' | 'symlink-inside-root' | 'symlink-loop' | 'unreadable' | 'vanished';
export interface SkippedFile {
    file: string;
    reason: SkipReason;
    detail?: string;
}
export interface ParseErrorNote {
    file: string;
    line: number;
    column: number;
    message: string;
}
/** A suppression comment that is itself wrong: unknown rule, missing reason, unused, expired or with an unreadable expiry date. */
export interface SuppressionProblem {
    file: string;
    line: number;
    kind: 'unknown-rule' | 'missing-reason' | 'unused' | 'expired' | 'bad-expiry';
    ruleId: string;
    message: string;
}
export type CheckStatus = 'pass' | 'fail' | 'not-applicable';
export interface CategoryScores {
    security: number | null;
    reliability: number | null;
    observability: number | null;
    operations: number | null;
}
export interface Score {
    overall: number | null;
    categories: CategoryScores;
}
export interface RuleDescriptor {
    id: string;
    category: Category;
    severity: Severity;
    confidence: Confidence;
    summary: string;
    fixHint: string;
    seeds: string[];
    languages: Language[];
    helpUri: string;
}
/** A rule that threw on a file: a bug in agent-harden, reported instead of crashing the audit. */
export interface RuleErrorNote {
    ruleId: string;
    file: string;
    message: string;
}
export interface AuditSummary {
    filesScanned: number;
    filesSkipped: SkippedFile[];
    parseErrors: ParseErrorNote[];
    ruleErrors: RuleErrorNote[];
    suppressionProblems: SuppressionProblem[];
    suppressed: number;
    durationMs: number;
}
export interface AuditResult {
    kind: 'audit';
    findings: Finding[];
    score: Score;
    summary: AuditSummary;
    /** Every rule that ran, so machine formats can describe them. */
    rules: RuleDescriptor[];
    /** Per rule: did it pass, fail, or not apply. Feeds the score. */
    checks: Record<string, CheckStatus>;
    /** The directory locations are relative to. */
    cwd: string;
    /** Set when several service roots were audited each with its own config: one result per root (SARIF writes one run each). */
    services?: ServiceResult[];
}
export interface ServiceResult {
    /** The service root as given on the command line, in POSIX form without a trailing slash. */
    id: string;
    result: AuditResult;
}
/** How one probe check ended; `skipped` did not apply, `incomplete` was cut short (budget, deadline, back-off, transport). */
export type ProbeCheckStatus = 'pass' | 'fail' | 'warn' | 'skipped' | 'incomplete';
export interface ProbeCheckOutcome {
    id: string;
    summary: string;
    status: ProbeCheckStatus;
    requests: number;
    maxRequests: number;
    /** Why it was skipped or incomplete, or what a warning means; never holds credentials. */
    note?: string;
}
export interface ProbeSummary {
    /** The probed base URL. */
    target: string;
    requests: number;
    budget: number;
    durationMs: number;
    probeChecks: ProbeCheckOutcome[];
}
export interface ProbeResult {
    kind: 'probe';
    findings: Finding[];
    score: Score;
    summary: ProbeSummary;
    rules: RuleDescriptor[];
    checks: Record<string, CheckStatus>;
}
/** What reporters format: an audit or a probe. */
export type Report = AuditResult | ProbeResult;
