import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { CONFIDENCES, SEVERITIES } from './types.js';

export const CONFIG_FILE_NAMES = ['agent-harden.config.json', 'agent-harden.config.yaml', 'agent-harden.config.yml'] as const;

const severity = z.enum(SEVERITIES);
const gateLevel = z.enum([...SEVERITIES, 'none']);

const ruleSetting = z.union([
  z.literal('off'),
  severity,
  z.strictObject({
    enabled: z.boolean().optional(),
    severity: severity.optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
]);

export const configSchema = z.strictObject({
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
  scaffold: z.record(z.string(), z.unknown()).optional(),
});

export type Config = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSetting>;

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file it came from, if any. */
  file?: string;
  /** Directory the config's relative paths are resolved against. */
  baseDir: string;
}

/** `a.b[2].c: message` for each zod issue, so the user sees the key and what is allowed. */
export function formatZodIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
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
  if (!file) return { config: configSchema.parse({}), baseDir: resolve(options.scanRoot) };
  return { config: await readConfigFile(file, options.knownRuleIds), file, baseDir: dirname(file) };
}
