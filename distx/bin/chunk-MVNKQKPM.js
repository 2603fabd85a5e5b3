import {
  configSchema,
  formatZodIssues
} from "./chunk-6WTUWVZV.js";
import "./chunk-6B4KTA3T.js";
import "./chunk-PZ5AY32C.js";
export {
  configSchema,
  formatZodIssues
};
//# sourceMappingURL=chunk-MVNKQKPM.js.map
