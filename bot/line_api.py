"""The only place that talks to the LINE Messaging API (through line-bot-sdk v3's async client)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
)

log = logging.getLogger("tsunagari.line")


@dataclass(frozen=True)
class SendResult:
    ok: bool
    status: int | None
    request_id: str | None
    error: str | None = None


class LineGateway:
    """Owns one AsyncApiClient; create it inside the running event loop and close it on shutdown."""

    def __init__(self, *, access_token: str, api_url: str, timeout: float):
        self._config = Configuration(access_token=access_token, host=api_url.rstrip("/"))
        self._client = AsyncApiClient(self._config)
        self.api = AsyncMessagingApi(self._client)
        self.timeout = timeout

    async def reply(self, reply_token: str, messages: Sequence[dict[str, Any]]) -> SendResult:
        """Send a reply. Reply tokens are single-use and short-lived, so a failure is logged, not retried."""
        # The messages are already LINE JSON. Going through ReplyMessageRequest.from_dict()/to_dict() (pydantic v1
        # models, ~10-20 ms of CPU per flex carousel, on the event loop) was most of the bot's CPU per event
        # (bench/load_webhook.py), so the dict goes to the SDK's own client as is: same auth, host, timeout,
        # errors (ApiException) and headers; LINE validates the messages and answers 400 if one is wrong.
        body = {"replyToken": reply_token, "messages": list(messages)}
        try:
            response = await asyncio.wait_for(
                self._client.call_api(
                    "/v2/bot/message/reply", "POST",
                    header_params={"Accept": "application/json", "Content-Type": "application/json"},
                    body=body, response_types_map={}, auth_settings=["Bearer"],
                    _return_http_data_only=False, _request_timeout=self.timeout,
                ),
                timeout=self.timeout + 1,
            )
        except ApiException as exc:
            request_id = _header(exc.headers, "x-line-request-id")
            log.warning("reply failed: status=%s request_id=%s", exc.status, request_id)
            return SendResult(False, exc.status, request_id, _error_message(exc.body))
        except (TimeoutError, asyncio.TimeoutError):
            log.warning("reply timed out after %.1fs", self.timeout)
            return SendResult(False, None, None, "timeout")
        except Exception as exc:  # noqa: BLE001 - a network fault must not kill the worker
            log.warning("reply failed: %s", type(exc).__name__)
            return SendResult(False, None, None, type(exc).__name__)
        return SendResult(True, response.status_code, _header(response.headers, "x-line-request-id"))

    async def close(self) -> None:
        await self._client.close()


def _header(headers: Any, name: str) -> str | None:
    if not headers:
        return None
    try:
        return headers.get(name) or headers.get(name.title())
    except AttributeError:
        return None


def _error_message(body: Any) -> str | None:
    if not body:
        return None
    text = body if isinstance(body, str) else str(body)
    return text[:200]
