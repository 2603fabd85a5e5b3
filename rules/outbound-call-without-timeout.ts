import { calleePrefilter, calleesNamed, defineRule, isTestPath, lastNames, memoSlot, pySemantics, ts, tsSemantics, type PyNode, type PythonFile, type PythonRuleContext, type TS, type TypeScriptFile, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

const { FETCH_FUNCTIONS, AXIOS_CONFIG_INDEX, UNDICI_REQUEST } = tsSemantics;
const { REQUESTS_FUNCTIONS, REQUESTS_SESSIONS, REQUESTS_METHODS, HTTPX_FUNCTIONS, HTTPX_CLIENTS, HTTPX_METHODS, AIOHTTP_SESSIONS, URLOPEN } = pySemantics;

// LLM SDK clients and the timeout they fall back to when none is given.
const PYTHON_LLM_CLIENTS = new Map([
  ['openai.OpenAI', '10 minutes'],
  ['openai.AsyncOpenAI', '10 minutes'],
  ['openai.AzureOpenAI', '10 minutes'],
  ['openai.AsyncAzureOpenAI', '10 minutes'],
  ['anthropic.Anthropic', '10 minutes'],
  ['anthropic.AsyncAnthropic', '10 minutes'],
  ['anthropic.AnthropicBedrock', '10 minutes'],
  ['anthropic.AnthropicVertex', '10 minutes'],
  ['langchain_openai.ChatOpenAI', 'the OpenAI SDK\'s 10 minutes'],
  ['langchain_openai.AzureChatOpenAI', 'the OpenAI SDK\'s 10 minutes'],
  ['langchain_anthropic.ChatAnthropic', 'the Anthropic SDK\'s 10 minutes'],
  ['langchain_google_genai.ChatGoogleGenerativeAI', 'no timeout at all'],
]);
// Keyword names that set the timeout, per client family; `http_client=` brings its own httpx timeout.
const PYTHON_TIMEOUT_KEYWORDS = ['timeout', 'request_timeout', 'default_request_timeout', 'http_client'];
const NO_TIMEOUT = 'no timeout at all';
const GENAI_CLIENTS = new Set(['google.genai.Client', 'google.genai.client.Client']);
const GENAI_HTTP_OPTIONS = /(?:^|\.)HttpOptions$/;

const TS_LLM_CLIENTS = new Map([
  ['openai', '10 minutes'],
  ['openai.OpenAI', '10 minutes'],
  ['openai.AzureOpenAI', '10 minutes'],
  ['@anthropic-ai/sdk', '10 minutes'],
  ['@anthropic-ai/sdk.Anthropic', '10 minutes'],
  ['@anthropic-ai/sdk.default', '10 minutes'],
  ['@langchain/openai.ChatOpenAI', 'the OpenAI SDK\'s 10 minutes'],
  ['@langchain/openai.AzureChatOpenAI', 'the OpenAI SDK\'s 10 minutes'],
  ['@langchain/anthropic.ChatAnthropic', 'the Anthropic SDK\'s 10 minutes'],
]);
const TS_GENAI = new Set(['@google/genai.GoogleGenAI']);
const AXIOS_DEFAULTS_TIMEOUT = /\baxios\.defaults\.timeout\s*=/;
const UNDICI_TIMEOUT_OPTIONS = ['headersTimeout', 'bodyTimeout', 'signal'];
// The first segment of every callee the call visitor checks (fetch, axios, undici and the fetch modules).
const OUTBOUND_ROOTS = new Set([...FETCH_FUNCTIONS, 'axios', ...UNDICI_REQUEST].map(firstSegment));

/** A name up to its first dot: most roots have none, and are not copied. */
function firstSegment(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}

/** `timeout=None`, `httpx.Timeout(None)`, `aiohttp.ClientTimeout()`: a value that turns every limit off. */
function disablesTimeout(value: PyNode, file: PythonFile): boolean {
  if (file.literal(value) === null) return true;
  if (value.type !== 'call') return false;
  const callee = file.calleeName(value) ?? '';
  const positional = file.positionalArguments(value);
  const keywords = value.childForFieldName('arguments')?.namedChildren.filter((arg) => arg?.type === 'keyword_argument') ?? [];
  if (/^httpx\.Timeout$/.test(callee)) return positional.length === 1 && file.literal(positional[0]) === null && keywords.length === 0;
  if (/^aiohttp(?:\.client)?\.ClientTimeout$/.test(callee)) return positional.length === 0 && keywords.length === 0;
  return false;
}

function checkPythonTimeoutArgument(call: PyNode, label: string, ctx: PythonRuleContext, required: boolean): void {
  const { file } = ctx;
  if (file.hasSplatKeywords(call)) return;
  const timeout = file.keywordArgument(call, 'timeout');
  if (timeout) {
    if (disablesTimeout(timeout, file)) ctx.report({ node: timeout.parent ?? timeout, messageId: 'timeoutDisabled', data: { call: label } });
    return;
  }
  if (required) ctx.report({ node: call, messageId: 'noTimeout', data: { call: label } });
}

/** `google.genai.Client(http_options=types.HttpOptions(timeout=30_000))` or `http_options={"timeout": 30_000}`. */
function genaiHasTimeout(call: PyNode, file: PythonFile): boolean {
  const options = file.keywordArgument(call, 'http_options');
  if (!options) return false;
  if (options.type === 'call') {
    if (!GENAI_HTTP_OPTIONS.test(file.calleeName(options) ?? '')) return true;
    return file.hasSplatKeywords(options) || file.hasKeywordArgument(options, 'timeout');
  }
  if (options.type === 'dictionary') return /["']timeout["']/.test(options.text) || options.namedChildren.some((pair) => pair?.type === 'dictionary_splat');
  // A variable or settings value may carry a timeout we cannot see.
  return true;
}

function checkPythonCall(call: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  const callee = file.calleeName(call);
  if (!callee) return;
  if (REQUESTS_FUNCTIONS.has(callee)) return checkPythonTimeoutArgument(call, callee, ctx, true);
  if (HTTPX_FUNCTIONS.has(callee) || HTTPX_CLIENTS.has(callee)) return checkPythonTimeoutArgument(call, callee, ctx, false);
  if (AIOHTTP_SESSIONS.has(callee) || callee === 'aiohttp.request') return checkPythonTimeoutArgument(call, callee, ctx, true);
  if (URLOPEN.has(callee)) {
    if (file.positionalArguments(call).length < 3) checkPythonTimeoutArgument(call, callee, ctx, true);
    return;
  }
  const sdkDefault = PYTHON_LLM_CLIENTS.get(callee);
  if (sdkDefault) {
    if (file.hasSplatKeywords(call) || PYTHON_TIMEOUT_KEYWORDS.some((name) => file.hasKeywordArgument(call, name))) return;
    ctx.report({ node: call, messageId: 'llmClientNoTimeout', data: { client: callee, fallback: sdkDefault } });
    return;
  }
  if (GENAI_CLIENTS.has(callee)) {
    if (!file.hasSplatKeywords(call) && !genaiHasTimeout(call, file)) ctx.report({ node: call, messageId: 'llmClientNoTimeout', data: { client: callee, fallback: NO_TIMEOUT } });
    return;
  }
  // session.get(...) on a requests Session / httpx client bound in this file; `requests.Session().get(...)` inline.
  const member = file.calleeMember(call);
  const receiver = call.childForFieldName('function')?.childForFieldName('object');
  if (!member || !receiver) return;
  const bound = receiver.type === 'call' ? file.calleeName(receiver) : pySemantics.boundHttpClients(file).get(receiver.text);
  if (!bound) return;
  if (REQUESTS_SESSIONS.has(bound) && REQUESTS_METHODS.has(member)) checkPythonTimeoutArgument(call, `${receiver.text}.${member}`, ctx, true);
  else if (HTTPX_CLIENTS.has(bound) && HTTPX_METHODS.has(member)) checkPythonTimeoutArgument(call, `${receiver.text}.${member}`, ctx, false);
}

/**
 * Whether an options argument may carry a property: true when it is missing
 * only from a literal we can read in full (no spread, not a variable).
 */
function optionsLack(options: TS.Expression | undefined, names: readonly string[], file: TypeScriptFile): boolean {
  if (!options) return true;
  const literal = file.resolveObject(options);
  if (!literal || file.hasSpread(literal)) return false;
  return !names.some((name) => file.hasProperty(literal, name));
}

const SETS_AXIOS_DEFAULT_TIMEOUT = memoSlot<boolean>('sets axios default timeout');

function setsAxiosDefaultTimeout(file: TypeScriptFile): boolean {
  return file.memos.get(SETS_AXIOS_DEFAULT_TIMEOUT, () => AXIOS_DEFAULTS_TIMEOUT.test(file.text));
}

// The callees the call visitor reports.
const TS_CALLS = [...FETCH_FUNCTIONS, 'axios', 'axios.create', ...[...AXIOS_CONFIG_INDEX.keys()].map((member) => `axios.${member}`), ...UNDICI_REQUEST];

function checkAxios(call: TS.CallExpression, callee: string, ctx: TypeScriptRuleContext): void {
  const { file } = ctx;
  if (callee === 'axios.create') {
    if (optionsLack(call.arguments[0], ['timeout', 'signal'], file)) ctx.report({ node: call, messageId: 'axiosInstanceNoTimeout', data: { call: 'axios.create' } });
    return;
  }
  if (setsAxiosDefaultTimeout(file)) return;
  let config: TS.Expression | undefined;
  if (callee === 'axios') {
    // axios(config) or axios(url, config)
    config = call.arguments.length === 1 && !ts.isStringLiteralLike(call.arguments[0]) && !ts.isTemplateExpression(call.arguments[0]) ? call.arguments[0] : call.arguments[1];
  } else {
    const member = callee.slice('axios.'.length);
    const index = AXIOS_CONFIG_INDEX.get(member);
    if (index === undefined) return;
    config = call.arguments[index];
  }
  if (call.arguments.some((argument) => ts.isSpreadElement(argument))) return;
  if (optionsLack(config, ['timeout', 'signal'], file)) ctx.report({ node: call, messageId: 'noTimeout', data: { call: callee } });
}

function checkTsClient(node: TS.NewExpression, ctx: TypeScriptRuleContext): void {
  const { file } = ctx;
  const callee = file.calleeName(node);
  if (!callee) return;
  const options = node.arguments?.[0];
  const sdkDefault = TS_LLM_CLIENTS.get(callee);
  if (sdkDefault) {
    if (optionsLack(options, ['timeout', 'httpAgent', 'fetch', 'fetchOptions'], file)) ctx.report({ node, messageId: 'llmClientNoTimeout', data: { client: node.expression.getText(file.source), fallback: sdkDefault } });
    return;
  }
  if (TS_GENAI.has(callee)) {
    if (!optionsLack(options, ['httpOptions'], file)) {
      const httpOptions = file.property(options, 'httpOptions');
      if (!httpOptions || !optionsLack(httpOptions, ['timeout'], file)) return;
    } else if (options && (!file.resolveObject(options) || file.hasSpread(options))) {
      return;
    }
    ctx.report({ node, messageId: 'llmClientNoTimeout', data: { client: node.expression.getText(file.source), fallback: NO_TIMEOUT } });
  }
}

export default defineRule({
  id: 'outbound-call-without-timeout',
  category: 'reliability',
  severity: 'medium',
  confidence: 'high',
  seeds: ['003', '004'],
  summary: 'Outbound HTTP call or LLM client without a timeout',
  messages: {
    noTimeout: '{{call}}(...) has no timeout; a slow or silent upstream holds this request (and its worker) open indefinitely',
    timeoutDisabled: '{{call}}(...) turns its timeout off; a slow or silent upstream holds this request open indefinitely',
    fetchNoSignal: '{{call}}(...) has no signal; fetch never times out by itself, so a silent upstream holds this request open',
    axiosInstanceNoTimeout: '{{call}}(...) builds a client with no timeout; axios waits forever by default, and every call on it inherits that',
    llmClientNoTimeout: '{{client}} client is built without a timeout (the SDK falls back to {{fallback}}); one stuck model call ties up a request for that long',
  },
  fixHint: 'Pass an explicit timeout sized to the call (requests/httpx `timeout=`, aiohttp `ClientTimeout`, fetch `signal: AbortSignal.timeout(ms)`, axios `timeout`, SDK client `timeout`), read from settings.',
  python: {
    visitors: {
      call(node, ctx) {
        // Tests call local or stubbed servers; a hang there fails the test run, not a user request.
        if (!isTestPath(ctx.path)) checkPythonCall(node, ctx);
      },
    },
  },
  typescript: {
    // Every report is at a call or `new` whose callee is one of these (checkAxios reports `axios`, `axios.create`
    // and the methods of AXIOS_CONFIG_INDEX only).
    prefilter: calleePrefilter([...TS_CALLS, ...TS_LLM_CLIENTS.keys(), ...TS_GENAI]),
    callees: calleesNamed(lastNames(TS_CALLS)),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node) || isTestPath(ctx.path)) return;
        const { file } = ctx;
        // Every callee below starts with one of OUTBOUND_ROOTS, and so does its root: asked first of every call given.
        const root = file.calleeRoot(node);
        if (root !== undefined && !OUTBOUND_ROOTS.has(firstSegment(root))) return;
        const callee = file.calleeName(node);
        if (!callee) return;
        if (FETCH_FUNCTIONS.has(callee)) {
          // Browser code (a Next.js client component) is cancelled by navigation, not by a server deadline.
          if (tsSemantics.isClientComponent(file)) return;
          if (node.arguments.some((argument) => ts.isSpreadElement(argument))) return;
          if (optionsLack(node.arguments[1], ['signal'], file)) ctx.report({ node, messageId: 'fetchNoSignal', data: { call: callee } });
          return;
        }
        if (callee === 'axios' || callee.startsWith('axios.')) {
          checkAxios(node, callee, ctx);
          return;
        }
        if (UNDICI_REQUEST.has(callee) && optionsLack(node.arguments[1], UNDICI_TIMEOUT_OPTIONS, file)) {
          ctx.report({ node, messageId: 'noTimeout', data: { call: callee } });
        }
      },
      NewExpression(node, ctx) {
        if (ts.isNewExpression(node) && !isTestPath(ctx.path)) checkTsClient(node, ctx);
      },
    },
  },
});
