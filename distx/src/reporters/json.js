import { TOOL_NAME, toolVersion } from '../core/tool-info.js';
/** Bumped on any breaking change to the shape below; documented in docs/json-report.md. */
export const JSON_SCHEMA_VERSION = 1;
function findingDocument(finding) {
    return {
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity,
        confidence: finding.confidence,
        category: finding.category,
        message: finding.message,
        location: finding.location,
        ...(finding.http ? { http: finding.http } : {}),
        snippet: finding.snippet,
        fingerprint: finding.fingerprint,
        fixHint: finding.fixHint,
        fixable: finding.fixable,
        source: finding.source,
        data: finding.data,
    };
}
/** Findings serialised per `JSON.stringify` call: one call per finding cost half again as much. */
const FINDINGS_PER_CHUNK = 256;
const WRAPPER_HEAD = '{\n  "findings": [\n';
const WRAPPER_TAIL = '\n  ]\n}';
/**
 * The JSON report in pieces of a few hundred findings: the same bytes as
 * `JSON.stringify(document, null, 2)`, without ever holding the whole text (a
 * tree with 65,000 findings makes an 80 MB document). Each piece is a slice of
 * findings stringified inside a `{ "findings": [...] }` wrapper, which indents
 * them as deep as the document does; the wrapper's own lines are cut off.
 */
export function* jsonChunks(result) {
    const document = {
        schemaVersion: JSON_SCHEMA_VERSION,
        tool: { name: TOOL_NAME, version: toolVersion() },
        kind: result.kind,
        findings: [],
        score: result.score,
        checks: result.checks,
        summary: result.summary,
        // What `agent-harden report` needs to re-render this document in any format. The absolute cwd is left
        // out so the same tree gives the same document wherever it is checked out; `report` uses its own.
        rules: result.rules,
    };
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const { findings } = result;
    if (findings.length === 0) {
        yield text;
        return;
    }
    const emptyFindings = '\n  "findings": [],\n';
    const split = text.indexOf(emptyFindings);
    yield `${text.slice(0, split)}\n  "findings": [\n`;
    for (let start = 0; start < findings.length; start += FINDINGS_PER_CHUNK) {
        const end = Math.min(start + FINDINGS_PER_CHUNK, findings.length);
        const wrapped = JSON.stringify({ findings: findings.slice(start, end).map(findingDocument) }, null, 2);
        yield `${wrapped.slice(WRAPPER_HEAD.length, wrapped.length - WRAPPER_TAIL.length)}${end < findings.length ? ',\n' : '\n'}`;
    }
    yield `  ],\n${text.slice(split + emptyFindings.length)}`;
}
export const json = (result) => [...jsonChunks(result)].join('');
