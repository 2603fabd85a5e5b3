import {
  packageRoot
} from "./chunk-AOFGELH4.js";

// dist/src/core/tool-info.js
import { readFileSync } from "node:fs";
import { join } from "node:path";
var version;
var TOOL_NAME = "agent-harden";
var TOOL_URI = "https://github.com/agent-harden/agent-harden";
function toolVersion() {
  version ??= JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
  return version;
}

export {
  TOOL_NAME,
  TOOL_URI,
  toolVersion
};
//# sourceMappingURL=chunk-X2RKU2FG.js.map
