"""One settings object, read from the environment once at the edge (cli/app) and passed down."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

DEFAULT_LINE_API_URL = "https://api.line.me"
DEFAULT_LINE_DATA_API_URL = "https://api-data.line.me"


@dataclass(frozen=True)
class Settings:
    """Everything the bot can be configured with. Secrets are hidden from repr()."""

    line_channel_secret: str | None = field(default=None, repr=False)
    line_channel_access_token: str | None = field(default=None, repr=False)
    line_api_url: str = DEFAULT_LINE_API_URL
    line_data_api_url: str = DEFAULT_LINE_DATA_API_URL
    database_url: str = "sqlite:///var/tsunagari.db"
    content_dir: Path = Path(".")
    admin_token: str | None = field(default=None, repr=False)
    # Keyed hash for pseudonymising LINE user IDs; falls back to the channel secret.
    pseudonym_key: str | None = field(default=None, repr=False)
    # Seconds allowed for one call to the LINE API before it counts as failed.
    line_timeout: float = 10.0
    event_workers: int = 4
    max_body_bytes: int = 1_048_576
    retention_days: int = 90
    # Poll faq/ and plan_data/ and reload on change. `serve` turns it on unless TSUNAGARI_WATCH=false.
    watch: bool = False
    watch_interval: float = 1.0
    # Serve /admin to non-loopback clients too (only behind a proxy that authenticates staff).
    admin_remote: bool = False
    log_json: bool = False
    production: bool = False
    # Event notices (bot/delivery.py): retries of one batch per run (429/5xx/timeouts), backoff base and budget.
    notice_max_attempts: int = 6
    notice_retry_base: float = 0.5
    notice_retry_budget: float = 90.0
    # Seconds between rounds of the in-process notice scheduler (`run-due` inside serve); 0 = off (use cron).
    notice_scheduler_interval: float = 0.0

    @property
    def line_enabled(self) -> bool:
        return bool(self.line_channel_secret and self.line_channel_access_token)

    @property
    def pseudonym_secret(self) -> bytes:
        key = self.pseudonym_key or self.line_channel_secret or "tsunagari-local-development"
        return key.encode("utf-8")

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from LINE_* and TSUNAGARI_* variables; unknown TSUNAGARI_* names are refused."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        names = {f.name: f for f in fields(cls)}
        for key in ("LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN"):
            if env.get(key):
                values[key.lower()] = env[key]
        for key, raw in env.items():
            if not key.startswith("TSUNAGARI_") or raw == "":
                continue
            name = key.removeprefix("TSUNAGARI_").lower()
            if name not in names or name.startswith("line_channel"):
                raise ValueError(f"unknown setting {key}; known: {', '.join(_env_names())}")
            values[name] = _coerce(names[name].type, raw, key)
        return cls(**values)  # type: ignore[arg-type]


def _env_names() -> list[str]:
    return [f"TSUNAGARI_{f.name.upper()}" for f in fields(Settings) if not f.name.startswith("line_channel")]


def _coerce(kind: object, raw: str, key: str) -> object:
    kind = str(kind)
    try:
        if kind == "bool":
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "Path":
            return Path(raw)
    except ValueError:
        raise ValueError(f"{key}: cannot read {raw!r} as {kind}") from None
    return raw
