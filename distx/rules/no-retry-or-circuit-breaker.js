import { calleePrefilter, defineRule, isTestPath, memoSlot, pySemantics, resilience, ts, tsSemantics } from '../src/rule-kit/index.js';
const { isBreakerName, isRetryHelperName, namesRetryCounter } = resilience;
const fromPythonResilienceModule = resilience.moduleMatcher(resilience.PYTHON_RESILIENCE_MODULES, '.');
const fromTsResilienceModule = resilience.moduleMatcher(resilience.TS_RESILIENCE_MODULES, '/');
const PY_CALLS = new Set(['call']);
const SLEEP = /(?:^|\.)sleep$/;
const TS_SLEEP_MEMBERS = new Set(['sleep', 'delay', 'wait', 'setTimeout', 'backoff']);
/** `0`, `None`, `False`: a retry setting that turns retrying off. */
function pyDisables(value, ctx) {
    const literal = ctx.file.literal(value);
    return literal === 0 || literal === null || literal === false;
}
function pyEvidence(node, what, ctx) {
    ctx.fact('retry-policy', what, ctx.anchor(node));
}
function pyCall(node, ctx) {
    const { file } = ctx;
    const callee = file.calleeName(node);
    if (!callee)
        return;
    const member = file.calleeMember(node) ?? callee;
    if (fromPythonResilienceModule(callee) || resilience.URLLIB3_RETRY.test(callee) || isRetryHelperName(member) || isBreakerName(member)) {
        return pyEvidence(node, callee, ctx);
    }
    for (const keyword of resilience.PYTHON_RETRY_KEYWORDS) {
        const value = file.keywordArgument(node, keyword);
        if (value && !pyDisables(value, ctx))
            return pyEvidence(node, `${callee}(${keyword}=…)`, ctx);
    }
    // google.genai.Client(http_options={"retry_options": {...}})
    const httpOptions = file.keywordArgument(node, 'http_options');
    if (httpOptions?.type === 'dictionary' && /["']retry_options["']/.test(httpOptions.text))
        return pyEvidence(node, `${callee}(http_options=…)`, ctx);
    // A command-line script (a seeder, an eval run) is not the service; a failed call there is rerun by hand.
    if (pySemantics.isCommandLineScript(file))
        return;
    const http = pySemantics.outboundHttpCall(node, file);
    if (http)
        return ctx.fact('unretried-call', http, ctx.anchor(node));
    const singleAttempt = resilience.PYTHON_SINGLE_ATTEMPT_LLM.find((entry) => entry.pattern.test(callee));
    // A client handed `**settings` may carry a retry option we cannot see.
    if (singleAttempt && !file.hasSplatKeywords(node))
        return ctx.fact('unretried-call', singleAttempt.label, ctx.anchor(node));
    if (resilience.PYTHON_RETRYING_LLM_CLIENTS.test(callee)) {
        const retries = file.keywordArgument(node, 'max_retries');
        if (retries && pyDisables(retries, ctx))
            ctx.fact('unretried-call', `${callee}(max_retries=0)`, ctx.anchor(node));
    }
}
/** `for attempt in range(3): … await asyncio.sleep(2 ** attempt)`: a hand-written retry loop with backoff. */
function pyRetryLoop(node, ctx) {
    const { file } = ctx;
    const header = node.type === 'for_statement' ? `${node.childForFieldName('left')?.text} ${node.childForFieldName('right')?.text}` : node.childForFieldName('condition')?.text ?? '';
    if (!namesRetryCounter(header))
        return;
    const body = node.childForFieldName('body');
    if (body && file.descendants(body, PY_CALLS).some((call) => SLEEP.test(file.calleeName(call) ?? '')))
        pyEvidence(node, 'a retry loop with backoff', ctx);
}
function tsDisables(value, ctx) {
    const literal = ctx.file.literal(value);
    return literal === 0 || literal === null || literal === false;
}
const TS_RETRY_OPTION_KEYS = new Set([...resilience.TS_RETRY_OPTIONS, 'httpOptions']);
// What a file must hold for the TypeScript call visitors to record any fact: callees are resolved from a root
// identifier or a module specifier, and each module below is matched by its own name or by a prefix (a callee's first
// segment) of it.
// - `retry-policy`: a callee from a resilience module; a call, decorator-less helper or class named for retry or a
//   breaker (RETRY_NAME_WORDS); a retry option (`maxRetries`, `retry`, `httpOptions.retryOptions`: TS_RETRY_OPTIONS
//   and `retryOptions`, each holding `retr`). Words of the file's text, in any case (the Kelvin sign folded as
//   RETRY_WORD's `u` folds it), since the evidence is a word inside a name of any spelling (`fetchWithRetry`,
//   `ApiBreaker`); `\u` because an identifier may spell one with an escape (its name is the decoded text). Not
//   matched: a module specifier or a quoted key that spells its word with a string escape (`'p-re\x74ry'`).
// - `unretried-call`: an outbound HTTP call (FETCH_FUNCTIONS, axios, UNDICI_REQUEST: by callee, not by the word
//   `fetch`, which names half of every file's helpers), a single-attempt model client (its module), or a retrying
//   client or AI SDK call given `maxRetries: 0`.
// A retry loop's header names a retry counter (RETRY_COUNTER_WORDS): its visitors have a prefilter of their own, since
// those words (`tries` of `entries`) are in most files and a loop is visited far less often than a call.
const TS_PREFILTER = {
    ...calleePrefilter([...tsSemantics.FETCH_FUNCTIONS, 'axios', ...tsSemantics.UNDICI_REQUEST]),
    words: [...resilience.TS_RESILIENCE_MODULES, ...resilience.RETRY_NAME_WORDS, ...resilience.TS_SINGLE_ATTEMPT_LLM.map((entry) => entry.module), '\\u'],
};
const NAMES_RETRY_OPTION = memoSlot('names a retry option');
/**
 * Whether any object literal of the file can hold a retry option: every property name is in the parser's table
 * of names (string-literal keys too, unescaped). Without it every call's arguments were resolved and read for
 * options, in the many files that name none.
 */
function namesRetryOption(file) {
    return file.memos.get(NAMES_RETRY_OPTION, () => {
        const names = file.names();
        return !names || [...TS_RETRY_OPTION_KEYS].some((key) => names.has(key));
    });
}
/** `{ maxRetries: 3 }`, `{ retry: { limit: 2 } }` (got, ky), `httpOptions: { retryOptions }` (@google/genai). */
function tsRetryOption(args, ctx) {
    if (!namesRetryOption(ctx.file))
        return undefined;
    for (const argument of args ?? []) {
        const options = ctx.file.resolveObject(argument);
        // Nearly every options object names none of them: one pass over it before a lookup per name.
        if (!options || !ctx.file.hasAnyProperty(options, TS_RETRY_OPTION_KEYS))
            continue;
        for (const name of resilience.TS_RETRY_OPTIONS) {
            const value = ctx.file.property(options, name);
            if (value && !tsDisables(value, ctx))
                return name;
        }
        if (ctx.file.hasProperty(ctx.file.property(options, 'httpOptions'), 'retryOptions'))
            return 'httpOptions.retryOptions';
    }
    return undefined;
}
function tsInvocation(node, ctx) {
    const { file } = ctx;
    const callee = file.calleeName(node);
    // Browser code (a Next.js client component) neither calls out from the server nor retries for it (react-query `retry`).
    if (!callee || tsSemantics.isClientComponent(file))
        return;
    const member = file.calleeMember(node) ?? callee;
    if (fromTsResilienceModule(callee) || isRetryHelperName(member) || isBreakerName(member)) {
        ctx.fact('retry-policy', callee, ctx.anchor(node));
        return;
    }
    const option = tsRetryOption(node.arguments, ctx);
    if (option) {
        ctx.fact('retry-policy', `${callee}({ ${option} })`, ctx.anchor(node));
        return;
    }
    // Asked last: the answer is the file's, and nearly every call has already been let go by then.
    const unretried = tsUnretriedCall(node, callee, ctx);
    if (unretried && !tsSemantics.isCommandLineScript(file))
        ctx.fact('unretried-call', unretried, ctx.anchor(node));
}
/** What makes one attempt only: an outbound HTTP call, a single-attempt LLM client, retries turned off. */
function tsUnretriedCall(node, callee, ctx) {
    const { file } = ctx;
    if (ts.isCallExpression(node)) {
        const http = tsSemantics.outboundHttpCall(node, file);
        if (http)
            return http;
    }
    const singleAttempt = resilience.tsSingleAttemptLlm(callee);
    const options = node.arguments?.[0];
    // Options we cannot read (a variable from elsewhere, a spread) may carry a retry setting.
    if (singleAttempt && !(options && (!file.resolveObject(options) || file.hasSpread(options))))
        return singleAttempt.label;
    if (resilience.TS_RETRYING_LLM_CLIENTS.test(callee) || resilience.TS_AI_SDK_CALLS.test(callee)) {
        const retries = file.property(options, 'maxRetries');
        if (retries && tsDisables(retries, ctx))
            return `${node.expression.getText(file.source)}({ maxRetries: 0 })`;
    }
    return undefined;
}
/** `for (let attempt = 0; attempt < 3; attempt++) { … await sleep(2 ** attempt * 100) }`. */
function tsRetryLoop(node, ctx) {
    let header;
    let body;
    if (ts.isForStatement(node)) {
        header = node.initializer ?? node.condition;
        body = node.statement;
    }
    else if (ts.isWhileStatement(node) || ts.isDoStatement(node)) {
        header = node.expression;
        body = node.statement;
    }
    if (!header || !body || !namesRetryCounter(header.getText(ctx.file.source)))
        return;
    const sleeps = ctx.file.descendants(body, ts.isCallExpression).some((call) => TS_SLEEP_MEMBERS.has(ctx.file.calleeMember(call) ?? '') || ctx.file.calleeName(call) === 'timers/promises.setTimeout');
    if (sleeps)
        ctx.fact('retry-policy', 'a retry loop with backoff', ctx.anchor(node));
}
export default defineRule({
    id: 'no-retry-or-circuit-breaker',
    category: 'reliability',
    severity: 'low',
    // Absence of evidence: a service mesh or an LLM gateway in front of the upstream may retry where code cannot show it.
    confidence: 'medium',
    seeds: ['000', '004'],
    summary: 'LLM or external calls with no retry/backoff or circuit breaker',
    messages: {
        missing: '{{framework}} app calls out through {{call}} at {{where}}{{more}}, with no retry/backoff or circuit breaker anywhere in this service; one transient 429 or 503 upstream fails the request, and a failing upstream is hit at full rate',
    },
    fixHint: 'Retry transient failures (429, 5xx, connection errors) with capped exponential backoff and jitter — tenacity/stamina, urllib3 Retry, httpx transport retries, google-genai HttpRetryOptions, SDK max_retries; p-retry, cockatiel, axios-retry — and put a circuit breaker (pybreaker, aiobreaker, purgatory, opossum, cockatiel) in front of the model so an outage fails fast.',
    python: {
        visitors: {
            call(node, ctx) {
                if (!isTestPath(ctx.path))
                    pyCall(node, ctx);
            },
            decorator(node, ctx) {
                // Bare decorators: `@retry` (tenacity), `@circuit` (circuitbreaker), a project's `@with_retries`.
                const expression = node.namedChild(0);
                if (isTestPath(ctx.path) || !expression || expression.type === 'call')
                    return;
                const name = ctx.file.qualifiedName(expression) ?? '';
                const last = name.split('.').at(-1) ?? name;
                if (fromPythonResilienceModule(name) || isRetryHelperName(last) || isBreakerName(last))
                    pyEvidence(node, name, ctx);
            },
            class_definition(node, ctx) {
                const name = node.childForFieldName('name')?.text;
                if (name && isBreakerName(name) && !isTestPath(ctx.path))
                    pyEvidence(node, `class ${name}`, ctx);
            },
            for_statement(node, ctx) {
                if (!isTestPath(ctx.path))
                    pyRetryLoop(node, ctx);
            },
            while_statement(node, ctx) {
                if (!isTestPath(ctx.path))
                    pyRetryLoop(node, ctx);
            },
        },
    },
    typescript: {
        prefilter: TS_PREFILTER,
        visitors: {
            CallExpression(node, ctx) {
                if (ts.isCallExpression(node) && !isTestPath(ctx.path))
                    tsInvocation(node, ctx);
            },
            NewExpression(node, ctx) {
                if (ts.isNewExpression(node) && !isTestPath(ctx.path))
                    tsInvocation(node, ctx);
            },
            ClassDeclaration(node, ctx) {
                if (ts.isClassDeclaration(node) && node.name && isBreakerName(node.name.text) && !isTestPath(ctx.path))
                    ctx.fact('retry-policy', `class ${node.name.text}`, ctx.anchor(node));
            },
        },
        groups: [
            {
                prefilter: { words: [...resilience.RETRY_COUNTER_WORDS, '\\u'] },
                visitors: {
                    ForStatement(node, ctx) {
                        if (!isTestPath(ctx.path))
                            tsRetryLoop(node, ctx);
                    },
                    WhileStatement(node, ctx) {
                        if (!isTestPath(ctx.path))
                            tsRetryLoop(node, ctx);
                    },
                    DoStatement(node, ctx) {
                        if (!isTestPath(ctx.path))
                            tsRetryLoop(node, ctx);
                    },
                },
            },
        ],
    },
    finish(project, ctx) {
        for (const apps of project.appsByUnit()) {
            const app = apps[0];
            if (project.hasFact(app, 'retry-policy'))
                continue;
            const calls = project.factsOf(app, 'unretried-call');
            if (calls.length === 0)
                continue;
            const [first] = calls;
            ctx.report({
                at: app,
                messageId: 'missing',
                data: {
                    framework: app.framework,
                    call: first.value ?? 'an upstream',
                    where: `${first.file}:${first.location?.line ?? 1}`,
                    more: calls.length > 2 ? ` (and ${calls.length - 1} more call sites)` : calls.length === 2 ? ' (and 1 more call site)' : '',
                },
            });
        }
    },
});
