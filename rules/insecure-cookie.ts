import { calleesNamed, defineRule, ts, type PyNode, type PythonRuleContext, type TS, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

// Cookies whose theft or forgery is an account takeover; others are reported at medium confidence.
const AUTH_COOKIE = /sess|sid|token|auth|jwt|login|user|account|refresh|access|remember|csrf|xsrf/i;
const SESSION_MIDDLEWARE = /(?:^|\.)SessionMiddleware$/;

interface CookieFlags {
  httpOnly: unknown;
  secure: unknown;
  sameSite: unknown;
}

/**
 * Which protections are missing, given the literal option values (`undefined` = not set)
 * and the framework's defaults. A non-literal value is configuration and counts as set.
 */
function missingFlags(flags: CookieFlags, defaults: { httpOnly: boolean; sameSite: boolean }): string[] {
  const missing: string[] = [];
  if (flags.httpOnly === false || (flags.httpOnly === undefined && !defaults.httpOnly)) missing.push('HttpOnly');
  if (flags.secure === false || flags.secure === undefined) missing.push('Secure');
  const sameSite = typeof flags.sameSite === 'string' ? flags.sameSite.toLowerCase() : flags.sameSite;
  if (sameSite === false || (sameSite === undefined && !defaults.sameSite)) missing.push('SameSite');
  return missing;
}

const KEEP = Symbol('configured');

function pyFlag(call: PyNode, name: string, ctx: PythonRuleContext): unknown {
  const value = ctx.file.keywordArgument(call, name);
  if (!value) return undefined;
  const literal = ctx.file.literal(value);
  return literal === undefined ? KEEP : literal;
}

function report(node: PyNode | TS.Node, name: string | undefined, missing: string[], ctx: PythonRuleContext | TypeScriptRuleContext): void {
  if (missing.length === 0) return;
  const cookie = name ?? 'cookie';
  const isAuth = AUTH_COOKIE.test(cookie);
  const data = { cookie, missing: missing.join(', ') };
  if (isAuth) (ctx.report as (d: object) => void)({ node, messageId: 'insecure', data });
  else (ctx.report as (d: object) => void)({ node, messageId: 'insecureUnknown', data, confidence: 'medium' });
}

// The member of a setter call, or the last name of Hono's setters (`hono/cookie.setCookie`).
const COOKIE_SETTERS = ['cookie', 'setCookie', 'setSignedCookie', 'set'];

export default defineRule({
  id: 'insecure-cookie',
  category: 'security',
  severity: 'medium',
  confidence: 'high',
  seeds: ['002'],
  summary: 'Cookie set without HttpOnly, Secure or SameSite',
  messages: {
    insecure: 'Cookie "{{cookie}}" is set without {{missing}}; a script, a plain-HTTP hop or a cross-site request can read or replay it',
    insecureUnknown: 'Cookie "{{cookie}}" is set without {{missing}} (it may not be a session cookie; judged by name)',
    sessionMiddleware: 'SessionMiddleware signs the session cookie but sends it over plain HTTP too (https_only is not set)',
  },
  fixHint: 'Set the cookie with httponly/httpOnly=True, secure=True and samesite="lax" (or "strict"); for Starlette sessions pass https_only=True.',
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        if (file.hasSplatKeywords(node)) return;
        if (file.calleeMember(node) === 'set_cookie') {
          // Flask/Werkzeug default SameSite to None; Starlette/FastAPI to "lax". Neither sets HttpOnly or Secure.
          const flaskLike = file.importsModule('flask') || file.importsModule('quart') || file.importsModule('werkzeug');
          const flags = { httpOnly: pyFlag(node, 'httponly', ctx), secure: pyFlag(node, 'secure', ctx), sameSite: pyFlag(node, 'samesite', ctx) };
          if (flags.sameSite === null) flags.sameSite = false;
          const name = file.stringValue(file.positionalArguments(node)[0] ?? file.keywordArgument(node, 'key'));
          report(node, name, missingFlags(flags, { httpOnly: false, sameSite: !flaskLike }), ctx);
          return;
        }
        const middleware = file.calleeMember(node) === 'add_middleware' || file.calleeName(node) === 'starlette.middleware.Middleware' ? file.qualifiedName(file.positionalArguments(node)[0]) : undefined;
        if (middleware && SESSION_MIDDLEWARE.test(middleware)) {
          const httpsOnly = pyFlag(node, 'https_only', ctx);
          if (httpsOnly === undefined || httpsOnly === false) ctx.report({ node, messageId: 'sessionMiddleware' });
        }
      },
    },
  },
  typescript: {
    // Every branch below needs its setter named in the file: the member `cookie`, `setCookie` or `set` of the call, or
    // Hono's `setCookie`/`setSignedCookie` in its import specifier or property access. (`set`'s receiver is matched by a
    // case-insensitive pattern, so it cannot narrow this.)
    prefilter: { names: COOKIE_SETTERS },
    callees: calleesNamed(COOKIE_SETTERS),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node)) return;
        const { file } = ctx;
        const callee = file.calleeName(node) ?? '';
        const member = file.calleeMember(node);
        let name: TS.Expression | undefined;
        let options: TS.Expression | undefined;
        const defaults = { httpOnly: false, sameSite: false };
        if (callee === 'hono/cookie.setCookie' || callee === 'hono/cookie.setSignedCookie') {
          name = node.arguments[1];
          options = node.arguments[callee.endsWith('setSignedCookie') ? 4 : 3];
        } else if (member === 'cookie' && node.arguments.length >= 2 && /(?:^|\.)(?:res|response|reply)$/.test(callee.replace(/\.cookie$/, '').replace(/\.status\(\)$/, ''))) {
          // Express `res.cookie(name, value, options)`.
          name = node.arguments[0];
          options = node.arguments[2];
        } else if (member === 'setCookie' && node.arguments.length >= 2) {
          // @fastify/cookie `reply.setCookie(name, value, options)`.
          name = node.arguments[0];
          options = node.arguments[2];
        } else if (member === 'set' && /(?:^|\.)(?:cookies(?:\(\))?|cookieStore|cookieJar)$/i.test(callee.replace(/\.set$/, '')) && !/(?:ctx|context)\.cookies$/.test(callee.replace(/\.set$/, ''))) {
          // Koa's `ctx.cookies.set` is left out: it defaults to HttpOnly and to Secure on HTTPS.
          // Next.js `cookies().set(name, value, options)` / `response.cookies.set({ name, value, … })`.
          if (node.arguments.length === 1 && file.resolveObject(node.arguments[0])) {
            options = node.arguments[0];
            name = file.property(options, 'name');
          } else {
            name = node.arguments[0];
            options = node.arguments[2];
          }
        } else {
          return;
        }
        if (options && (!file.resolveObject(options) || file.hasSpread(options))) return;
        const flag = (key: string): unknown => {
          const value = options ? file.property(options, key) : undefined;
          if (!value) return undefined;
          const literal = file.literal(value);
          return literal === undefined ? KEEP : literal;
        };
        const flags = { httpOnly: flag('httpOnly'), secure: flag('secure'), sameSite: flag('sameSite') };
        if (flags.sameSite === 'none' || flags.sameSite === 'None') flags.sameSite = flags.secure === true ? KEEP : false;
        report(node, file.stringValue(name), missingFlags(flags, defaults), ctx);
      },
    },
  },
});
