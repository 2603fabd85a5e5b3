import {
  TOOL_NAME,
  toolVersion
} from "./chunk-X2RKU2FG.js";
import "./chunk-AOFGELH4.js";
import "./chunk-PZ5AY32C.js";

// dist/src/reporters/json.js
var JSON_SCHEMA_VERSION = 1;
function findingDocument(finding) {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    confidence: finding.confidence,
    category: finding.category,
    message: finding.message,
    location: finding.location,
    ...finding.http ? { http: finding.http } : {},
    snippet: finding.snippet,
    fingerprint: finding.fingerprint,
    fixHint: finding.fixHint,
    fixable: finding.fixable,
    source: finding.source,
    data: finding.data
  };
}
var FINDINGS_PER_CHUNK = 256;
var WRAPPER_HEAD = '{\n  "findings": [\n';
var WRAPPER_TAIL = "\n  ]\n}";
function* jsonChunks(result) {
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
    rules: result.rules
  };
  const text = `${JSON.stringify(document, null, 2)}
`;
  const { findings } = result;
  if (findings.length === 0) {
    yield text;
    return;
  }
  const emptyFindings = '\n  "findings": [],\n';
  const split = text.indexOf(emptyFindings);
  yield `${text.slice(0, split)}
  "findings": [
`;
  for (let start = 0; start < findings.length; start += FINDINGS_PER_CHUNK) {
    const end = Math.min(start + FINDINGS_PER_CHUNK, findings.length);
    const wrapped = JSON.stringify({ findings: findings.slice(start, end).map(findingDocument) }, null, 2);
    yield `${wrapped.slice(WRAPPER_HEAD.length, wrapped.length - WRAPPER_TAIL.length)}${end < findings.length ? ",\n" : "\n"}`;
  }
  yield `  ],
${text.slice(split + emptyFindings.length)}`;
}
var json = (result) => [...jsonChunks(result)].join("");
export {
  JSON_SCHEMA_VERSION,
  json,
  jsonChunks
};
//# sourceMappingURL=chunk-R6YBCIF3.js.map
