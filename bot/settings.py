"""One settings object, read from the environment once at the edge (cli/web) and passed down.

pydantic-settings reads `TSUNAGARI_*` (and LINE's own `LINE_CHANNEL_SECRET` / `LINE_CHANNEL_ACCESS_TOKEN`),
coerces and validates every value; an unknown `TSUNAGARI_*` name is refused (a typo must not silently fall
back to a default), and every problem becomes one plain line (`SettingsError`), never a traceback.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, EnvSettingsSource, PydanticBaseSettingsSource, SettingsConfigDict

DEFAULT_LINE_API_URL = "https://api.line.me"
DEFAULT_LINE_DATA_API_URL = "https://api-data.line.me"
PREFIX = "TSUNAGARI_"
# The pseudonym key used when neither production nor a LINE channel is configured (a laptop, `ask`, tests of
# pages). Named so that nobody mistakes it for a real key; `serve` refuses it outside development.
DEVELOPMENT_PSEUDONYM_KEY = "tsunagari-local-development-only-not-a-secret"
DATABASE_SCHEMES = ("sqlite:///", "sqlite://:memory:", "postgresql://", "postgres://")
LINE_NAMES = ("LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN")


class SettingsError(ValueError):
    """A setting that cannot be used; the message is one line for the operator."""


def _line(name: str) -> Any:
    """A LINE credential: read from LINE's own variable name, never from a TSUNAGARI_ one; hidden from repr()."""
    return Field(default=None, repr=False, validation_alias=AliasChoices(name, name.lower()))


