import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by method, route and status code',
      labelNames: ['method', 'route', 'status_code'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by method and route',
      labelNames: ['method', 'route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    llmCalls: new Counter({
      name: 'llm_calls_total',
      help: 'LLM calls by outcome: success, timeout, error, circuit_open',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    breakerState: new Gauge({
      name: 'llm_circuit_state',
      help: 'LLM circuit breaker state: 0 closed, 1 open, 2 half-open',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
