import asyncio
import json
import random
import time
import uuid
from contextlib import asynccontextmanager

import redis.asyncio as redis
import structlog

from .config import Settings
from .errors import ApiError, StoreUnavailableError

log = structlog.get_logger()

# Deletes the lock only if this holder still owns it.
RELEASE_LOCK = 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end'


class Store:
    """Sessions (with a TTL), per-session locks and idempotency records in Redis, scoped by
    principal, so every replica shares them. Redis failures become 503s."""

    def __init__(self, client: redis.Redis, settings: Settings):
        self._redis = client
        self._settings = settings
        self._lock_ttl_ms = settings.agent_timeout_ms + 5000

    async def load_session(self, principal: str, session_id: str) -> list[dict] | None:
        try:
            raw = await self._redis.get(f"session:{principal}:{session_id}")
        except redis.RedisError as error:
            raise StoreUnavailableError() from error
        return None if raw is None else json.loads(raw)

    async def save_session(self, principal: str, session_id: str, turns: list[dict]) -> None:
        kept = turns[-self._settings.session_max_turns :]
        try:
            await self._redis.set(f"session:{principal}:{session_id}", json.dumps(kept), ex=self._settings.session_ttl_seconds)
        except redis.RedisError as error:
            raise StoreUnavailableError() from error

    @asynccontextmanager
    async def session_lock(self, principal: str, session_id: str):
        """Waits (bounded) for the session's lock so changes to one session run one at a time."""
        key, token = f"lock:{principal}:{session_id}", uuid.uuid4().hex
        give_up_at = time.monotonic() + self._settings.lock_wait_ms / 1000
        try:
            while not await self._redis.set(key, token, px=self._lock_ttl_ms, nx=True):
                if time.monotonic() > give_up_at:
                    raise ApiError(409, "the session is busy; retry later", {"retry-after": "1"})
                await asyncio.sleep(0.025 + random.random() * 0.05)
        except redis.RedisError as error:
            raise StoreUnavailableError() from error
        try:
            yield
        finally:
            try:
                await self._redis.eval(RELEASE_LOCK, 1, key, token)
            except redis.RedisError:
                # The lock expires on its own; the next holder only waits longer.
                log.warning("could not release session lock", session_id=session_id, exc_info=True)

    async def begin_idempotent(self, principal: str, key: str, fingerprint: str) -> dict:
        redis_key = f"idem:{principal}:{key}"
        pending = json.dumps({"state": "pending", "fingerprint": fingerprint})
        try:
            if await self._redis.set(redis_key, pending, px=self._lock_ttl_ms + self._settings.lock_wait_ms, nx=True):
                return {"kind": "new"}
            raw = await self._redis.get(redis_key)
        except redis.RedisError as error:
            raise StoreUnavailableError() from error
        if raw is None:
            return {"kind": "in-progress"}
        record = json.loads(raw)
        if record["fingerprint"] != fingerprint:
            return {"kind": "mismatch"}
        if record["state"] == "pending":
            return {"kind": "in-progress"}
        return {"kind": "replay", "status_code": record["status_code"], "body": record["body"]}

    async def complete_idempotent(self, principal: str, key: str, fingerprint: str, body: dict) -> None:
        record = {"state": "done", "fingerprint": fingerprint, "status_code": 200, "body": body}
        try:
            await self._redis.set(f"idem:{principal}:{key}", json.dumps(record), ex=self._settings.idempotency_ttl_seconds)
        except redis.RedisError as error:
            raise StoreUnavailableError() from error

    async def abandon_idempotent(self, principal: str, key: str) -> None:
        """Frees the key after a failure so the client's retry runs again."""
        try:
            await self._redis.delete(f"idem:{principal}:{key}")
        except redis.RedisError:
            log.warning("could not free idempotency key; it expires on its own", exc_info=True)
