import type { Severity } from '../core/types.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: one annotation per finding on its file and line (probe findings: on the run). */
export const github: Reporter = (result) => {
  const lines = result.findings.map((finding) => {
    if (finding.http) {
      // A probe finding has no file in the repository; the annotation names the request instead.
      const title = `title=${escapeProperty(`${finding.ruleId} (${finding.severity})`)}`;
      return `::${COMMAND[finding.severity]} ${title}::${escapeData(`${finding.http.method} ${finding.http.url}: ${finding.message}. Fix: ${finding.fixHint}`)}`;
    }
    const { file, line, column, endLine, endColumn } = finding.location;
    const properties = [
      `file=${escapeProperty(file)}`,
      `line=${line}`,
      `col=${column}`,
      `endLine=${endLine}`,
      ...(endLine === line ? [`endColumn=${endColumn}`] : []),
      `title=${escapeProperty(`${finding.ruleId} (${finding.severity})`)}`,
    ];
    return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(`${finding.message}. Fix: ${finding.fixHint}`)}`;
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
