/** A body the client generates: `prefix` then `fill` repeated up to `totalBytes`, streamed. */
export interface GeneratedBody {
    prefix: string;
    fill: string;
    totalBytes: number;
}
export interface ProbeRequest {
    /** GET unless said otherwise; anything but GET/HEAD/OPTIONS needs `bodyCannotValidate` or a named endpoint with --allow-mutating. */
    method?: string;
    /** A path under the target's base (`/healthz`) or an absolute URL on the same host. */
    path: string;
    headers?: Record<string, string>;
    /** Leave the user's --header credentials off: what an anonymous caller sees. */
    anonymous?: boolean;
    body?: string | GeneratedBody;
    /** The body cannot pass any validation (malformed or truncated JSON), so sending it cannot change state. */
    bodyCannotValidate?: boolean;
    /** Same-host redirects are followed (at most 3) unless this is false. */
    followRedirects?: boolean;
}
export interface ProbeResponse {
    method: string;
    /** The URL that answered, after same-host redirects. */
    url: string;
    status: number;
    /** Lower-case names; repeated headers joined with ", " (Set-Cookie is kept apart in `setCookies`). */
    headers: Record<string, string>;
    setCookies: string[];
    /** At most the body cap, decoded as UTF-8. */
    body: string;
    /** True when the body was longer than the cap and the client stopped reading. */
    truncated: boolean;
    durationMs: number;
    /** A redirect the client refused to follow because it leaves the host (or downgrades to http). */
    offHostRedirect?: string;
    /** The server still redirected after the maximum number of hops. */
    redirectLimitReached: boolean;
    /** False in --dry-run: nothing was sent and the response is a 404 stand-in. */
    sent: boolean;
}
export type TransportFailure = 'refused' | 'dns' | 'timeout' | 'reset' | 'not-http' | 'tls' | 'tls-certificate' | 'deadline' | 'other';
/** The request did not produce an HTTP response; `message` is one line and holds no header values. */
export declare class ProbeTransportError extends Error {
    readonly failure: TransportFailure;
    readonly name = "ProbeTransportError";
    constructor(failure: TransportFailure, message: string);
}
/** A check must stop: the run's budget or deadline is spent, or the server asked to slow down. */
export declare class ProbeStop extends Error {
    readonly reason: 'budget' | 'deadline' | 'backoff';
    readonly name = "ProbeStop";
    constructor(reason: 'budget' | 'deadline' | 'backoff', message: string);
}
/** What a check sends through: budgeted, cached, bounded. Checks never build HTTP clients themselves. */
export interface ProbeClient {
    request(request: ProbeRequest): Promise<ProbeResponse>;
    get(path: string, request?: Omit<ProbeRequest, 'path' | 'method'>): Promise<ProbeResponse>;
    /** Requests this check has sent over the network (cached answers are free). */
    readonly used: number;
    /** How many more this check may send: its own declaration and the run's budget, whichever is lower. */
    readonly remaining: number;
}
export declare const READ_ONLY_METHODS: Set<string>;
export declare const REDIRECT_STATUSES: Set<number>;
export declare const MAX_REDIRECTS = 3;
