// dist/src/core/types.js
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var CONFIDENCES = ["high", "medium", "low"];
var CATEGORIES = ["security", "reliability", "observability", "operations"];

export {
  SEVERITIES,
  CONFIDENCES,
  CATEGORIES
};
//# sourceMappingURL=chunk-6B4KTA3T.js.map
