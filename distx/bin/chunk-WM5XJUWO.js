// dist/src/reporters/formats.js
var REPORT_FORMATS = ["text", "json", "sarif", "github", "junit", "markdown"];
function isReportFormat(format) {
  return REPORT_FORMATS.includes(format);
}

export {
  REPORT_FORMATS,
  isReportFormat
};
//# sourceMappingURL=chunk-WM5XJUWO.js.map
