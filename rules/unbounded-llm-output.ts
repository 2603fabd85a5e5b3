import { calleesNamed, defineRule, memoSlot, pySemantics, ts, tsSemantics, type PyNode, type PythonRuleContext, type TS, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

// Every spelling of an output-token cap across openai, anthropic, google-genai, litellm,
// mistral, LangChain, the Vercel AI SDK (v4 `maxTokens`, v5 `maxOutputTokens`) and ADK.
const PY_LIMITS = ['max_tokens', 'max_completion_tokens', 'max_output_tokens', 'max_new_tokens', 'num_predict'];
const PY_CONFIGS = ['config', 'generation_config', 'generate_content_config', 'model_kwargs'];
const TS_LIMITS = ['max_tokens', 'max_completion_tokens', 'max_output_tokens', 'maxTokens', 'maxOutputTokens', 'maxCompletionTokens', 'numPredict'];
const TS_CONFIGS = ['config', 'generationConfig', 'generateContentConfig', 'modelKwargs', 'providerOptions'];

// Agent and chat-model constructors whose generations are unbounded unless configured.
// ChatAnthropic is left out: the Anthropic API requires max_tokens, so it always sends a default
// (1024 in older langchain-anthropic, the model's maximum output in current ones, 2048 in @langchain/anthropic).
const PY_MODEL_CONSTRUCTORS = new Set([
  'google.adk.agents.Agent',
  'google.adk.agents.LlmAgent',
  'google.adk.agents.llm_agent.LlmAgent',
  'google.adk.agents.llm_agent.Agent',
  'google.adk.Agent',
  'langchain_openai.ChatOpenAI',
  'langchain_openai.AzureChatOpenAI',
  'langchain_google_genai.ChatGoogleGenerativeAI',
  'langchain_google_vertexai.ChatVertexAI',
  'langchain_mistralai.ChatMistralAI',
  'langchain_groq.ChatGroq',
  'langchain.chat_models.init_chat_model',
]);
const TS_MODEL_CONSTRUCTORS = new Set([
  'new @langchain/openai.ChatOpenAI()',
  'new @langchain/openai.AzureChatOpenAI()',
  'new @langchain/google-genai.ChatGoogleGenerativeAI()',
  'new @langchain/google-vertexai.ChatVertexAI()',
  'new @langchain/mistralai.ChatMistralAI()',
  'new @langchain/groq.ChatGroq()',
  'new @google/adk.LlmAgent()',
  'new @google/adk.Agent()',
]);

// Every report is of a call agentCallKind names a model call, in a file that holds what that needs, or of a
// constructor of TS_MODEL_CONSTRUCTORS, whose class name (last segment) the file holds where it is imported or written.
const TS_PREFILTER = {
  names: [...tsSemantics.LLM_CALL_PREFILTER.names!, ...[...TS_MODEL_CONSTRUCTORS].map((constructor) => constructor.slice(constructor.lastIndexOf('.') + 1, -'()'.length))],
  modules: tsSemantics.LLM_CALL_PREFILTER.modules,
};

type Verdict = 'limited' | 'unlimited' | 'unknown';

function pyValueNode(node: PyNode | undefined, scope: PyNode | undefined, ctx: PythonRuleContext): PyNode | undefined {
  if (node?.type !== 'identifier') return node;
  // `config = types.GenerateContentConfig(...)` in the same function, else a module constant.
  const local = scope ? ctx.file.descendants(scope, new Set(['assignment'])).filter((a) => a.childForFieldName('left')?.text === node.text && a.startIndex < node.startIndex).at(-1) : undefined;
  return local?.childForFieldName('right') ?? ctx.file.moduleAssignments.get(node.text);
}

/** Whether a keyword-argument call, config object or dict sets an output cap. */
function pyLimits(holder: PyNode | undefined, scope: PyNode | undefined, ctx: PythonRuleContext, depth = 0): Verdict {
  const node = pyValueNode(holder, scope, ctx);
  if (!node || depth > 3) return 'unknown';
  const { file } = ctx;
  if (node.type === 'call') {
    if (file.hasSplatKeywords(node)) return 'unknown';
    if (PY_LIMITS.some((name) => file.hasKeywordArgument(node, name))) return 'limited';
    for (const name of PY_CONFIGS) {
      const config = file.keywordArgument(node, name);
      if (!config) continue;
      const verdict = pyLimits(config, scope, ctx, depth + 1);
      if (verdict !== 'unlimited') return verdict;
    }
    return 'unlimited';
  }
  if (node.type === 'dictionary') {
    if (node.namedChildren.some((pair) => pair?.type === 'dictionary_splat')) return 'unknown';
    const keys = node.namedChildren.filter((pair) => pair?.type === 'pair').map((pair) => file.stringValue(pair!.childForFieldName('key')));
    if (keys.some((key) => key !== undefined && PY_LIMITS.includes(key))) return 'limited';
    const nested = node.namedChildren.find((pair) => pair?.type === 'pair' && PY_CONFIGS.includes(file.stringValue(pair.childForFieldName('key')) ?? ''));
    return nested ? pyLimits(nested.childForFieldName('value') ?? undefined, scope, ctx, depth + 1) : 'unlimited';
  }
  return 'unknown';
}

const CONFIGURES_MODEL = memoSlot<boolean>('GenerativeModel with generation_config');

/** google.generativeai: `GenerativeModel(..., generation_config=...)` caps every later `model.generate_content`. Asked per call; the answer is the file's. */
function fileConfiguresModel(ctx: PythonRuleContext): boolean {
  const { file } = ctx;
  return file.memos.get(CONFIGURES_MODEL, () =>
    file.descendants(file.root, new Set(['call'])).some((call) => /GenerativeModel$/.test(file.calleeName(call) ?? '') && file.hasKeywordArgument(call, 'generation_config')),
  );
}

function tsLimits(node: TS.Expression | undefined, ctx: TypeScriptRuleContext, depth = 0): Verdict {
  const { file } = ctx;
  const object = file.resolveObject(node);
  if (!object || depth > 3) return 'unknown';
  if (file.hasSpread(object)) return 'unknown';
  if (TS_LIMITS.some((name) => file.hasProperty(object, name))) return 'limited';
  for (const name of TS_CONFIGS) {
    if (!file.hasProperty(object, name)) continue;
    const verdict = tsLimits(file.property(object, name), ctx, depth + 1);
    if (verdict !== 'unlimited') return verdict;
  }
  return 'unlimited';
}

export default defineRule({
  id: 'unbounded-llm-output',
  category: 'reliability',
  severity: 'low',
  confidence: 'high',
  seeds: ['004'],
  summary: 'LLM call without a max-token limit',
  messages: {
    call: '{{call}} sets no output-token limit ({{setting}}); one runaway generation costs minutes of latency and the price of the whole context window',
    model: '{{call}} is built without an output-token limit ({{setting}}); every generation it runs is unbounded',
  },
  fixHint: 'Cap the generation: max_tokens / max_output_tokens (Python), maxTokens / maxOutputTokens (TS), sized to what the endpoint returns.',
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (!callee) return;
        const scope = file.enclosingFunction(node);
        if (PY_MODEL_CONSTRUCTORS.has(callee)) {
          if (pyLimits(node, scope, ctx) === 'unlimited') ctx.report({ node, messageId: 'model', data: { call: callee.split('.').at(-1)!, setting: settingFor(callee) } });
          return;
        }
        if (pySemantics.agentCallKind(node, file) !== 'llm') return;
        if (pyLimits(node, scope, ctx) !== 'unlimited') return;
        const generic = /(?:^|\.)generate_content(?:_async)?$/.test(callee) && !/\.models\.generate_content/.test(callee);
        if (generic && fileConfiguresModel(ctx)) return;
        ctx.report({ node, messageId: 'call', data: { call: shortCallee(callee), setting: settingFor(callee) } });
      },
    },
  },
  typescript: {
    prefilter: TS_PREFILTER,
    callees: calleesNamed(tsSemantics.AGENT_CALL_NAMES),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node)) return;
        if (tsSemantics.agentCallKind(node, ctx.file) !== 'llm') return;
        if (tsLimits(node.arguments[0], ctx) !== 'unlimited') return;
        const callee = ctx.file.calleeName(node)!;
        ctx.report({ node, messageId: 'call', data: { call: shortCallee(callee), setting: settingFor(callee) } });
      },
      NewExpression(node, ctx) {
        if (!ts.isNewExpression(node)) return;
        const callee = ctx.file.calleeName(node);
        if (!callee || !TS_MODEL_CONSTRUCTORS.has(`new ${callee}()`)) return;
        if (tsLimits(node.arguments?.[0], ctx) !== 'unlimited') return;
        ctx.report({ node, messageId: 'model', data: { call: callee.split('.').at(-1)!, setting: settingFor(callee) } });
      },
    },
  },
});

/** `client.chat.completions.create` → `chat.completions.create`; keeps messages short and readable. */
function shortCallee(callee: string): string {
  const parts = callee.replace(/\(\)/g, '').split('.');
  return parts.length > 3 ? parts.slice(-3).join('.') : parts.join('.');
}

/** The parameter to set, named the way the call's SDK spells it. */
function settingFor(callee: string): string {
  if (/\.responses\./.test(callee)) return 'max_output_tokens';
  // LangChain's Google chat models take the cap as a constructor option, in each language's spelling.
  if (/^@langchain\/google/.test(callee)) return 'maxOutputTokens';
  if (/^@langchain\//.test(callee)) return 'maxTokens';
  if (/^langchain_google/.test(callee)) return 'max_output_tokens';
  if (/generate_content|google\.adk/.test(callee)) return 'max_output_tokens in the generation config';
  if (/generateContent|@google\/adk/.test(callee)) return 'config.maxOutputTokens';
  if (/^ai\./.test(callee)) return 'maxOutputTokens';
  return 'max_tokens';
}
