import {
  ConfigError
} from "./chunk-MTL4NPGF.js";

// dist/src/core/config.js
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
var CONFIG_FILE_NAMES = ["agent-harden.config.json", "agent-harden.config.yaml", "agent-harden.config.yml"];
function defaultConfig() {
  return { rules: {}, ignore: [] };
}
async function parseConfigText(file, text) {
  if (file.endsWith(".json")) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`invalid JSON (${error.message}); fix the syntax or delete the file`, file);
    }
  }
  const { parse } = await import("yaml");
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(`invalid YAML (${error.message.split("\n")[0]}); fix the syntax or delete the file`, file);
  }
}
async function readConfigFile(file, knownRuleIds) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read config (${error.code ?? "error"})`, file);
  }
  const raw = await parseConfigText(file, text) ?? {};
  const { configSchema, formatZodIssues } = await import("./chunk-MVNKQKPM.js");
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success)
    throw new ConfigError(formatZodIssues(parsed.error), file);
  for (const id of Object.keys(parsed.data.rules)) {
    if (!knownRuleIds.has(id)) {
      throw new ConfigError(`rules.${id}: unknown rule id; run \`agent-harden rules\` to list the ids`, file);
    }
  }
  return parsed.data;
}
function findConfigFile(start) {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory())
      dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate))
        return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}
async function loadConfig(options) {
  const file = options.explicitFile ? resolve(options.explicitFile) : findConfigFile(options.scanRoot);
  if (options.explicitFile && !existsSync(file)) {
    throw new ConfigError(`config file not found; check the --config path`, relative(process.cwd(), file) || file);
  }
  if (!file)
    return { config: defaultConfig(), baseDir: resolve(options.scanRoot) };
  return { config: await readConfigFile(file, options.knownRuleIds), file, baseDir: dirname(file) };
}

export {
  CONFIG_FILE_NAMES,
  loadConfig
};
//# sourceMappingURL=chunk-WRLAY6UH.js.map
