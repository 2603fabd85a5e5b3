import { z } from 'zod';

// Every setting comes from the environment and is checked once at start-up, so a
// typo stops the process with a readable message instead of failing on the first request.
const commaList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

const apiKeys = z
  .string()
  .min(1, 'set API_KEYS to "principal:sha256hex" pairs separated by commas')
  .transform((value, ctx) =>
    value.split(',').map((entry) => {
      const [principal = '', digest = ''] = entry.trim().split(':');
      if (!/^[A-Za-z0-9_.@-]{1,64}$/.test(principal) || !/^[0-9a-f]{64}$/.test(digest)) {
        ctx.addIssue({ code: 'custom', message: `API_KEYS entry "${principal}" must be principal:sha256hex` });
      }
      return { principal, digest: Buffer.from(digest, 'hex') };
    }),
  );

const ConfigSchema = z.object({
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  TRUST_PROXY: z.stringbool().default(false),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }),
  API_KEYS: apiKeys,
  CORS_ORIGINS: commaList.pipe(z.array(z.url({ protocol: /^https?$/ }))),
  LLM_BASE_URL: z.url({ protocol: /^https?$/ }),
  LLM_API_KEY: z.string().min(1),
  LLM_MODEL: z.string().min(1),
  LLM_MAX_TOKENS: z.coerce.number().int().min(1).max(32_768).default(1024),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  AGENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(45_000),
  BREAKER_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  BREAKER_COOLDOWN_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  SESSION_TTL_SECONDS: z.coerce.number().int().min(60).default(86_400),
  SESSION_MAX_TURNS: z.coerce.number().int().min(2).max(200).default(40),
  IDEMPOTENCY_TTL_SECONDS: z.coerce.number().int().min(60).default(86_400),
  LOCK_WAIT_MS: z.coerce.number().int().min(100).max(600_000).default(50_000),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(65_536),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(1000).max(120_000).default(25_000),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`invalid configuration:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
