import { pathToFileURL } from 'node:url';
import { TOOL_NAME, TOOL_URI, toolVersion } from '../core/tool-info.js';
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
// GitHub code scanning buckets: > 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0',
};
const PRECISION = { high: 'high', medium: 'medium', low: 'low' };
function pascalCase(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
}
function ruleEntry(rule) {
    const help = `${rule.summary}.\n\nHow to fix: ${rule.fixHint}\n\nRun \`agent-harden explain ${rule.id}\` for the full rationale and examples.`;
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: rule.summary },
        fullDescription: { text: `${rule.summary}. ${rule.fixHint}` },
        helpUri: rule.helpUri,
        help: { text: help, markdown: `**${rule.summary}**\n\n${rule.fixHint}\n\n[Rule documentation](${rule.helpUri})` },
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: {
            tags: [rule.category, ...(rule.category === 'security' ? ['security'] : [])].filter((tag, index, all) => all.indexOf(tag) === index),
            precision: PRECISION[rule.confidence],
            ...(rule.category === 'security' ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {}),
        },
    };
}
/** Audit findings are relative to %SRCROOT%; a probe finding's artifact is the absolute URL it was seen at. */
function artifactLocation(finding) {
    return finding.http ? { uri: finding.location.file } : { uri: encodeURI(finding.location.file), uriBaseId: '%SRCROOT%' };
}
function result(finding, ruleIndex) {
    const { location } = finding;
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: artifactLocation(finding),
                    region: {
                        startLine: location.line,
                        startColumn: location.column,
                        endLine: location.endLine,
                        endColumn: location.endColumn,
                        ...(finding.snippet ? { snippet: { text: finding.snippet } } : {}),
                    },
                },
            },
        ],
        partialFingerprints: { 'agentHarden/v1': finding.fingerprint },
        properties: {
            severity: finding.severity,
            confidence: finding.confidence,
            category: finding.category,
            ...(finding.category === 'security' ? { 'security-severity': SECURITY_SEVERITY[finding.severity] } : {}),
        },
    };
}
/** SARIF 2.1.0 as GitHub code scanning accepts it: rules with help, %SRCROOT%-relative URIs. */
export const sarif = (report) => {
    // A monorepo audit keeps one run per service, each with its own automationDetails.id so code scanning keeps them apart.
    const runs = report.kind === 'audit' && report.services && report.services.length > 1
        ? report.services.map((service) => sarifRun(service.result, `${TOOL_NAME}/${service.id}/`))
        : [sarifRun(report)];
    const document = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs,
    };
    return `${JSON.stringify(document, null, 2)}\n`;
};
function sarifRun(audit, automationId) {
    const ruleIndex = new Map(audit.rules.map((rule, index) => [rule.id, index]));
    return {
        tool: {
            driver: {
                name: TOOL_NAME,
                version: toolVersion(),
                semanticVersion: toolVersion(),
                informationUri: TOOL_URI,
                rules: audit.rules.map(ruleEntry),
            },
        },
        ...(automationId ? { automationDetails: { id: automationId } } : {}),
        ...(audit.kind === 'audit' ? { originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(audit.cwd).href.replace(/\/?$/, '/') } } } : {}),
        columnKind: 'utf16CodeUnits',
        results: audit.findings.map((finding) => result(finding, ruleIndex.get(finding.ruleId) ?? -1)),
        invocations: [audit.kind === 'audit' ? auditInvocation(audit) : probeInvocation(audit)],
    };
}
function auditInvocation(audit) {
    return {
        executionSuccessful: audit.summary.ruleErrors.length === 0,
        toolExecutionNotifications: audit.summary.parseErrors.map((note) => ({
            level: 'warning',
            message: { text: `parse error: ${note.message}` },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(note.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: note.line, startColumn: note.column },
                    },
                },
            ],
        })),
    };
}
/** Checks that were cut short are notifications, so code scanning shows the run was partial. */
function probeInvocation(probe) {
    return {
        executionSuccessful: true,
        toolExecutionNotifications: probe.summary.probeChecks
            .filter((check) => check.status === 'incomplete')
            .map((check) => ({ level: 'warning', message: { text: `${check.id} incomplete: ${check.note ?? 'cut short'}` } })),
    };
}
