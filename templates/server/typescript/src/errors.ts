import { STATUS_CODES } from 'node:http';

/** An error whose status and public message are safe to send to the client. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string = (STATUS_CODES[statusCode] ?? 'error').toLowerCase(),
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Redis could not be reached while serving a request: the client should retry later. */
export class StoreUnavailableError extends HttpError {
  constructor(cause: unknown) {
    super(503, 'service temporarily unavailable', { 'retry-after': '5' });
    this.cause = cause;
  }
}
