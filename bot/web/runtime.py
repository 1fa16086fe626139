"""What the running app holds; the reloader swaps `knowledge` whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from linebot.v3.webhook import WebhookParser

from bot.chat.knowledge import Knowledge
from bot.line.gateway import LineGateway
from bot.settings import Settings
from bot.store.db import Database
from bot.web import webhook
from bot.web.metrics import Metrics


@dataclass
class Runtime:
    """Everything the running app holds. `knowledge` is replaced whole, never edited in place."""

    settings: Settings
    knowledge: Knowledge
    db: Database
    parser: WebhookParser | None = None
    gateway: LineGateway | None = None
    events: webhook.EventQueue | None = None
    loaded_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    last_error: str | None = None
    metrics: Metrics = field(default_factory=Metrics)

    def current(self) -> Knowledge:
        return self.knowledge
