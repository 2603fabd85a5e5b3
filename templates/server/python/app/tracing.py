import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sentry_sdk
from sentry_sdk.tracing import Span

from .config import Settings

# Probes and scrapes arrive every few seconds from every replica; tracing them buries real requests.
UNTRACED_PATHS = {"/livez", "/readyz", "/metrics"}


def configure_tracing(settings: Settings) -> None:
    """Request tracing with the Sentry SDK, off until SENTRY_DSN is set.

    Debian 13 packages no OpenTelemetry SDK for Python (only python3-opentelemetry-proto), but
    it does package sentry-sdk. Its FastAPI, httpx and Redis integrations turn on by themselves:
    every request is a transaction named after its route that continues the caller's
    `sentry-trace`/`baggage` headers, every LLM call and Redis command a child span, and the LLM
    call carries `sentry-trace` on. Any Sentry-protocol backend receives them (Sentry, GlitchTip).
    """
    if not settings.sentry_dsn:
        return

    def sample(context: dict) -> float:
        if context.get("asgi_scope", {}).get("path") in UNTRACED_PATHS:
            return 0.0
        # A caller that already decided keeps its trace whole.
        parent = context.get("parent_sampled")
        return float(parent) if parent is not None else settings.sentry_traces_sample_rate

    sentry_sdk.init(
        dsn=settings.sentry_dsn,
        traces_sampler=sample,
        environment=settings.sentry_environment,
        send_default_pii=False,
        # Request bodies hold prompts; the span tree and timings are what tracing is for.
        max_request_body_size="never",
    )


def flush_traces() -> None:
    """Sends the spans still queued; called at the end of graceful shutdown."""
    sentry_sdk.flush(timeout=2)


def start_agent_span(model: str, stream: bool, session_id: uuid.UUID | None) -> Span:
    """One agent run as an `invoke_agent` span (attribute names from OpenTelemetry's GenAI conventions)."""
    span = sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent")
    span.set_data("gen_ai.operation.name", "invoke_agent")
    span.set_data("gen_ai.request.model", model)
    span.set_data("agent.stream", stream)
    if session_id:
        span.set_data("gen_ai.conversation.id", str(session_id))
    return span


@contextmanager
def parent_of_calls_within(span: Span) -> Iterator[None]:
    """Makes `span` the parent of the spans started inside, without ending it on exit (a streamed run outlives its handler)."""
    scope = sentry_sdk.get_current_scope()
    previous, scope.span = scope.span, span
    try:
        yield
    finally:
        scope.span = previous


def trace_ids(_logger, _method, event: dict) -> dict:
    """structlog processor: the current trace and span ids, so a log line leads to its trace."""
    span = sentry_sdk.get_current_span()
    if span is not None and sentry_sdk.get_client().is_active():
        event.setdefault("trace_id", span.trace_id)
        event.setdefault("span_id", span.span_id)
    return event
