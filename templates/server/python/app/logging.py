import logging

import structlog

from .tracing import trace_ids

# Logged values under these keys never reach the output: credentials, cookies, payment data.
REDACTED_KEYS = {"authorization", "cookie", "set-cookie", "x-api-key", "api_key", "password", "token", "card_number", "cvv", "iban"}


def _redact(_logger, _method, event: dict) -> dict:
    for key in list(event):
        if key.lower() in REDACTED_KEYS:
            event[key] = "[redacted]"
    return event


def configure_logging(level: str) -> None:
    """JSON logs on stdout; the request id is bound per request through contextvars, trace ids come from the current span."""
    logging.basicConfig(format="%(message)s", level=level.upper())
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            trace_ids,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _redact,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        cache_logger_on_first_use=True,
    )
