import asyncio
import json
import random
import time
from collections.abc import AsyncIterator

import httpx

from . import metrics
from .config import Settings
from .errors import ApiError

_STATE_GAUGE = {"closed": 0, "open": 1, "half-open": 2}


class CircuitOpenError(Exception):
    pass


class UpstreamError(Exception):
    """The LLM answered 429 or 5xx: the service is unhealthy, so retry and count it."""


class CircuitBreaker:
    """Opens after `threshold` consecutive failures; after `cooldown` one trial call may
    pass (half-open); its success closes the breaker, its failure opens it again."""

    def __init__(self, threshold: int, cooldown_s: float):
        self._threshold = threshold
        self._cooldown_s = cooldown_s
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_running = False

    @property
    def state(self) -> str:
        if self._opened_at is None:
            return "closed"
        return "half-open" if time.monotonic() - self._opened_at >= self._cooldown_s else "open"

    def before_call(self) -> None:
        state = self.state
        if state == "open" or (state == "half-open" and self._trial_running):
            raise CircuitOpenError()
        self._trial_running = state == "half-open"

    def record_success(self) -> None:
        self._failures, self._opened_at, self._trial_running = 0, None, False
        metrics.breaker_state.set(0)

    def record_failure(self) -> None:
        self._failures += 1
        if self._trial_running or self._failures >= self._threshold:
            self._opened_at = time.monotonic()
            metrics.breaker_state.set(_STATE_GAUGE["open"])
        self._trial_running = False


class LlmClient:
    """An OpenAI-compatible chat-completions client: per-attempt timeout, bounded retries
    with exponential backoff and full jitter, a circuit breaker, and a deadline for the
    whole call. Model output is only ever returned as text."""

    def __init__(self, settings: Settings):
        self._settings = settings
        self._client = httpx.AsyncClient(
            base_url=str(settings.llm_base_url).rstrip("/") + "/",
            headers={"authorization": f"Bearer {settings.llm_api_key}"},
            timeout=httpx.Timeout(settings.llm_timeout_ms / 1000),
        )
        self.breaker = CircuitBreaker(settings.breaker_threshold, settings.breaker_cooldown_ms / 1000)
        metrics.breaker_state.set(0)

    async def aclose(self) -> None:
        await self._client.aclose()

    def _payload(self, messages: list[dict], stream: bool) -> dict:
        return {"model": self._settings.llm_model, "messages": messages, "max_tokens": self._settings.llm_max_tokens, "stream": stream}

    def _failure(self, error: BaseException) -> ApiError:
        if isinstance(error, CircuitOpenError):
            metrics.llm_calls.labels("circuit_open").inc()
            retry_after = str(max(1, round(self._settings.breaker_cooldown_ms / 1000)))
            return ApiError(503, "the language model is temporarily unavailable", {"retry-after": retry_after})
        if isinstance(error, (TimeoutError, httpx.TimeoutException)):
            metrics.llm_calls.labels("timeout").inc()
            return ApiError(504, "the language model did not answer in time")
        metrics.llm_calls.labels("error").inc()
        return ApiError(502, "the language model failed")

    async def _attempts(self, send):
        """Runs `send` under the breaker with bounded retries; returns its result."""
        for attempt in range(self._settings.llm_max_retries + 1):
            self.breaker.before_call()
            try:
                result = await send()
            except (httpx.TransportError, UpstreamError):
                self.breaker.record_failure()
                if attempt == self._settings.llm_max_retries:
                    raise
                await asyncio.sleep(random.uniform(0, min(2.0, 0.1 * 2**attempt)))
            else:
                self.breaker.record_success()
                return result
        raise AssertionError("unreachable")

    async def complete(self, messages: list[dict], deadline_s: float) -> str:
        async def send() -> str:
            response = await self._client.post("chat/completions", json=self._payload(messages, stream=False))
            if response.status_code == 429 or response.status_code >= 500:
                raise UpstreamError(f"LLM answered {response.status_code}")
            response.raise_for_status()
            return response.json()["choices"][0]["message"]["content"] or ""

        try:
            async with asyncio.timeout(deadline_s):
                text = await self._attempts(send)
        except (CircuitOpenError, TimeoutError, httpx.HTTPError, UpstreamError, KeyError, ValueError) as error:
            raise self._failure(error) from error
        metrics.llm_calls.labels("success").inc()
        return text

    async def stream_completion(self, messages: list[dict], deadline_s: float) -> AsyncIterator[str]:
        """Retries happen before the first token; the deadline bounds the whole stream."""
        loop_deadline = asyncio.get_running_loop().time() + deadline_s

        async def send() -> httpx.Response:
            request = self._client.build_request("POST", "chat/completions", json=self._payload(messages, stream=True))
            response = await self._client.send(request, stream=True)
            if response.status_code == 429 or response.status_code >= 500:
                await response.aclose()
                raise UpstreamError(f"LLM answered {response.status_code}")
            if response.status_code >= 400:
                await response.aclose()
                response.raise_for_status()
            return response

        try:
            async with asyncio.timeout_at(loop_deadline):
                response = await self._attempts(send)
        except (CircuitOpenError, TimeoutError, httpx.HTTPError, UpstreamError) as error:
            raise self._failure(error) from error
        metrics.llm_calls.labels("success").inc()

        async def deltas() -> AsyncIterator[str]:
            try:
                async with asyncio.timeout_at(loop_deadline):
                    async for line in response.aiter_lines():
                        if not line.startswith("data: ") or line == "data: [DONE]":
                            continue
                        choices = json.loads(line[6:]).get("choices") or [{}]
                        text = (choices[0].get("delta") or {}).get("content")
                        if text:
                            yield text
            finally:
                await response.aclose()

        return deltas()
