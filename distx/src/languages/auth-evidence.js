/**
 * What authentication looks like in source, by name and by what a function
 * body checks. Language-neutral (Python and TS/JS spell these alike); shared by
 * missing-auth and any rule that needs to know whether a route is protected.
 */
// Dependencies, decorators, middleware and guards named for authentication:
// Depends(get_current_user), @login_required, @jwt_required, requires("authenticated"),
// passport.authenticate, requireAuth, verifyJwt, clerkMiddleware, bearerAuth, basicAuth,
// Depends(get_current_active_superuser), Depends(validate_token).
const AUTH_NAME = /auth(?!or)|login_?required|jwt|bearer|api_?key|token(?!s|iz)|current_?\w*user|superuser|active_?user|verify|permission|require_?user|requires|protect|guard|principal|credential|signed_?in|oauth|oidc|clerk|passport|firebase_?user|access_?control|rbac|acl\b|session_?user|is_?admin|admin_?required|signature/i;
/** A dependency, decorator or middleware whose name says it authenticates or authorizes. */
export function isAuthName(name) {
    return AUTH_NAME.test(name);
}
// A body that calls a verifier or rejects with 401/403: `jwt.decode(...)`, `await auth()`,
// `getServerSession(...)`, `raise HTTPException(status_code=401)`, `res.status(401)`. Merely reading
// the Authorization header is not evidence: handlers log or forward it without checking it.
const AUTH_CHECK = new RegExp([
    /\b(?:verify_?(?:id_?)?token|verifyIdToken|verify_?jwt|jwtVerify|jwt\.(?:decode|verify)|decode_?token|verifyToken|validate_?token|check_?auth|require_?auth|authenticate|is_authenticated|isAuthenticated)\s*\(/.source,
    /\b(?:getServerSession|currentUser|getAuth|getToken|auth)\s*\(/.source,
    /\b(?:HTTP_401_UNAUTHORIZED|HTTP_403_FORBIDDEN|Unauthorized|Forbidden)\b/.source,
    /status(?:_code)?\s*[=:(]\s*40[13]\b/.source,
    /\b(?:abort|code|status)\(\s*40[13]\b/.source,
    /\b(?:compare_digest|timingSafeEqual)\b/.source,
    /\b(?:req|request)\.(?:user|auth)\b/.source,
    /\bcurrent_user\b/.source,
].join('|'), 'i');
/** True when a handler, hook or middleware body visibly checks a credential. */
export function bodyChecksAuth(text) {
    return AUTH_CHECK.test(text);
}
// Routes that must be reachable without a session (they issue or verify credentials themselves,
// or are probes): login, sign-up, token, OAuth callbacks, webhooks (signed), health, metrics.
const PUBLIC_SEGMENT = /^(?:login|logout|signin|sign-in|sign_in|signup|sign-up|sign_up|register|token|refresh|oauth2?|callback|auth|webhooks?|forgot-password|reset-password|password-reset|\.well-known|health|healthz|healthcheck|livez|live|liveness|readyz|ready|readiness|metrics|ping)$/i;
export function isPublicPath(path) {
    return path
        .split(/[/?#]/)
        .filter(Boolean)
        .some((segment) => PUBLIC_SEGMENT.test(segment));
}
