import {
  CONFIDENCES,
  SEVERITIES
} from "./chunk-6B4KTA3T.js";

// dist/src/core/config-validation.js
import { z } from "zod";
var severity = z.enum(SEVERITIES);
var gateLevel = z.enum([...SEVERITIES, "none"]);
var ruleSetting = z.union([
  z.literal("off"),
  severity,
  z.strictObject({
    enabled: z.boolean().optional(),
    severity: severity.optional(),
    options: z.record(z.string(), z.unknown()).optional()
  })
]);
var configSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), ruleSetting).default({}),
  /** Globs (gitignore syntax) of paths not to scan, relative to the config file. */
  ignore: z.array(z.string()).default([]),
  failOn: gateLevel.optional(),
  minConfidence: z.enum(CONFIDENCES).optional(),
  minScore: z.number().min(0).max(100).optional(),
  maxFileSize: z.number().int().positive().optional(),
  /** Worker threads for `audit` (default: the machine's available parallelism). */
  jobs: z.number().int().positive().optional(),
  /** Reserved for `probe` (see docs); validated by that command. */
  probe: z.record(z.string(), z.unknown()).optional(),
  /** Reserved for `scaffold` and `fix`; validated by those commands. */
  scaffold: z.record(z.string(), z.unknown()).optional()
});
function formatZodIssues(error) {
  return error.issues.map((issue) => {
    const path = issue.path.map((part) => typeof part === "number" ? `[${part}]` : String(part)).join(".");
    return path ? `${path}: ${issue.message}` : issue.message;
  }).join("; ");
}

export {
  configSchema,
  formatZodIssues
};
//# sourceMappingURL=chunk-6WTUWVZV.js.map
