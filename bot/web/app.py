"""create_app(settings): the FastAPI app. Nothing happens at import; everything starts in the lifespan."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Response

from bot.chat import handlers
from bot.chat.knowledge import Knowledge, load_knowledge
from bot.line.gateway import LineGateway
from bot.notices.scheduler import scheduler
from bot.settings import Settings
from bot.store.db import Database
from bot.store.events import Sealer
from bot.text import language
from bot.web import admin, webhook
from bot.web.metrics import CONTENT_TYPE_LATEST, Metrics
from bot.web.runtime import Runtime

log = logging.getLogger("tsunagari.app")


def create_app(settings: Settings | None = None, *, knowledge: Knowledge | None = None) -> FastAPI:
    """The app; `knowledge` already loaded by the caller (serve checks the content first) is used as is."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loaded = knowledge or load_knowledge(settings)  # broken content fails here, before anything is opened
        db = Database.open(settings.database_url, base_dir=settings.content_dir)
        runtime = Runtime(settings=settings, knowledge=loaded, db=db, metrics=app.state.metrics)
        runtime.metrics.content_reload_ok.set(1)
        runtime.metrics.content_loaded_at.set(runtime.loaded_at.timestamp())
        deps = handlers.Deps(knowledge=runtime.current, db=db, pseudonym_key=settings.pseudonym_secret)
        if settings.line_enabled:
            assert settings.line_channel_secret and settings.line_channel_access_token
            runtime.parser = webhook.make_parser(settings.line_channel_secret)
            runtime.gateway = LineGateway(
                access_token=settings.line_channel_access_token,
                api_url=settings.line_api_url,
                timeout=settings.line_timeout,
            )
            # The webhook records events on a connection of its own, with a short busy timeout: another process
            # holding the database turns into a quick 503 (LINE redelivers), never a stalled request.
            intake_db = db if db.display.endswith(":memory:") else Database.open(
                settings.database_url, base_dir=settings.content_dir, busy_timeout=settings.db_busy_timeout
            )
            runtime.events = webhook.EventQueue(
                deps=deps, gateway=runtime.gateway, settings=settings, intake_db=intake_db,
                sealer=Sealer(settings.pseudonym_secret), metrics=runtime.metrics,
            )
            runtime.events.start()
        app.state.runtime = runtime
        # lingua's and the sentence models load on first use: load them now, off the event loop, not at the first
        # message
        asyncio.get_running_loop().run_in_executor(None, language.warm_up)
        asyncio.get_running_loop().run_in_executor(None, loaded.warm_up)
        stop_staff = await admin.start(app, runtime)  # reload triggers (SIGHUP, watcher) and retention purge
        stop_notices = asyncio.Event()
        notices_task = None
        if settings.notice_scheduler_interval > 0:

            notices_task = asyncio.create_task(
                scheduler(settings, db, stop=stop_notices, interval=settings.notice_scheduler_interval)
            )
        try:
            yield
        finally:
            stop_notices.set()
            if notices_task:
                await notices_task
            await stop_staff()
            if runtime.events:
                await runtime.events.stop()  # drains within TSUNAGARI_SHUTDOWN_DRAIN, leaves the rest in the database
                if runtime.events.intake_db is not db:
                    runtime.events.intake_db.close()
            if runtime.gateway:
                await runtime.gateway.close()
            db.close()

    app = FastAPI(
        title="tsunagari",
        lifespan=lifespan,
        # Off unless asked for (TSUNAGARI_API_DOCS=true, never in production): they map every route.
        docs_url="/docs" if settings.api_docs and not settings.production else None,
        redoc_url=None,
        openapi_url="/openapi.json" if settings.api_docs and not settings.production else None,
    )
    app.state.metrics = Metrics()
    app.include_router(webhook.router())
    admin.install(app)  # staff routes and the door: security headers, origin check, /metrics behind the token

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        """Prometheus text format; counters are per process (scrape each worker)."""
        runtime: Runtime = app.state.runtime
        if runtime.events:
            runtime.metrics.queue_depth.set(runtime.events.queue.qsize())
        return Response(runtime.metrics.render(), media_type=CONTENT_TYPE_LATEST)

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        runtime: Runtime = app.state.runtime
        content = runtime.knowledge.content
        counts = dict(runtime.events.counts) if runtime.events else {}
        return {
            "status": "ok",
            "content": {
                "version": content.version,
                "entries": len(content.entries),
                "desks": len(content.desks),
                "loaded_at": runtime.loaded_at.isoformat(),
                "last_error": runtime.last_error,
                "reload": app.state.reloader.status(),
            },
            "line_webhook": runtime.events is not None,
            "queued_events": runtime.events.queue.qsize() if runtime.events else 0,
            "events_in_flight": runtime.events.in_flight if runtime.events else 0,
            "counts": counts,
        }

    return app

