/** The report formats, by name: what the CLI offers without loading any reporter. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'markdown'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];
