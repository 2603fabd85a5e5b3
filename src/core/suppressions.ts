import type { SuppressionProblem } from './types.js';

export interface Suppression {
  ruleId: string;
  reason: string;
  /** 1-based line of the comment. */
  line: number;
  /** True when the comment shares its line with code (it then covers that line only). */
  trailing: boolean;
  used: boolean;
}

const MARKER = 'agent-harden-ignore';
// `# agent-harden-ignore rule-id: reason` or `// agent-harden-ignore rule-id: reason`
const COMMENT = /(?:#|\/\/|\/\*)\s*agent-harden-ignore(?:\s+([\w-]+))?\s*(?::\s*(.*?))?\s*(?:\*\/)?\s*$/;

/**
 * Reads inline suppressions from a file's text. A suppression covers its own line
 * and, when it stands alone, the next line. Problems (no reason, unknown rule)
 * are returned for reporting; those suppressions do not apply.
 */
export function readSuppressions(
  file: string,
  text: string,
  knownRuleIds: ReadonlySet<string>,
): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  if (!text.includes(MARKER)) return { suppressions, problems };
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    if (!raw.includes(MARKER)) return;
    const match = COMMENT.exec(raw);
    if (!match) return;
    const line = index + 1;
    const ruleId = match[1] ?? '';
    const reason = (match[2] ?? '').trim();
    const commentStart = raw.search(/(?:#|\/\/|\/\*)\s*agent-harden-ignore/);
    const trailing = raw.slice(0, commentStart).trim() !== '';
    if (!ruleId || !knownRuleIds.has(ruleId)) {
      problems.push({ file, line, kind: 'unknown-rule', ruleId, message: ruleId ? `unknown rule id "${ruleId}" in suppression` : 'suppression names no rule id' });
      return;
    }
    if (!reason) {
      problems.push({ file, line, kind: 'missing-reason', ruleId, message: `suppression of ${ruleId} has no reason; write "agent-harden-ignore ${ruleId}: <why>"` });
      return;
    }
    suppressions.push({ ruleId, reason, line, trailing, used: false });
  });
  return { suppressions, problems };
}

/** The suppression covering a finding of `ruleId` that starts on `line`, if any. */
export function matchSuppression(suppressions: Suppression[], ruleId: string, line: number): Suppression | undefined {
  return suppressions.find(
    (suppression) => suppression.ruleId === ruleId && (suppression.line === line || (!suppression.trailing && suppression.line + 1 === line)),
  );
}

export function unusedSuppressionProblems(file: string, suppressions: Suppression[]): SuppressionProblem[] {
  return suppressions
    .filter((suppression) => !suppression.used)
    .map((suppression) => ({
      file,
      line: suppression.line,
      kind: 'unused' as const,
      ruleId: suppression.ruleId,
      message: `suppression of ${suppression.ruleId} matches no finding; remove it`,
    }));
}
