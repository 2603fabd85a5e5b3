// dist/rules/ids.js
var RULE_IDS = [
  "agent-run-without-timeout",
  "api-docs-exposed",
  "artifacts-inlined-base64",
  "broad-exception-handler",
  "client-trusted-identity",
  "cors-wildcard",
  "debug-enabled",
  "dev-server-in-production",
  "dockerfile-missing-healthcheck",
  "dockerfile-runs-as-root",
  "dockerfile-unpinned-base",
  "env-file-committed",
  "error-detail-leak",
  "hardcoded-bind-config",
  "hardcoded-secret",
  "health-leaks-internals",
  "in-memory-state",
  "insecure-cookie",
  "missing-auth",
  "missing-dockerfile",
  "missing-dockerignore",
  "missing-health-endpoint",
  "missing-idempotency",
  "missing-metrics",
  "missing-rate-limit",
  "missing-readiness-endpoint",
  "missing-request-id",
  "missing-tracing",
  "model-output-executed",
  "naive-token-count",
  "no-graceful-shutdown",
  "no-retry-or-circuit-breaker",
  "outbound-call-without-timeout",
  "print-logging",
  "secret-in-dockerfile",
  "sensitive-data-logged",
  "session-created-per-request",
  "session-without-ttl",
  "static-health-check",
  "unbounded-llm-output",
  "unbounded-request-input",
  "unbounded-subprocess",
  "unstructured-logging",
  "unsynchronized-shared-state",
  "unvalidated-config",
  "unvalidated-outbound-url"
];

// dist/src/engine/registry.js
var DOCS_BASE_URL = "https://github.com/agent-harden/agent-harden/blob/main/rules";
var loading;
function loadRules() {
  loading ??= import("./chunk-XACGB42I.js").then(({ RULES_BY_ID }) => Object.entries(RULES_BY_ID).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([id, rule]) => {
    if (rule.id !== id)
      throw new TypeError(`rules/index.ts lists "${id}" for the rule "${rule.id}"; each id must name its rule`);
    return rule;
  }));
  return loading;
}
function ruleIds() {
  return [...RULE_IDS];
}
function describeRule(rule) {
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    confidence: rule.confidence,
    summary: rule.summary,
    fixHint: rule.fixHint,
    seeds: rule.seeds,
    languages: rule.languages,
    helpUri: `${DOCS_BASE_URL}/${rule.id}.md`
  };
}

export {
  DOCS_BASE_URL,
  loadRules,
  ruleIds,
  describeRule
};
//# sourceMappingURL=chunk-WYGLH33U.js.map