class Settings(BaseSettings):
    """Everything the bot can be configured with. Secrets are hidden from repr()."""

    model_config = SettingsConfigDict(
        env_prefix=PREFIX, extra="forbid", frozen=True, env_ignore_empty=True, populate_by_name=True
    )

    line_channel_secret: str | None = _line("LINE_CHANNEL_SECRET")
    line_channel_access_token: str | None = _line("LINE_CHANNEL_ACCESS_TOKEN")
    line_api_url: str = DEFAULT_LINE_API_URL
    line_data_api_url: str = DEFAULT_LINE_DATA_API_URL
    database_url: str = Field(default="sqlite:///var/tsunagari.db", repr=False)  # a PostgreSQL URL has a password
    content_dir: Path = Path(".")
    admin_token: str | None = Field(default=None, repr=False)
    # Named staff tokens, "tanaka:<token>,suzuki:<token>": the audit log says who did what (bot/web/admin_auth.py).
    staff_tokens: str | None = Field(default=None, repr=False)
    # /docs and /openapi.json (off by default; never in production).
    api_docs: bool = False
    # Keyed hash for pseudonymising LINE user IDs: a key of its own, required in production and whenever the LINE
    # channel is configured; never the channel secret (rotating that would orphan rows unfollow must delete).
    pseudonym_key: str | None = Field(default=None, repr=False, min_length=16)
    # Seconds allowed for one call to the LINE API before it counts as failed.
    line_timeout: float = Field(default=10.0, allow_inf_nan=False, gt=0, le=120)
    event_workers: int = Field(default=4, ge=1, le=64)
    max_body_bytes: int = Field(default=1_048_576, ge=1024, le=50_000_000)
    # Days unanswered questions are kept (docs/notes/privacy.md); at least one day, at most ten years.
    retention_days: int = Field(default=90, ge=1, le=3650)
    # The sentence encoder (bot/search/encoders.py) and its on-disk vector cache (relative to content_dir unless
    # absolute; empty = memory only). A restart or reload encodes only texts the cache has not seen.
    encoder: str = "e5-small"
    vector_cache: str = "var/vectors.sqlite"
    # Poll faq/ and plan_data/ and reload on change. `serve` turns it on unless TSUNAGARI_WATCH=false.
    watch: bool = False
    watch_interval: float = Field(default=1.0, allow_inf_nan=False, gt=0, le=3600)
    # Serve /admin to non-loopback clients too (only behind a proxy that authenticates staff).
    admin_remote: bool = False
    log_json: bool = False
    # uvicorn's line per HTTP request. Off by default: at LINE's rates it is mostly webhook 200s, it keeps client
    # addresses, and writing it was ~10 % of the event loop's time under load; /metrics counts every outcome and
    # every failure is logged anyway.
    access_log: bool = False
    production: bool = False
    # Event notices (bot/notices/sender.py): retries of one batch per run (429/5xx/timeouts), backoff base and budget.
    notice_max_attempts: int = Field(default=6, ge=1, le=20)
    notice_retry_base: float = Field(default=0.5, allow_inf_nan=False, gt=0, le=60)
    notice_retry_budget: float = Field(default=90.0, allow_inf_nan=False, gt=0, le=3600)
    # Seconds between rounds of the in-process notice scheduler (`run-due` inside serve); 0 = off (use cron).
    notice_scheduler_interval: float = Field(default=0.0, allow_inf_nan=False, ge=0, le=86_400)
    # Durable webhook events (bot/web/events.py, bot/store/events.py). Events waiting in memory (more wait in the
    # database, answered as room frees up); threads building replies (crisis replies have one more of their own).
    event_queue_size: int = Field(default=1000, ge=1)
    reply_builders: int = Field(default=2, ge=1)
    # Seconds the webhook waits for the database before answering 503 (LINE redelivers; it gives up after 2 s).
    db_busy_timeout: float = Field(default=1.0, gt=0)
    # A reply token is used only while younger than this (LINE: within 1 minute); older → push fallback.
    reply_token_ttl: float = Field(default=50.0, gt=0)
    # Ordinary replies that could not be delivered may be pushed (costs message quota); crisis replies always may.
    push_fallback: bool = False
    # Show LINE's loading animation in 1:1 chats when a reply is not ready this many seconds after receipt (<0: off).
    loading_after: float = 1.0
    # On SIGTERM: seconds to keep answering queued events; the rest stay in the database for the next start.
    shutdown_drain: float = Field(default=10.0, ge=0)
    # An event's owner renews its lease; a crashed process's events are taken over when it runs out.
    event_lease: float = Field(default=10.0, gt=0)

    @field_validator("database_url")
    @classmethod
    def _database_scheme(cls, url: str) -> str:
        if not url.startswith(DATABASE_SCHEMES):
            scheme = url.split("://", 1)[0] + "://" if "://" in url else "(no scheme)"
            raise ValueError(f"{scheme} is not supported; use sqlite:///path/to/file.db or postgresql://user@host/db")
        return url

    @field_validator("line_api_url", "line_data_api_url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        if not url.startswith(("https://", "http://")):
            raise ValueError("must start with https:// (or http:// for a local test server)")
        return url.rstrip("/")

    @model_validator(mode="after")
    def _pseudonym_key_of_its_own(self) -> Settings:
        secret = self.line_channel_secret
        if self.pseudonym_key and secret and hmac.compare_digest(self.pseudonym_key.encode(), secret.encode()):
            raise ValueError("TSUNAGARI_PSEUDONYM_KEY must differ from LINE_CHANNEL_SECRET (a key of its own)")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Values given in code win; the environment only through from_env(), so that Settings(...) in tests and
        # tools never picks up a developer's shell. No .env files or secret directories are read.
        return (init_settings,)

    @property
    def line_enabled(self) -> bool:
        return bool(self.line_channel_secret and self.line_channel_access_token)

    @property
    def pseudonym_key_required(self) -> bool:
        """Outside development (production, or a LINE channel that real residents may write to) the key is a must."""
        return self.production or self.line_enabled

    @property
    def pseudonym_problem(self) -> str | None:
        """Why this configuration cannot pseudonymise residents (one line for the operator), or None."""
        if self.pseudonym_key or not self.pseudonym_key_required:
            return None
        return (f"{PREFIX}PSEUDONYM_KEY is not set; it is required in production and when the LINE channel is "
                "configured (a random value of 16+ characters, e.g. `openssl rand -hex 32`; keep it: a new key "
                "orphans stored rows)")

    @property
    def pseudonym_secret(self) -> bytes:
        """The key for bot.store.privacy.pseudonym; never the channel secret, and no fallback outside development."""
        if problem := self.pseudonym_problem:
            raise SettingsError(problem)
        return (self.pseudonym_key or DEVELOPMENT_PSEUDONYM_KEY).encode("utf-8")

    def with_(self, **changes: Any) -> Settings:
        """A copy with some values changed, validated like the original."""
        return type(self)(**{**self.model_dump(), **changes})

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from LINE_* and TSUNAGARI_* variables; unknown TSUNAGARI_* names are refused."""
        env = os.environ if env is None else env
        known = set(env_names())
        unknown = sorted(k for k in env if k.startswith(PREFIX) and k not in known and env[k] != "")
        if unknown:
            raise SettingsError(f"unknown setting {unknown[0]}; known: {', '.join(sorted(known))}")
        source = _MappingEnv(cls, env)
        try:
            return cls(**source())
        except ValidationError as exc:
            raise SettingsError(_one_line(exc, env)) from None


class _MappingEnv(EnvSettingsSource):
    """pydantic-settings' environment source over a given mapping (os.environ, or a test's dict)."""

    def __init__(self, settings_cls: type[BaseSettings], env: Mapping[str, str]):
        self._given = {k: v for k, v in env.items() if k.startswith(PREFIX) or k in LINE_NAMES}
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        return {k.lower(): v for k, v in self._given.items() if v != ""}


def env_names() -> list[str]:
    return [f"{PREFIX}{name.upper()}" for name in Settings.model_fields if not name.startswith("line_channel")]


# pydantic error types that mean "read fine, but outside the allowed range or rule" rather than "unreadable".
_RULES = ("finite_number", "greater_than", "greater_than_equal", "less_than", "less_than_equal", "string_too_short", "value_error")


def _one_line(exc: ValidationError, env: Mapping[str, str]) -> str:
    err = exc.errors()[0]
    message = str(err["msg"]).removeprefix("Value error, ")
    if not err.get("loc"):  # a rule across settings (model validator): its message names the variables
        return message
    name = str(err["loc"][0])
    key = name.upper() if name.upper() in LINE_NAMES else f"{PREFIX}{name.upper()}"
    raw = env.get(key, "")
    kind = Settings.model_fields[name].annotation if name in Settings.model_fields else None
    kind_name = getattr(kind, "__name__", str(kind))
    shown = "(hidden)" if Settings.model_fields.get(name) and not Settings.model_fields[name].repr else repr(raw)
    if err["type"] in _RULES:
        return f"{key}: {shown} is not allowed ({message})"
    return f"{key}: cannot read {shown} as {kind_name} ({message})"
