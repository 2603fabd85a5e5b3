import OpenAI, { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  TaskCancelledError,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  wrap,
} from 'cockatiel';
import type { Config } from './config.js';
import { HttpError } from './errors.js';
import type { Metrics } from './metrics.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

/** `signal` is the caller's deadline for the whole call, retries included. */
export interface CallOptions {
  signal: AbortSignal;
}

const STATE_NAMES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};
const STATE_GAUGE: Record<BreakerState, number> = { closed: 0, open: 1, 'half-open': 2 };

// Failures that say the LLM service is unhealthy: these are retried and counted by the
// breaker. A 4xx (other than 429) is our request's fault and is neither.
function isUpstreamFailure(error: unknown): boolean {
  if (error instanceof TaskCancelledError) return true;
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true;
  return error instanceof APIError && (error.status === 429 || (error.status ?? 0) >= 500);
}

/**
 * The OpenAI-compatible client behind one resilience policy: a per-attempt timeout,
 * bounded retries with exponential backoff and decorrelated jitter, and a circuit
 * breaker that fails calls fast while the LLM is down. The caller's deadline signal
 * bounds the whole call, retries included. Model output is only ever returned as text.
 */
export function createLlm(config: Config, metrics: Metrics) {
  const client = new OpenAI({
    baseURL: config.LLM_BASE_URL,
    apiKey: config.LLM_API_KEY,
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: 0,
  });
  const breaker = circuitBreaker(handleWhen(isUpstreamFailure), {
    halfOpenAfter: config.BREAKER_COOLDOWN_MS,
    breaker: new ConsecutiveBreaker(config.BREAKER_THRESHOLD),
  });
  const retries = retry(handleWhen(isUpstreamFailure), {
    maxAttempts: config.LLM_MAX_RETRIES,
    backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 2_000 }),
  });
  // abortOnReturn: false keeps a streamed body readable after the call has returned.
  const attemptTimeout = timeout(config.LLM_TIMEOUT_MS, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false });
  const policy = wrap(retries, breaker, attemptTimeout);

  metrics.breakerState.set(0);
  breaker.onStateChange((state) => metrics.breakerState.set(STATE_GAUGE[STATE_NAMES[state]]));

  function failure(error: unknown, deadline: AbortSignal): HttpError {
    if (error instanceof BrokenCircuitError) {
      metrics.llmCalls.inc({ outcome: 'circuit_open' });
      return new HttpError(503, 'the language model is temporarily unavailable', {
        'retry-after': String(Math.ceil(config.BREAKER_COOLDOWN_MS / 1000)),
      });
    }
    if (deadline.aborted || error instanceof TaskCancelledError) {
      metrics.llmCalls.inc({ outcome: 'timeout' });
      return new HttpError(504, 'the language model did not answer in time');
    }
    metrics.llmCalls.inc({ outcome: 'error' });
    return Object.assign(new HttpError(502, 'the language model failed'), { cause: error });
  }

  const request = (messages: ChatMessage[]) => ({
    model: config.LLM_MODEL,
    messages,
    max_tokens: config.LLM_MAX_TOKENS,
  });

  return {
    breakerState: (): BreakerState => STATE_NAMES[breaker.state],

    async complete(messages: ChatMessage[], { signal: deadline }: CallOptions): Promise<string> {
      try {
        const completion = await policy.execute(
          ({ signal }) => client.chat.completions.create(request(messages), { signal }),
          deadline,
        );
        metrics.llmCalls.inc({ outcome: 'success' });
        return completion.choices[0]?.message?.content ?? '';
      } catch (error) {
        throw failure(error, deadline);
      }
    },

    /** Resolves once the model starts answering (retries happen before that), then yields text deltas. */
    async stream(messages: ChatMessage[], { signal: deadline }: CallOptions): Promise<AsyncIterable<string>> {
      try {
        const chunks = await policy.execute(
          ({ signal }) => client.chat.completions.create({ ...request(messages), stream: true }, { signal }),
          deadline,
        );
        metrics.llmCalls.inc({ outcome: 'success' });
        return (async function* deltas() {
          for await (const chunk of chunks) {
            const text = chunk.choices[0]?.delta?.content;
            if (text) yield text;
          }
        })();
      } catch (error) {
        throw failure(error, deadline);
      }
    },

    failure,
  };
}

export type Llm = ReturnType<typeof createLlm>;
