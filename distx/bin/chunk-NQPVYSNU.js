import {
  writeFileAtomic
} from "./chunk-F2P5FCHE.js";
import {
  CONFIG_FILE_NAMES
} from "./chunk-WRLAY6UH.js";
import {
  readPackageJson,
  readPyproject,
  readRequirements
} from "./chunk-JA4UPIMU.js";
import {
  UsageError
} from "./chunk-MTL4NPGF.js";
import "./chunk-6WTUWVZV.js";
import "./chunk-6B4KTA3T.js";
import "./chunk-PZ5AY32C.js";

// dist/src/cli/init-action.js
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// dist/src/core/config-schema.js
import { z } from "zod";
var CONFIG_SCHEMA_URL = "https://raw.githubusercontent.com/agent-harden/agent-harden/main/docs/config.schema.json";

// dist/src/cli/init-action.js
var STACKS = {
  fastapi: "FastAPI",
  flask: "Flask",
  quart: "Quart",
  starlette: "Starlette",
  "google-adk": "Google ADK",
  "a2a-sdk": "A2A",
  express: "Express",
  fastify: "Fastify",
  hono: "Hono",
  koa: "Koa",
  next: "Next.js"
};
function manifests(dir) {
  const readers = [
    ["requirements.txt", readRequirements],
    ["pyproject.toml", readPyproject],
    ["package.json", readPackageJson]
  ];
  return readers.flatMap(([name, read]) => {
    const file = join(dir, name);
    if (!existsSync(file))
      return [];
    try {
      return [read(readFileSync(file, "utf8"))];
    } catch {
      return [];
    }
  });
}
function starterConfig(dir) {
  const found = manifests(dir);
  const languages = new Set(found.map((manifest) => manifest.language));
  const stacks = [...new Set(found.flatMap((manifest) => [...manifest.dependencies].filter((dep) => dep in STACKS).map((dep) => STACKS[dep])))];
  const detected = [
    languages.has("python") ? "Python" : "",
    languages.has("typescript") ? "TypeScript/JavaScript" : ""
  ].filter(Boolean);
  const ignores = [
    ...languages.has("python") ? ["tests/", "test_*.py"] : [],
    ...languages.has("typescript") ? ["**/*.test.ts", "**/*.spec.ts", "__tests__/"] : []
  ];
  return [
    `# agent-harden config. Detected: ${detected.length ? detected.join(", ") : "no manifest (requirements.txt, pyproject.toml, package.json)"}${stacks.length ? ` with ${stacks.join(", ")}` : ""}.`,
    "# Editors that read $schema complete and check every key.",
    `$schema: ${CONFIG_SCHEMA_URL}`,
    "",
    "# Exit 1 when a finding is at or above this severity: critical, high, medium, low, info, none.",
    "failOn: high",
    "# Only findings at least this sure fail the gate: high, medium, low.",
    "minConfidence: medium",
    "# Exit 1 when the readiness score (0-100) is below this.",
    "# minScore: 70",
    "",
    "# Paths not to scan (gitignore syntax, relative to this file). Test code is not served in production.",
    ignores.length ? `ignore:
${ignores.map((glob) => `  - "${glob}"`).join("\n")}` : "ignore: []",
    "",
    "# Per rule: off, a severity (critical \u2026 info), or { enabled, severity, options }. `agent-harden rules` lists them.",
    "rules: {}",
    "#  missing-dockerfile: off",
    "#  cors-wildcard: critical",
    ""
  ].join("\n");
}
function initAction(flags) {
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(name));
  if (existing && !flags.force)
    throw new UsageError(`${existing} already exists; edit it, or run init --force to replace it`);
  const file = "agent-harden.config.yaml";
  writeFileAtomic(file, starterConfig(process.cwd()));
  process.stderr.write(`agent-harden: wrote ${file}
`);
}
export {
  initAction,
  starterConfig
};
//# sourceMappingURL=chunk-NQPVYSNU.js.map
