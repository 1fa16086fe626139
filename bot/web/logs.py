"""Logging setup: plain text for people, or one JSON object per line (TSUNAGARI_LOG_JSON / serve --log-json).

Our own log calls carry event types, webhook event IDs, statuses and LINE request IDs only: never message text,
never raw LINE user IDs, never secrets. As a second line of defence every record passes a filter that masks
anything shaped like a LINE user/group/room ID and any bearer token, including in third-party loggers.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
import traceback
from typing import Any

_LINE_ID = re.compile(r"\b[UCR][0-9a-f]{32}\b")
_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+")
# Attributes every LogRecord has; anything else was passed with `extra=` and goes into the JSON object.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


def scrub(text: str) -> str:
    return _BEARER.sub(r"\1[redacted]", _LINE_ID.sub("[line-id]", text))


def exception_text(exc_info: Any) -> str:
    """The stack and the exception type, without the exception's message: messages can quote an event
    (a resident's words, their user ID), and tracebacks are kept longer than anything else."""
    exc_type, _, tb = exc_info
    stack = "".join(traceback.format_tb(tb)) if tb else ""
    name = f"{exc_type.__module__}.{exc_type.__qualname__}" if exc_type else "Exception"
    return scrub(f"Traceback (most recent call last):\n{stack}{name}: (message withheld)")


class ScrubFilter(logging.Filter):
    """Render the message once, mask IDs and tokens in it, and freeze the result into the record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not lose the record
            message = str(record.msg)
        cleaned = scrub(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            # Exception messages can quote an event; the text formatter uses exc_text when it is set.
            record.exc_text = exception_text(record.exc_info)
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                data[key] = value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
        if record.exc_info and record.exc_info[0] is not None:
            data["exc_type"] = record.exc_info[0].__name__
            data["traceback"] = exception_text(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(*, json_lines: bool = False, level: int | str = logging.INFO, stream: Any = None) -> logging.Handler:
    """Install one handler on the root logger (replacing earlier ones) and route uvicorn's loggers to it."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter(TEXT_FORMAT))
    handler.addFilter(ScrubFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
    return handler
