/**
 * Whether a configuration value looks like a real secret rather than a
 * template placeholder. Shared by the env-file and Docker rules: a committed
 * `.env.example`-style file full of `changeme` is fine (catalog reading on
 * env-file-committed / missing-dockerignore).
 */

const SECRET_KEY = /(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|apikey|private[_-]?key|access[_-]?key|credential|auth|signing[_-]?key|client[_-]?secret|dsn|connection[_-]?string|database[_-]?url)/i;
// Provider key formats: OpenAI, Anthropic, Google, GitHub, Slack, AWS, Stripe, Hugging Face, JWT.
const PROVIDER_FORMAT = /^(?:sk-[A-Za-z0-9_-]{16,}|sk-ant-[A-Za-z0-9_-]{16,}|AIza[0-9A-Za-z_-]{30,}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abposr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|(?:sk|rk)_live_[A-Za-z0-9]{16,}|hf_[A-Za-z0-9]{30,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})$/;
const PLACEHOLDER = /^(?:<.*>|\$\{.*\}|\$[A-Z_]+|\{\{.*\}\}|x+|\*+|\.+|-+|_+|none|null|nil|true|false|changeme|change[_-]?me.*|replace[_-]?me.*|your[_-].*|my[_-].*|.*[_-]here|todo|tbd|fixme|example.*|dummy.*|fake.*|test|secret|password|placeholder.*|redacted|sk-\.\.\.|sk-x+|\.\.\.)$/i;
// Connection strings with an inline password: postgres://user:pass@host
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/i;

export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length === 0 || PLACEHOLDER.test(trimmed) || /^(.)\1+$/.test(trimmed);
}

/** `OPENAI_API_KEY=sk-…`, `DB_PASSWORD=hunter2-prod`: a value worth keeping out of git and images. */
export function isSecretLookingEntry(key: string, value: string): boolean {
  const trimmed = value.trim();
  if (PROVIDER_FORMAT.test(trimmed)) return true;
  const inUrl = URL_WITH_PASSWORD.exec(trimmed);
  if (inUrl) return !isPlaceholderValue(inUrl[1]);
  if (!SECRET_KEY.test(key) || isPlaceholderValue(trimmed)) return false;
  return trimmed.length >= 6 && !/^\d{1,5}$/.test(trimmed);
}
