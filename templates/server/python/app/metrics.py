from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, ProcessCollector

registry = CollectorRegistry()
ProcessCollector(registry=registry)

http_requests = Counter("http_requests_total", "HTTP requests by method, route and status code", ["method", "route", "status_code"], registry=registry)
http_duration = Histogram(
    "http_request_duration_seconds",
    "HTTP request latency by method and route",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=registry,
)
llm_calls = Counter("llm_calls", "LLM calls by outcome: success, timeout, error, circuit_open", ["outcome"], registry=registry)
breaker_state = Gauge("llm_circuit_state", "LLM circuit breaker state: 0 closed, 1 open, 2 half-open", registry=registry)
