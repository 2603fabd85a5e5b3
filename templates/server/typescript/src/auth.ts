import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Config } from './config.js';

/**
 * API keys are configured as SHA-256 digests, so the environment never holds a usable
 * key. The presented key is hashed and compared with every configured digest in
 * constant time; the principal (the user identity) comes only from the matching entry,
 * never from the body or a client-chosen id.
 */
export function createAuthenticator(keys: Config['API_KEYS']) {
  return function authenticate(headers: IncomingHttpHeaders): string | undefined {
    const presented = bearerToken(headers.authorization) ?? singleHeader(headers['x-api-key']);
    if (!presented) return undefined;
    const digest = createHash('sha256').update(presented).digest();
    let principal: string | undefined;
    for (const key of keys) {
      if (timingSafeEqual(digest, key.digest) && principal === undefined) principal = key.principal;
    }
    return principal;
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S{1,512})$/i);
  return match?.[1];
}

function singleHeader(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 512 ? value : undefined;
}
