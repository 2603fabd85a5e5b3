import * as crypto from 'node:crypto';
import { interpolate, type Rule } from '../rule-kit/define-rule.js';
import { maxSeverity } from '../core/severity.js';
import type { Finding, Severity } from '../core/types.js';
import type { RawFinding } from './report.js';
import { redactSecrets } from '../languages/secrets.js';

/**
 * Findings are sorted by file, line, column, rule id, end position and message,
 * so output never depends on walk or worker order (documented in docs/json-report.md).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId) ||
    a.location.endLine - b.location.endLine ||
    a.location.endColumn - b.location.endColumn ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// crypto.hash (Node ≥ 20.12) is one call; createHash builds a Hash object for each of tens of thousands of findings.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text) : (text) => crypto.createHash('sha256').update(text).digest('hex');

function normaliseCode(snippet: string): string {
  return snippet.replace(/\s+/g, ' ').trim();
}

/**
 * Stable when lines move: rule + path + normalised matched code + the index of
 * this occurrence among identical ones in the same file. `findings` are sorted
 * (compareFindings), so a file's findings come together and the occurrences
 * counted are one file's at a time.
 */
export function assignFingerprints(findings: Finding[]): void {
  const occurrences = new Map<string, number>();
  let file: string | undefined;
  for (const finding of findings) {
    if (finding.location.file !== file) {
      file = finding.location.file;
      occurrences.clear();
    }
    const key = `${finding.ruleId}\0${finding.location.file}\0${normaliseCode(finding.snippet)}`;
    const index = occurrences.get(key) ?? 0;
    occurrences.set(key, index + 1);
    finding.fingerprint = sha256Hex(`${key}\0${index}`).slice(0, 32);
  }
}

/**
 * A secret found in a file is masked in every finding of that file, whichever
 * rule reported it: another finding's snippet may show the same line.
 */
export function shareRedactions(findings: RawFinding[]): RawFinding[] {
  const byFile = new Map<string, Set<string>>();
  for (const finding of findings) {
    if (!finding.redact?.length) continue;
    const known = byFile.get(finding.location.file) ?? new Set<string>();
    for (const secret of finding.redact) known.add(secret);
    byFile.set(finding.location.file, known);
  }
  if (byFile.size === 0) return findings;
  return findings.map((finding) => {
    const known = byFile.get(finding.location.file);
    return known ? { ...finding, redact: [...known] } : finding;
  });
}

/** Turns what a rule reported into a Finding: words from the rule's messages, policy from config. */
export function toFinding(raw: RawFinding, rule: Rule, severityOverride: Severity | undefined): Finding {
  const template = (rule.messages as Record<string, string>)[raw.messageId];
  if (template === undefined) throw new TypeError(`rule ${rule.id} reported unknown messageId "${raw.messageId}"`);
  const secrets = raw.redact ?? [];
  // Nearly every finding has no secret to mask: its data and snippet are taken as they are.
  const data = secrets.length === 0 ? { ...raw.data } : Object.fromEntries(Object.entries(raw.data ?? {}).map(([key, value]) => [key, redactSecrets(value, secrets)]));
  const reported = raw.severity ? maxSeverity(rule.severity, raw.severity) : rule.severity;
  return {
    ruleId: rule.id,
    messageId: raw.messageId,
    data,
    message: interpolate(template, data, rule.id),
    severity: severityOverride ?? reported,
    confidence: raw.confidence ?? rule.confidence,
    category: rule.category,
    location: raw.location,
    snippet: secrets.length === 0 ? raw.snippet : redactSecrets(raw.snippet, secrets),
    fixHint: rule.fixHint,
    fixable: rule.fixable ?? false,
    fingerprint: '',
    source: 'audit',
  };
}
