/** The request did not produce an HTTP response; `message` is one line and holds no header values. */
export class ProbeTransportError extends Error {
    failure;
    name = 'ProbeTransportError';
    constructor(failure, message) {
        super(message);
        this.failure = failure;
    }
}
/** A check must stop: the run's budget or deadline is spent, or the server asked to slow down. */
export class ProbeStop extends Error {
    reason;
    name = 'ProbeStop';
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
export const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
export const MAX_REDIRECTS = 3;
