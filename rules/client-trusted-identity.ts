import { defineRule, nameWords, pyRequestInput, pySemantics, ts, tsRequestInput, type PyNode, type PythonRuleContext, type TS, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

// Names that hold *who the caller is*. Session/conversation keys (`session_id`, `context_id`,
// `thread_id`) are deliberately absent: a client may pick its own conversation.
const IDENTITY_NAMES = new Set([
  'user', 'user id', 'userid', 'uid', 'username', 'user name', 'user email', 'current user', 'principal', 'principal id',
  'owner', 'owner id', 'account id', 'customer id', 'tenant id', 'caller id', 'member id', 'actor id', 'subject id',
]);

// Every identity name holds the first word of an entry above, in some case: asked of every keyword,
// key and assignment target, this one scan rules out nearly all names before they are split.
// `u` folds case as `toLowerCase` does in nameWords (the Kelvin sign is a `k`).
const IDENTITY_FIRST_WORD = new RegExp([...new Set([...IDENTITY_NAMES].map((name) => name.split(' ')[0]))].join('|'), 'iu');

function isIdentityName(name: string | undefined): boolean {
  return !!name && IDENTITY_FIRST_WORD.test(name) && IDENTITY_NAMES.has(nameWords(name).join(' '));
}

function pyReport(node: PyNode, target: string, source: string, ctx: PythonRuleContext): void {
  ctx.report({ node, messageId: 'clientIdentity', data: { target, source } });
}

/** A client value that reaches an identity slot directly (not through a variable this rule already reported). */
function pyClientValue(value: PyNode, ctx: PythonRuleContext): string | undefined {
  if (value.type === 'identifier' && (isIdentityName(value.text) || isIdentityParameter(value, ctx))) return undefined;
  return pyRequestInput.clientValue(value, ctx.file)?.source;
}

function isIdentityParameter(identifier: PyNode, ctx: PythonRuleContext): boolean {
  const handler = pySemantics.enclosingHandler(identifier, ctx.file);
  return !!handler && ctx.file.parameters(handler).some((param) => param.name === identifier.text && isIdentityName(param.name));
}

export default defineRule({
  id: 'client-trusted-identity',
  category: 'security',
  severity: 'high',
  confidence: 'medium',
  seeds: ['000'],
  summary: 'User identity is taken from a client-controlled value',
  messages: {
    clientIdentity: '{{target}} (a user identity, judged by its name) is taken from the client-controlled {{source}}; any caller can claim to be any user and reach their sessions and data',
  },
  fixHint: 'Derive the user from verified credentials (a validated JWT/session, `request.user` set by auth middleware, the A2A call context user) and use client ids only as conversation keys scoped to that user.',
  python: {
    visitors: {
      keyword_argument(node, ctx) {
        const name = node.childForFieldName('name')?.text;
        const value = node.childForFieldName('value');
        if (!isIdentityName(name) || !value) return;
        const source = pyClientValue(value, ctx);
        if (source) pyReport(node, name!, source, ctx);
      },
      pair(node, ctx) {
        const key = ctx.file.stringValue(node.childForFieldName('key'));
        const value = node.childForFieldName('value');
        if (!isIdentityName(key) || !value) return;
        const source = pyClientValue(value, ctx);
        if (source) pyReport(node, key!, source, ctx);
      },
      assignment(node, ctx) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const name = left?.type === 'identifier' ? left.text : left?.type === 'attribute' ? left.childForFieldName('attribute')?.text : undefined;
        if (!isIdentityName(name) || !right) return;
        const source = pyClientValue(right, ctx);
        if (source) pyReport(node, name!, source, ctx);
      },
      function_definition(node, ctx) {
        // FastAPI: `async def chat(x_user_id: str = Header(...))` or a plain `user_id: str` query parameter.
        if (!ctx.file.routeDecorator(node) || !ctx.file.importsModule('fastapi')) return;
        for (const param of ctx.file.parameters(node)) {
          if (!isIdentityName(param.name.replace(/^x_/, ''))) continue;
          if (pyRequestInput.isInjectedParameter(param, ctx.file)) continue;
          const source = pyRequestInput.clientValue(param.node.childForFieldName('name') ?? param.node.namedChildren.find((c) => c?.type === 'identifier') ?? param.node, ctx.file)?.source;
          if (source) pyReport(param.node, param.name, source, ctx);
        }
      },
    },
  },
  typescript: {
    // Identity names are any casing and spelling of words, so they cannot narrow this; but every report needs a client
    // value, and every client value starts from a request member (`req.body`, `c.req.header()`) named in the file.
    prefilter: { names: tsRequestInput.CLIENT_VALUE_MEMBERS },
    visitors: {
      VariableDeclaration(node, ctx) {
        if (!ts.isVariableDeclaration(node) || !node.initializer) return;
        if (ts.isIdentifier(node.name)) {
          if (!isIdentityName(node.name.text)) return;
          const value = tsClientValue(node.initializer, ctx);
          if (value) ctx.report({ node, messageId: 'clientIdentity', data: { target: node.name.text, source: value } });
          return;
        }
        if (!ts.isObjectBindingPattern(node.name)) return;
        const base = tsRequestInput.clientValue(node.initializer, ctx.file, ctx.path);
        if (!base) return;
        for (const element of node.name.elements) {
          const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : undefined;
          const local = ts.isIdentifier(element.name) ? element.name.text : undefined;
          if (isIdentityName(local) || isIdentityName(key)) {
            ctx.report({ node: element, messageId: 'clientIdentity', data: { target: local ?? key!, source: base.source.startsWith('header') ? base.source : `${base.source.replace(/ field ".*"$/, '')} field "${key}"` } });
          }
        }
      },
      PropertyAssignment(node, ctx) {
        if (!ts.isPropertyAssignment(node)) return;
        const name = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;
        if (!isIdentityName(name)) return;
        const value = tsClientValue(node.initializer, ctx);
        if (value) ctx.report({ node, messageId: 'clientIdentity', data: { target: name!, source: value } });
      },
    },
  },
});

function tsClientValue(value: TS.Expression, ctx: TypeScriptRuleContext): string | undefined {
  const inner = ctx.file.unwrap(value) ?? value;
  if (ts.isIdentifier(inner) && isIdentityName(inner.text)) return undefined;
  return tsRequestInput.clientValue(inner, ctx.file, ctx.path)?.source;
}
