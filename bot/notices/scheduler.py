"""Send what is due: `notices run-due` and the scheduler inside `serve` share this."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import socket
from typing import Any

from bot.content import ContentInvalid
from bot.content.notices import load_notices
from bot.line.gateway import LineGateway
from bot.notices.retry import RetryPolicy
from bot.notices.sender import Sender, SendRefused, SendStopped
from bot.settings import Settings
from bot.store.mode import lease
from bot.text.clock import utcnow

EXIT_STOPPED = 3  # LINE kept failing: run the same command again to resume



def gateway_for(settings: Settings) -> Any:

    if not settings.line_channel_access_token:
        return None
    return LineGateway(
        access_token=settings.line_channel_access_token, api_url=settings.line_api_url, timeout=settings.line_timeout
    )


def sender_for(settings: Settings, db: Any, gateway: Any, *, progress: Any = None) -> Any:

    policy = RetryPolicy(
        max_attempts=settings.notice_max_attempts, base=settings.notice_retry_base, budget=settings.notice_retry_budget
    )
    return Sender(db, gateway, policy=policy, progress=progress)


async def send_due(sender: Any, items: Any, *, actor: str, now: dt.datetime) -> tuple[list[dict[str, Any]], int]:
    """Send every notice whose send_at has come (not past, not already sent); (results, exit code)."""

    results: list[dict[str, Any]] = []
    code = 0
    for notice in sorted(items, key=lambda n: (n.send_at or now, n.id)):
        if notice.send_at is None or notice.send_at > now or notice.is_past(now):
            continue
        existing = sender.status(notice.id)
        if existing and existing.state == "done":
            continue
        try:
            results.append(report_json(await sender.send(notice, actor=actor)))
        except SendRefused as exc:
            results.append({"notice_id": notice.id, "refused": str(exc)})
            code = max(code, 1)
        except SendStopped as exc:
            results.append(report_json(exc.report) if exc.report else {"notice_id": notice.id, "stopped": str(exc)})
            code = EXIT_STOPPED
    return results, code


async def scheduler(settings: Settings, db: Any, *, stop: asyncio.Event, interval: float = 60.0) -> None:
    """The optional scheduler for `serve`: every `interval` seconds, what `run-due` does (same ledger, same
    lease, so several servers and a cron job can all run it). Errors are logged and retried next round."""
    import logging


    log = logging.getLogger("tsunagari.notices")
    owner = f"{socket.gethostname()}:{os.getpid()}:{id(stop):x}"
    while not stop.is_set():
        # One leader among servers sharing the database (a lease row, renewed each round; bot.store.mode).
        if not await asyncio.to_thread(lease, db, "notice-scheduler", owner, seconds=max(3 * interval, 30.0)):
            try:
                await asyncio.wait_for(stop.wait(), timeout=interval)
            except TimeoutError:
                pass
            continue
        gateway = gateway_for(settings)
        try:
            if gateway is not None:
                items = load_notices(settings.content_dir).items
                results, _ = await send_due(sender_for(settings, db, gateway), items, actor="scheduler", now=utcnow())
                for r in results:
                    log.info("notice %s: %s", r["notice_id"], r.get("state") or r.get("refused") or r.get("stopped"))
        except ContentInvalid as exc:
            log.warning("notices not sent: %d problems in plan_data/notices", len(exc.errors))
        except Exception:  # noqa: BLE001 - the scheduler must keep running; the ledger makes a retry safe
            log.exception("notice scheduler round failed")
        finally:
            if gateway is not None:
                await gateway.close()
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except TimeoutError:
            pass


def report_json(report: Any) -> dict[str, Any]:
    return {
        "notice_id": report.notice_id, "mode": report.mode, "state": report.state, "recipients": report.recipients,
        "batches": report.batches, "delivered": report.delivered, "failed": report.failed,
        "pending": report.pending, "unknown": report.unknown, "resumed": report.resumed, "message": report.message,
    }
