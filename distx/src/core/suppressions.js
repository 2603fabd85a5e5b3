import { ownString } from '../util/own-string.js';
const MARKER = 'agent-harden-ignore';
// `# agent-harden-ignore rule-id: reason` or `// agent-harden-ignore rule-id until 2027-03-01: reason`
const COMMENT = /(?:#|\/\/|\/\*)\s*agent-harden-ignore(?:\s+([\w-]+))?(?:\s+until\s+([^\s:]+))?\s*(?::\s*(.*?))?\s*(?:\*\/)?\s*$/;
/** `YYYY-MM-DD` as the last day the suppression applies (UTC), or undefined when it is not a real date. */
function lastDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return undefined;
    const time = Date.parse(`${text}T23:59:59.999Z`);
    return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text ? undefined : time;
}
/**
 * Reads inline suppressions from a file's text. A suppression covers its own line
 * and, when it stands alone, the next line. Problems (no reason, unknown rule)
 * are returned for reporting; those suppressions do not apply.
 */
export function readSuppressions(file, text, knownRuleIds, now = Date.now()) {
    const suppressions = [];
    const problems = [];
    if (!text.includes(MARKER))
        return { suppressions, problems };
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, index) => {
        if (!raw.includes(MARKER))
            return;
        const match = COMMENT.exec(raw);
        if (!match)
            return;
        const line = index + 1;
        // Kept to the end of the run: own copies, not views into the file's text (see ownString).
        const ruleId = ownString(match[1] ?? '');
        const until = match[2];
        const reason = ownString((match[3] ?? '').trim());
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
        if (until !== undefined) {
            const end = lastDay(until);
            if (end === undefined) {
                problems.push({ file, line, kind: 'bad-expiry', ruleId, message: `suppression of ${ruleId} has "until ${until}"; write the date as YYYY-MM-DD` });
                return;
            }
            // An expired suppression stops applying, so the finding comes back, and says why.
            if (now > end) {
                problems.push({ file, line, kind: 'expired', ruleId, message: `suppression of ${ruleId} expired on ${until}; fix the finding or renew the date` });
                return;
            }
        }
        suppressions.push({ ruleId, reason, line, trailing, used: false });
    });
    return { suppressions, problems };
}
/** The suppression covering a finding of `ruleId` that starts on `line`, if any. */
export function matchSuppression(suppressions, ruleId, line) {
    return suppressions.find((suppression) => suppression.ruleId === ruleId && (suppression.line === line || (!suppression.trailing && suppression.line + 1 === line)));
}
export function unusedSuppressionProblems(file, suppressions) {
    return suppressions
        .filter((suppression) => !suppression.used)
        .map((suppression) => ({
        file,
        line: suppression.line,
        kind: 'unused',
        ruleId: suppression.ruleId,
        message: `suppression of ${suppression.ruleId} matches no finding; remove it`,
    }));
}
