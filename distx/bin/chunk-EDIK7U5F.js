import {
  TOOL_NAME
} from "./chunk-X2RKU2FG.js";
import "./chunk-AOFGELH4.js";
import "./chunk-PZ5AY32C.js";

// dist/src/reporters/junit.js
function escapeXml(value) {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function failureText(findings) {
  return findings.map((f) => `${f.location.file}:${f.location.line}:${f.location.column} [${f.severity}] ${f.message}`).join("\n");
}
var junit = (result) => {
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of result.findings)
    byRule.set(finding.ruleId, [...byRule.get(finding.ruleId) ?? [], finding]);
  const cases = result.rules.map((rule) => {
    const status = result.checks[rule.id];
    const open = `    <testcase classname="${TOOL_NAME}.${rule.category}" name="${escapeXml(`${rule.id}: ${rule.summary}`)}" time="0">`;
    if (status === "fail") {
      const findings = byRule.get(rule.id) ?? [];
      const message = `${findings.length} finding${findings.length === 1 ? "" : "s"} (${rule.severity})`;
      return `${open}
      <failure message="${escapeXml(message)}" type="${rule.severity}">${escapeXml(failureText(findings))}</failure>
    </testcase>`;
    }
    if (status === "not-applicable")
      return `${open}
      <skipped message="not applicable to this tree"/>
    </testcase>`;
    return `${open}</testcase>`;
  });
  const failures = result.rules.filter((rule) => result.checks[rule.id] === "fail").length;
  const skipped = result.rules.filter((rule) => result.checks[rule.id] === "not-applicable").length;
  const seconds = (result.summary.durationMs / 1e3).toFixed(3);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${TOOL_NAME}" tests="${result.rules.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds}">`,
    `  <testsuite name="${TOOL_NAME} ${result.kind}" tests="${result.rules.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
};
export {
  junit
};
//# sourceMappingURL=chunk-EDIK7U5F.js.map
