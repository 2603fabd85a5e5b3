import { calleePrefilter, calleesNamed, defineRule, lastNames, pyRequestInput, pySemantics, ts, tsRequestInput, tsSemantics, type PyNode, type PythonRuleContext, type TS, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

const PY_HTTP_FUNCTIONS = /^(?:requests|httpx)\.(?:get|post|put|patch|delete|head|options|request|stream)$|^urllib\.request\.urlopen$|^urllib3\.request$/;
const PY_CLIENT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream', 'ws_connect']);
const PY_CLIENT_RECEIVER = /(?:^|\.)(?:session|client|http|http_client|async_client|httpx_client|aiohttp_session|_session|_client)$/i;
// A set, not a pattern, so the prefilter below is derived from the very callees the rule reports.
const TS_HTTP_FUNCTIONS = new Set([
  'fetch',
  'node-fetch',
  'cross-fetch',
  'got',
  'ky',
  'axios',
  ...['fetch', 'request', 'stream'].map((member) => `undici.${member}`),
  ...['get', 'post', 'put', 'patch', 'delete', 'head', 'request'].map((member) => `axios.${member}`),
  ...['got', 'ky'].flatMap((client) => ['get', 'post', 'put', 'patch', 'delete'].map((member) => `${client}.${member}`)),
  ...['http', 'https', 'node:http', 'node:https'].flatMap((module) => ['get', 'request'].map((member) => `${module}.${member}`)),
]);
// Names of checks that decide whether a URL may be fetched.
const VALIDATOR_NAME = /allow|valid|safe|trusted|permitted|whitelist|check_?url|is_?internal|verify/i;

/** True when the handler checks `name` against an allowlist before use: `host in ALLOWED`, `is_allowed(url)`, `url.startswith(BASE)`. */
function pyValidated(name: string, handler: PyNode, ctx: PythonRuleContext): boolean {
  const mentions = (node: PyNode) => node.text.includes(name);
  for (const node of ctx.file.descendants(handler, new Set(['comparison_operator', 'call']))) {
    if (node.type === 'comparison_operator' && / (?:not )?in /.test(` ${node.text} `) && mentions(node)) return true;
    if (node.type === 'call') {
      const callee = ctx.file.calleeName(node) ?? '';
      const args = node.childForFieldName('arguments');
      if (VALIDATOR_NAME.test(callee.split('.').pop() ?? '') && args && mentions(args)) return true;
      if (/\.(?:startswith|endswith)$/.test(callee) && callee.startsWith(name)) return true;
    }
  }
  return false;
}

function tsValidated(name: string, handler: TS.Node, ctx: TypeScriptRuleContext): boolean {
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(ctx.file.source);
      const args = node.arguments.map((arg) => arg.getText(ctx.file.source)).join(',');
      if ((/\.(?:includes|has|some)$/.test(callee) && args.includes(name)) || (/\.(?:startsWith|endsWith)$/.test(callee) && callee.includes(name))) found = true;
      else if (VALIDATOR_NAME.test(callee.split('.').pop() ?? '') && args.includes(name)) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(handler);
  return found;
}

function pyUrlArgument(call: PyNode, ctx: PythonRuleContext, member: string): PyNode | undefined {
  const keyword = ctx.file.keywordArgument(call, 'url');
  if (keyword) return keyword;
  const positional = ctx.file.positionalArguments(call);
  return member === 'request' || member === 'stream' ? positional[1] : positional[0];
}

export default defineRule({
  id: 'unvalidated-outbound-url',
  category: 'security',
  severity: 'high',
  confidence: 'high',
  seeds: ['000'],
  summary: 'Request-supplied URL is fetched without an allowlist (SSRF)',
  messages: {
    ssrf: 'A URL from the {{source}} is fetched by {{callee}} with no allowlist check; a caller can make the server reach internal services or cloud metadata (SSRF)',
  },
  fixHint: 'Parse the URL, require https and a host from an explicit allowlist (settings), and reject private/link-local addresses before fetching.',
  python: {
    visitors: {
      call(node, ctx) {
        const callee = ctx.file.calleeName(node) ?? '';
        const member = ctx.file.calleeMember(node) ?? '';
        const isHttp = PY_HTTP_FUNCTIONS.test(callee) || (PY_CLIENT_METHODS.has(member) && PY_CLIENT_RECEIVER.test(callee.slice(0, -(member.length + 1)).replace(/\(\)$/, '')));
        if (!isHttp) return;
        const url = pyUrlArgument(node, ctx, member);
        if (!url) return;
        const value = pyRequestInput.clientValuePrefix(url, ctx.file);
        if (!value) return;
        const handler = pySemantics.enclosingHandler(node, ctx.file)!;
        const names = ctx.file.descendants(url, new Set(['identifier'])).map((id) => id.text);
        if (url.type === 'identifier') names.push(url.text);
        if (names.some((name) => pyValidated(name, handler, ctx))) return;
        ctx.report({ node, messageId: 'ssrf', data: { source: value.source, callee } });
      },
    },
  },
  typescript: {
    // The one report is at a call whose callee is one of TS_HTTP_FUNCTIONS.
    prefilter: calleePrefilter(TS_HTTP_FUNCTIONS),
    callees: calleesNamed(lastNames(TS_HTTP_FUNCTIONS)),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node)) return;
        const callee = ctx.file.calleeName(node) ?? '';
        if (!TS_HTTP_FUNCTIONS.has(callee)) return;
        const first = node.arguments[0];
        const url = first && ctx.file.resolveObject(first) ? ctx.file.property(first, 'url') : first;
        if (!url) return;
        const value = tsRequestInput.clientValuePrefix(url, ctx.file, ctx.path);
        if (!value) return;
        const handler = tsSemantics.enclosingHandler(node, ctx.file, ctx.path)!;
        const names: string[] = [];
        const collect = (n: TS.Node): void => {
          if (ts.isIdentifier(n)) names.push(n.text);
          ts.forEachChild(n, collect);
        };
        collect(url);
        if (names.some((name) => !/^(?:req|request|c|ctx)$/.test(name) && tsValidated(name, handler, ctx))) return;
        ctx.report({ node, messageId: 'ssrf', data: { source: value.source, callee } });
      },
    },
  },
});
