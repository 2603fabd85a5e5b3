import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('agent-server');

export interface AgentSpan {
  /** Runs `work` with this span active, so the LLM call and its log lines belong to it. */
  within<T>(work: () => Promise<T>): Promise<T>;
  /** Ends the span after a completed run, naming the session it continued or created. */
  succeed(sessionId: string): void;
  /** Ends the span as failed, with the error recorded on it; does nothing once the span has ended. */
  fail(error: unknown): void;
}

/**
 * One agent run as an `invoke_agent` span (OpenTelemetry GenAI semantic conventions). The caller
 * ends it, because a streamed run outlives the handler that started it. A no-op while tracing is off.
 */
export function startAgentSpan(model: string, options: { stream: boolean; sessionId?: string }): AgentSpan {
  const span: Span = tracer.startSpan('invoke_agent', {
    kind: SpanKind.INTERNAL,
    attributes: {
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.request.model': model,
      'agent.stream': options.stream,
      ...(options.sessionId ? { 'gen_ai.conversation.id': options.sessionId } : {}),
    },
  });
  const active = trace.setSpan(context.active(), span);
  let ended = false;
  return {
    within: (work) => context.with(active, work),
    succeed(sessionId) {
      ended = true;
      span.setAttribute('gen_ai.conversation.id', sessionId);
      span.end();
    },
    fail(error) {
      if (ended) return;
      ended = true;
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : 'agent run failed' });
      span.end();
    },
  };
}
