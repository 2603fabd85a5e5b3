import { calleesNamed, defineRule, dottedCalleeMembers, lastNames, ts, type PyNode, type PythonRuleContext, type TS, type TsNode, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

// Probe origins a regex must not accept: any external site, and the opaque `null` origin.
const FOREIGN_ORIGINS = ['https://attacker.invalid', 'null'];
const ALLOW_ORIGIN_HEADER = 'access-control-allow-origin';
const HEADER_SETTERS = new Set(['setHeader', 'header', 'set', 'append', 'writeHead']);
const ENV_READERS = new Set(['os.getenv', 'os.environ.get']);
// Packages whose middleware allows every origin when called without an origin option.
const WILDCARD_BY_DEFAULT = new Set(['cors', 'hono/cors.cors', '@fastify/cors']);
// @koa/cors echoes the request's Origin header back when no origin is configured.
const REFLECTS_BY_DEFAULT = new Set(['@koa/cors', 'koa-cors', 'koa2-cors']);
const CORS_CALLEE_MEMBERS = dottedCalleeMembers([...WILDCARD_BY_DEFAULT, ...REFLECTS_BY_DEFAULT]);

// The pattern comes from the scanned code: a repeated group that itself repeats or alternates
// ((a+)+, (.|.)*) backtracks exponentially, and JavaScript regexes cannot be interrupted, so such a
// pattern is not run. Each unbounded quantifier multiplies the work too, hence the cap on their count.
const MAX_UNBOUNDED_QUANTIFIERS = 4;

function mayBacktrackCatastrophically(pattern: string): boolean {
  const groupVaries: boolean[] = [];
  let unbounded = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      i++;
    } else if (char === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (char === '(') {
      groupVaries.push(false);
      // `(?:`, `(?i)`, `(?P<name>`: group syntax, not a quantifier.
      if (pattern[i + 1] === '?') i++;
    } else if (char === ')') {
      const varies = groupVaries.pop() ?? false;
      const next = pattern[i + 1];
      if (varies && (next === '*' || next === '+' || (next === '{' && /^\{\d*,/.test(pattern.slice(i + 1))))) return true;
      if (varies && groupVaries.length > 0) groupVaries[groupVaries.length - 1] = true;
    } else if ('*+?{|'.includes(char)) {
      if (groupVaries.length > 0) groupVaries[groupVaries.length - 1] = true;
      if ((char === '*' || char === '+') && ++unbounded > MAX_UNBOUNDED_QUANTIFIERS) return true;
    }
  }
  return false;
}

function regexAcceptsAnyOrigin(pattern: string): boolean {
  if (mayBacktrackCatastrophically(pattern)) return false;
  try {
    const regex = new RegExp(pattern.replace(/\(\?[aiLmsux]+\)/g, ''));
    return FOREIGN_ORIGINS.some((origin) => regex.test(origin));
  } catch {
    return false;
  }
}

function includesWildcard(value: unknown): boolean {
  return value === '*' || (Array.isArray(value) && value.includes('*'));
}

/** `os.getenv("CORS_ORIGINS", "*")` anywhere inside the expression: on unless configured. */
function envDefaultWildcard(node: PyNode, ctx: PythonRuleContext): boolean {
  const calls = node.type === 'call' ? [node, ...ctx.file.descendants(node, new Set(['call']))] : ctx.file.descendants(node, new Set(['call']));
  return calls.some((call) => {
    const callee = ctx.file.calleeName(call);
    const fallback = ctx.file.positionalArguments(call)[1];
    return !!callee && ENV_READERS.has(callee) && typeof ctx.file.stringValue(fallback) === 'string' && ctx.file.stringValue(fallback)!.split(',').includes('*');
  });
}

function checkStarletteCors(call: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  const credentials = file.literal(file.keywordArgument(call, 'allow_credentials')) === true;
  const messageId = credentials ? 'withCredentials' : 'wildcard';
  const severity = credentials ? 'critical' : undefined;
  const origins = file.keywordArgument(call, 'allow_origins');
  if (origins && includesWildcard(file.literal(origins))) {
    ctx.report({ node: origins.parent ?? origins, messageId, severity, data: { setting: 'allow_origins' } });
    return;
  }
  if (origins && envDefaultWildcard(origins, ctx)) {
    ctx.report({ node: origins.parent ?? origins, messageId: 'envDefault', severity, confidence: 'medium', data: { setting: 'allow_origins' } });
    return;
  }
  const regex = file.keywordArgument(call, 'allow_origin_regex');
  const pattern = file.stringValue(regex);
  if (regex && pattern !== undefined && regexAcceptsAnyOrigin(pattern)) {
    ctx.report({ node: regex.parent ?? regex, messageId, severity, data: { setting: 'allow_origin_regex' } });
  }
}

/** flask-cors: `CORS(app)` and `@cross_origin()` allow every origin unless `origins`/`resources` narrow it. */
function checkFlaskCors(call: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  if (file.hasSplatKeywords(call)) return;
  const credentials = file.literal(file.keywordArgument(call, 'supports_credentials')) === true;
  const messageId = credentials ? 'withCredentials' : 'wildcard';
  const severity = credentials ? 'critical' : undefined;
  const origins = file.keywordArgument(call, 'origins');
  const resources = file.keywordArgument(call, 'resources');
  if (origins) {
    if (includesWildcard(file.literal(origins))) ctx.report({ node: origins.parent ?? origins, messageId, severity, data: { setting: 'origins' } });
    return;
  }
  if (resources) {
    const value = file.literal(resources);
    const perPath = value && typeof value === 'object' && !Array.isArray(value) ? Object.values(value) : [];
    const open = perPath.some((options) => options && typeof options === 'object' && !Array.isArray(options) && (!('origins' in options) || includesWildcard(options.origins)));
    if (open) ctx.report({ node: resources.parent ?? resources, messageId, severity, data: { setting: 'resources' } });
    return;
  }
  ctx.report({ node: call, messageId: credentials ? 'withCredentials' : 'defaultWildcard', severity, data: { setting: file.calleeMember(call) ?? 'CORS' } });
}

function checkPythonHeaderAssignment(node: PyNode, ctx: PythonRuleContext): void {
  // response.headers["Access-Control-Allow-Origin"] = "*"
  const left = node.childForFieldName('left');
  if (left?.type !== 'subscript') return;
  const key = ctx.file.stringValue(left.childForFieldName('subscript'));
  if (key?.toLowerCase() !== ALLOW_ORIGIN_HEADER) return;
  if (ctx.file.stringValue(node.childForFieldName('right')) === '*') {
    ctx.report({ node, messageId: 'wildcard', data: { setting: 'Access-Control-Allow-Origin' } });
  }
}

function checkTsCorsOptions(call: TS.CallExpression, options: TS.Expression | undefined, packageName: string, ctx: TypeScriptRuleContext): void {
  const { file } = ctx;
  if (!options) {
    const reflects = REFLECTS_BY_DEFAULT.has(packageName);
    ctx.report({ node: call, messageId: reflects ? 'reflectsOrigin' : 'defaultWildcard', data: { setting: `${packageName.replace(/\.cors$/, '')} defaults` } });
    return;
  }
  if (file.hasSpread(options) || !file.resolveObject(options)) return;
  const credentials = file.literal(file.property(options, 'credentials')) === true;
  const severity = credentials ? 'critical' : undefined;
  const origin = file.property(options, 'origin');
  if (!origin) {
    const reflects = REFLECTS_BY_DEFAULT.has(packageName);
    ctx.report({ node: call, messageId: credentials ? 'withCredentials' : reflects ? 'reflectsOrigin' : 'defaultWildcard', severity, data: { setting: 'origin (not set)' } });
    return;
  }
  const value = file.literal(origin);
  if (value === true) {
    ctx.report({ node: origin.parent, messageId: 'reflectsOrigin', severity, data: { setting: 'origin: true' } });
  } else if (includesWildcard(value)) {
    ctx.report({ node: origin.parent, messageId: credentials ? 'withCredentials' : 'wildcard', severity, data: { setting: 'origin' } });
  } else if (ts.isRegularExpressionLiteral(origin)) {
    const source = origin.text.slice(1, origin.text.lastIndexOf('/'));
    if (regexAcceptsAnyOrigin(source)) ctx.report({ node: origin.parent, messageId: credentials ? 'withCredentials' : 'wildcard', severity, data: { setting: 'origin' } });
  } else if ((ts.isArrowFunction(origin) || ts.isFunctionExpression(origin)) && reflectsEverything(origin)) {
    ctx.report({ node: origin.parent, messageId: 'reflectsOrigin', severity, data: { setting: 'origin callback' } });
  }
}

/** `origin: (origin, cb) => cb(null, true)`: a callback that approves every origin. */
function reflectsEverything(fn: TS.ArrowFunction | TS.FunctionExpression): boolean {
  const body = fn.body;
  const statements = ts.isBlock(body) ? body.statements : undefined;
  const expression = statements ? (statements.length === 1 && ts.isExpressionStatement(statements[0]) ? statements[0].expression : undefined) : body;
  if (!expression || !ts.isCallExpression(expression) || expression.arguments.length !== 2) return false;
  return expression.arguments[1].kind === ts.SyntaxKind.TrueKeyword;
}

function isRequestOrigin(node: TS.Expression, ctx: TypeScriptRuleContext): boolean {
  const text = node.getText(ctx.file.source);
  return /\b(?:headers\.origin|headers\[['"]origin['"]\]|header\(['"]origin['"]\)|get\(['"]origin['"]\))/i.test(text);
}

export default defineRule({
  id: 'cors-wildcard',
  category: 'security',
  severity: 'high',
  confidence: 'high',
  seeds: ['001', '004'],
  summary: 'CORS allows any origin',
  messages: {
    wildcard: 'CORS allows any origin via {{setting}}; any website can call this API from a visitor\'s browser',
    withCredentials: 'CORS allows any origin via {{setting}} and sends credentials; any website can act with a visitor\'s cookies or tokens',
    reflectsOrigin: 'CORS reflects the request\'s Origin ({{setting}}), which allows every origin',
    defaultWildcard: 'CORS middleware without an origin list ({{setting}}) allows every origin',
    envDefault: 'CORS origins come from the environment but default to "*" ({{setting}}); a deploy that forgets the variable is open to every origin',
  },
  fixHint: 'List the exact origins allowed to call this server (read them from settings), and send credentials only to those origins.',
  fixable: true,
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (!callee) return;
        if (callee === 'flask_cors.CORS' || callee === 'flask_cors.cross_origin') {
          checkFlaskCors(node, ctx);
          return;
        }
        const isMiddlewareCall = file.calleeMember(node) === 'add_middleware' || callee === 'starlette.middleware.Middleware';
        if (!isMiddlewareCall) return;
        const middleware = file.qualifiedName(file.positionalArguments(node)[0] ?? file.keywordArgument(node, 'middleware_class'));
        if (middleware?.endsWith('.CORSMiddleware') || middleware === 'CORSMiddleware') checkStarletteCors(node, ctx);
      },
      assignment: checkPythonHeaderAssignment,
    },
  },
  typescript: {
    // Each report needs: a callee of a CORS package (its module specifier, or a root identifier, holds the name's first
    // segment; `\\u` as an identifier may spell it with an escape); the `register` of '@fastify/cors' (its specifier);
    // a header setter (a member name, exact: the header may be folded from `'Access-Control-' + 'Allow-Origin'`); or a
    // quoted key that is the header in any letter case (as written: a word of the text, in any case).
    // Not matched: a specifier or key that spells its word with a string escape.
    prefilter: {
      names: [...HEADER_SETTERS],
      words: [...[...WILDCARD_BY_DEFAULT, ...REFLECTS_BY_DEFAULT].map((callee) => callee.split('.')[0]), ALLOW_ORIGIN_HEADER, '\\u'],
    },
    callees: calleesNamed(lastNames([...WILDCARD_BY_DEFAULT, ...REFLECTS_BY_DEFAULT]), ['register'], HEADER_SETTERS),
    visitors: {
      CallExpression(node: TsNode, ctx) {
        if (!ts.isCallExpression(node)) return;
        const { file } = ctx;
        const callee = file.calleeNameWithMember(node, CORS_CALLEE_MEMBERS);
        if (callee && (WILDCARD_BY_DEFAULT.has(callee) || REFLECTS_BY_DEFAULT.has(callee)) && callee !== '@fastify/cors') {
          checkTsCorsOptions(node, node.arguments[0], callee, ctx);
          return;
        }
        const member = file.calleeMember(node);
        if (member === 'register' && file.qualifiedName(node.arguments[0]) === '@fastify/cors') {
          checkTsCorsOptions(node, node.arguments[1], '@fastify/cors', ctx);
          return;
        }
        if (member && HEADER_SETTERS.has(member) && node.arguments.length >= 2) {
          const header = file.stringValue(node.arguments[0]);
          if (header?.toLowerCase() !== ALLOW_ORIGIN_HEADER) return;
          const value = node.arguments[1];
          if (file.stringValue(value) === '*') ctx.report({ node, messageId: 'wildcard', data: { setting: 'Access-Control-Allow-Origin' } });
          else if (isRequestOrigin(value, ctx)) ctx.report({ node, messageId: 'reflectsOrigin', data: { setting: 'Access-Control-Allow-Origin' } });
        }
      },
      PropertyAssignment(node, ctx) {
        if (!ts.isPropertyAssignment(node)) return;
        const name = ts.isStringLiteral(node.name) ? node.name.text : undefined;
        if (name?.toLowerCase() !== ALLOW_ORIGIN_HEADER) return;
        if (ctx.file.stringValue(node.initializer) === '*') ctx.report({ node, messageId: 'wildcard', data: { setting: 'Access-Control-Allow-Origin' } });
        else if (isRequestOrigin(node.initializer, ctx)) ctx.report({ node, messageId: 'reflectsOrigin', data: { setting: 'Access-Control-Allow-Origin' } });
      },
    },
  },
});
