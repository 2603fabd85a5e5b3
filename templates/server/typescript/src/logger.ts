import { pino, type Logger } from 'pino';

// Logged objects never carry credentials, cookies or payment data.
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.api_key',
  '*.apiKey',
  '*.token',
  '*.card_number',
  '*.cardNumber',
  '*.cvv',
  '*.iban',
];

/** JSON logs on stdout; the level is raised or lowered once the config is loaded. */
export function createLogger(): Logger {
  return pino({ level: 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
