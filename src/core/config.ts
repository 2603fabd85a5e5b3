import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError } from './errors.js';
import type { Config } from './config-validation.js';

export type { Config, RuleSetting } from './config-validation.js';

export const CONFIG_FILE_NAMES = ['agent-harden.config.json', 'agent-harden.config.yaml', 'agent-harden.config.yml'] as const;

/** The config when there is no config file: what `configSchema` makes of `{}` (a test holds them equal). */
export function defaultConfig(): Config {
  return { rules: {}, ignore: [] };
}

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file it came from, if any. */
  file?: string;
  /** Directory the config's relative paths are resolved against. */
  baseDir: string;
}

async function parseConfigText(file: string, text: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`invalid JSON (${(error as Error).message}); fix the syntax or delete the file`, file);
    }
  }
  const { parse } = await import('yaml');
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(`invalid YAML (${(error as Error).message.split('\n')[0]}); fix the syntax or delete the file`, file);
  }
}

export async function readConfigFile(file: string, knownRuleIds: ReadonlySet<string>): Promise<Config> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  const raw = (await parseConfigText(file, text)) ?? {};
  // zod (≈ 95 modules) loads only when there is a config file to validate.
  const { configSchema, formatZodIssues } = await import('./config-validation.js');
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(formatZodIssues(parsed.error), file);
  for (const id of Object.keys(parsed.data.rules)) {
    if (!knownRuleIds.has(id)) {
      throw new ConfigError(`rules.${id}: unknown rule id; run \`agent-harden rules\` to list the ids`, file);
    }
  }
  return parsed.data;
}

/** The nearest config file at or above `start` (a file or directory). */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function loadConfig(options: { explicitFile?: string; scanRoot: string; knownRuleIds: ReadonlySet<string> }): Promise<LoadedConfig> {
  const file = options.explicitFile ? resolve(options.explicitFile) : findConfigFile(options.scanRoot);
  if (options.explicitFile && !existsSync(file!)) {
    throw new ConfigError(`config file not found; check the --config path`, relative(process.cwd(), file!) || file);
  }
  if (!file) return { config: defaultConfig(), baseDir: resolve(options.scanRoot) };
  return { config: await readConfigFile(file, options.knownRuleIds), file, baseDir: dirname(file) };
}
