import { TOOL_NAME, toolVersion } from '../core/tool-info.js';
import type { Reporter } from './types.js';

/** Bumped on any breaking change to the shape below; documented in docs/json-report.md. */
export const JSON_SCHEMA_VERSION = 1;

export const json: Reporter = (result) =>
  `${JSON.stringify(
    {
      schemaVersion: JSON_SCHEMA_VERSION,
      tool: { name: TOOL_NAME, version: toolVersion() },
      kind: result.kind,
      findings: result.findings.map((finding) => ({
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
      })),
      score: result.score,
      checks: result.checks,
      summary: result.summary,
      // What `agent-harden report` needs to re-render this document in any format. The absolute cwd is left
      // out so the same tree gives the same document wherever it is checked out; `report` uses its own.
      rules: result.rules,
    },
    null,
    2,
  )}\n`;
