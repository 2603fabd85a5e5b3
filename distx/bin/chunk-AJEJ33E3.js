import {
  REPORT_FORMATS,
  isReportFormat
} from "./chunk-WM5XJUWO.js";
import {
  UsageError
} from "./chunk-MTL4NPGF.js";

// dist/src/reporters/load.js
var whole = (reporter) => (result, options) => [reporter(result, options)];
var RENDERERS = {
  text: async () => whole((await import("./chunk-VHCILYY5.js")).text),
  json: async () => (await import("./chunk-R6YBCIF3.js")).jsonChunks,
  sarif: async () => whole((await import("./chunk-4NT7QD6P.js")).sarif),
  github: async () => whole((await import("./chunk-HRUNEV5T.js")).github),
  junit: async () => whole((await import("./chunk-EDIK7U5F.js")).junit),
  markdown: async () => whole((await import("./chunk-J6Q4EBDB.js")).markdown)
};
function loadRenderer(format) {
  return RENDERERS[format]();
}

// dist/src/cli/renderer.js
async function rendererFor(format) {
  if (!isReportFormat(format))
    throw new UsageError(`unknown format "${format}"; use one of ${REPORT_FORMATS.join(", ")}`);
  return loadRenderer(format);
}

export {
  loadRenderer,
  rendererFor
};
//# sourceMappingURL=chunk-AJEJ33E3.js.map
