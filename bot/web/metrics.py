"""Prometheus metrics for one app instance (its own registry, so several apps in one process never collide).

Labels carry only bounded, non-personal values: event types, reply kinds, HTTP statuses. Never user IDs or text.
With several worker processes, each exposes its own counters; scrape every worker (or sum in Prometheus).
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0)
_REPLY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
# Event types LINE documents; anything else is counted as "other" so a client cannot grow the label set.
KNOWN_EVENT_TYPES = frozenset(
    {
        "message", "follow", "unfollow", "join", "leave", "memberJoined", "memberLeft", "postback",
        "beacon", "accountLink", "things", "unsend", "videoPlayComplete", "activated", "deactivated",
        "botSuspended", "botResumed", "module", "membership", "pnpDeliveryCompletion", "unknown",
    }
)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.webhook_requests = Counter(
            "tsunagari_webhook_requests", "Webhook requests by outcome", ["outcome"], registry=r
        )
        self.webhook_latency = Histogram(
            "tsunagari_webhook_latency_seconds", "Time to answer POST /callback", ["outcome"],
            buckets=_LATENCY_BUCKETS, registry=r,
        )
        self.events = Counter("tsunagari_events", "Webhook events accepted, by type", ["type"], registry=r)
        self.duplicates = Counter(
            "tsunagari_events_duplicate", "Events dropped because their webhookEventId was seen before", registry=r
        )
        self.event_errors = Counter("tsunagari_event_errors", "Events whose handling raised", registry=r)
        self.replies = Counter(
            "tsunagari_replies", "Replies by kind and result (sent/failed)", ["kind", "result"], registry=r
        )
        self.reply_latency = Histogram(
            "tsunagari_reply_seconds", "Time from webhook receipt to LINE answering the reply call",
            buckets=_REPLY_BUCKETS, registry=r,
        )
        self.line_errors = Counter(
            "tsunagari_line_api_errors", "LINE API calls that failed, by endpoint and status",
            ["endpoint", "status"], registry=r,
        )
        self.queue_depth = Gauge("tsunagari_event_queue_depth", "Events waiting for a worker", registry=r)
        self.reply_retries = Counter(
            "tsunagari_reply_retries", "Reply calls tried again (5xx, 429, timeout) while the token was young",
            registry=r,
        )
        self.pushes = Counter(
            "tsunagari_push_fallbacks", "Push calls sent because a reply could not be delivered, by result",
            ["result"], registry=r,
        )
        self.delivered = Counter(
            "tsunagari_replies_delivered", "Events whose reply LINE accepted, by path (reply/push)", ["via"],
            registry=r,
        )
        self.undeliverable = Counter(
            "tsunagari_replies_undeliverable", "Events whose reply never reached LINE, by reply kind", ["kind"],
            registry=r,
        )
        self.skipped = Counter(
            "tsunagari_events_skipped", "Events of a signed body skipped as malformed or unknown", ["reason"],
            registry=r,
        )
        self.deferred = Counter(
            "tsunagari_events_deferred", "Events kept in the database only because the queue was full", registry=r
        )
        self.recovered = Counter(
            "tsunagari_events_recovered",
            "Waiting events taken from the database (after a restart, a crash elsewhere or a full queue)", registry=r,
        )
        self.loading = Counter(
            "tsunagari_loading_shown", "Loading animations started because a reply was not ready in time",
            registry=r,
        )
        self.content_reload_ok = Gauge(
            "tsunagari_content_last_reload_successful", "1 if the last content (re)load succeeded", registry=r
        )
        self.content_loaded_at = Gauge(
            "tsunagari_content_last_reload_success_timestamp_seconds", "Unix time of the last good load",
            registry=r,
        )

    def event(self, event_type: str | None) -> None:
        kind = event_type if event_type in KNOWN_EVENT_TYPES else "other"
        self.events.labels(kind).inc()

    def reply(self, kind: str, ok: bool, status: int | None, error: str | None, *, endpoint: str = "reply") -> None:
        self.replies.labels(_bounded(kind), "sent" if ok else "failed").inc()
        if not ok:
            self.line_error(endpoint, status, error)

    def line_error(self, endpoint: str, status: int | None, error: str | None = None) -> None:
        """Count a failed LINE API call: status is the HTTP status, or None for a timeout / network fault."""
        if status is not None:
            label = str(status)
        else:
            label = "timeout" if error == "timeout" else "network"
        self.line_errors.labels(_bounded(endpoint), label).inc()

    def undelivered(self, kind: str) -> None:
        self.undeliverable.labels(_bounded(kind)).inc()

    def skip(self, reason: str) -> None:
        self.skipped.labels(_bounded(reason)).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)


def _bounded(value: str, limit: int = 40) -> str:
    return "".join(c for c in value[:limit] if c.isalnum() or c in "_-.:") or "unknown"
