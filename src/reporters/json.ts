import { TOOL_NAME, toolVersion } from '../core/tool-info.js';
import type { Report } from '../core/types.js';
import type { Reporter } from './types.js';

/** Bumped on any breaking change to the shape below; documented in docs/json-report.md. */
export const JSON_SCHEMA_VERSION = 1;

type Finding = Report['findings'][number];

function findingDocument(finding: Finding): Record<string, unknown> {
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

/**
 * The JSON report in pieces, one per finding: the same bytes as
 * `JSON.stringify(document, null, 2)`, without ever holding the whole text (a
 * tree with 65,000 findings makes an 80 MB document). JSON strings never hold a
 * raw newline, so indenting a finding's own text by its depth is exact.
 */
export function* jsonChunks(result: Report): Generator<string> {
  const document = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: toolVersion() },
    kind: result.kind,
    findings: [] as unknown[],
    score: result.score,
    checks: result.checks,
    summary: result.summary,
    // What `agent-harden report` needs to re-render this document in any format. The absolute cwd is left
    // out so the same tree gives the same document wherever it is checked out; `report` uses its own.
    rules: result.rules,
  };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (result.findings.length === 0) {
    yield text;
    return;
  }
  const emptyFindings = '\n  "findings": [],\n';
  const split = text.indexOf(emptyFindings);
  yield `${text.slice(0, split)}\n  "findings": [\n`;
  for (let index = 0; index < result.findings.length; index++) {
    const separator = index < result.findings.length - 1 ? ',\n' : '\n';
    yield `    ${JSON.stringify(findingDocument(result.findings[index]), null, 2).replace(/\n/g, '\n    ')}${separator}`;
  }
  yield `  ],\n${text.slice(split + emptyFindings.length)}`;
}

export const json: Reporter = (result) => [...jsonChunks(result)].join('');
