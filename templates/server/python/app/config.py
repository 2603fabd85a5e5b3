from functools import lru_cache

from pydantic import AnyHttpUrl, Field, RedisDsn, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting comes from the environment and is validated once at start-up."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore", frozen=True)

    host: str = "0.0.0.0"
    port: int = Field(8080, ge=1, le=65535)
    log_level: str = Field("info", pattern="^(fatal|critical|error|warn|warning|info|debug|trace)$")
    trust_proxy: bool = False
    redis_url: RedisDsn
    # "principal:sha256hex" pairs; the environment never holds a usable key.
    api_keys: str = Field(min_length=1)
    cors_origins: str = ""
    llm_base_url: AnyHttpUrl
    llm_api_key: str = Field(min_length=1)
    llm_model: str = Field(min_length=1)
    llm_max_tokens: int = Field(1024, ge=1, le=32768)
    llm_timeout_ms: int = Field(20000, ge=100, le=300000)
    llm_max_retries: int = Field(2, ge=0, le=5)
    agent_timeout_ms: int = Field(45000, ge=100, le=600000)
    breaker_threshold: int = Field(5, ge=1, le=100)
    breaker_cooldown_ms: int = Field(30000, ge=100, le=600000)
    rate_limit_max: int = Field(60, ge=1)
    rate_limit_window_ms: int = Field(60000, ge=1000)
    session_ttl_seconds: int = Field(86400, ge=60)
    session_max_turns: int = Field(40, ge=2, le=200)
    idempotency_ttl_seconds: int = Field(86400, ge=60)
    lock_wait_ms: int = Field(50000, ge=100, le=600000)
    body_limit_bytes: int = Field(65536, ge=1024, le=10485760)
    shutdown_grace_ms: int = Field(25000, ge=1000, le=120000)
    # Tracing (see tracing.py): off while the DSN is empty.
    sentry_dsn: str = ""
    sentry_traces_sample_rate: float = Field(1.0, ge=0.0, le=1.0)
    sentry_environment: str = "production"

    @field_validator("api_keys")
    @classmethod
    def _api_keys_shape(cls, value: str) -> str:
        for entry in value.split(","):
            principal, _, digest = entry.strip().partition(":")
            if not principal or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
                raise ValueError(f'API_KEYS entry "{principal}" must be principal:sha256hex')
        return value

    @field_validator("sentry_dsn")
    @classmethod
    def _dsn_shape(cls, value: str) -> str:
        if value and not value.startswith(("https://", "http://")):
            raise ValueError("SENTRY_DSN must be empty or an http(s) DSN such as https://key@o1.ingest.sentry.io/1")
        return value

    def python_log_level(self) -> str:
        """The same names as the TypeScript server's LOG_LEVEL, mapped to logging's."""
        return {"fatal": "critical", "warn": "warning", "trace": "debug"}.get(self.log_level, self.log_level)

    def api_key_digests(self) -> list[tuple[str, bytes]]:
        pairs = (entry.strip().partition(":") for entry in self.api_keys.split(","))
        return [(principal, bytes.fromhex(digest)) for principal, _, digest in pairs]

    def cors_origin_list(self) -> list[str]:
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]


@lru_cache
def get_settings() -> Settings:
    return Settings()
