/** The report formats, by name: what the CLI offers without loading any reporter. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'markdown'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(format: string): format is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}
