/** The report formats, by name: what the CLI offers without loading any reporter. */
export declare const REPORT_FORMATS: readonly ["text", "json", "sarif", "github", "junit", "markdown"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export declare function isReportFormat(format: string): format is ReportFormat;
