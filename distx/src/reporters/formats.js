/** The report formats, by name: what the CLI offers without loading any reporter. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'markdown'];
export function isReportFormat(format) {
    return REPORT_FORMATS.includes(format);
}
