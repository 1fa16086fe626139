"""The only place that talks to the LINE Messaging API (line-bot-sdk v3's async clients): reply, push, the
loading animation, multicast, broadcast, message quota and the follower count."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import urllib.parse
import urllib.request
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("tsunagari.line")


def _sdk() -> Any:
    """line-bot-sdk's messaging package, imported when a gateway is first built: it takes about half a second
    (pydantic models for every API), and commands that never talk to LINE (`tsunagari ask`, `check`) skip it."""
    from linebot.v3 import messaging

    return messaging


def proxy_from_env(url: str) -> str | None:
    """The proxy the environment names for `url` (HTTPS_PROXY / HTTP_PROXY, minus NO_PROXY), read once."""
    parts = urllib.parse.urlsplit(url)
    if urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return urllib.request.getproxies().get(parts.scheme) or None


def _no_lookups_per_call(client: Any) -> None:
    """The SDK's aiohttp session trusts the environment, so before every call aiohttp reads the proxy variables
    and parses ~/.netrc, each in a thread of the default executor: ~0.7 ms of CPU and two thread hops per call
    (bench/load_webhook.py, docs/benchmarks-webhook.md), twice per event when the loading animation is shown.
    The proxy is read once instead (`proxy_from_env`, passed as the SDK's `proxy`); netrc credentials never
    applied (LINE takes the channel access token)."""
    session = getattr(getattr(client, "rest_client", None), "pool_manager", None)
    if session is not None and hasattr(session, "_trust_env"):
        session._trust_env = False


@dataclass(frozen=True)
class Audience:
    """LINE's friend statistics for one day (Insight API)."""

    followers: int
    blocks: int
    day: str  # YYYYMMDD, Japan time

    @property
    def reach(self) -> int:
        return max(self.followers - self.blocks, 0)


@dataclass(frozen=True)
class SendResult:
    ok: bool
    status: int | None
    request_id: str | None
    error: str | None = None
    retry_after: float | None = None

    @property
    def retryable(self) -> bool:
        """LINE may accept the same call later: 429 (not the monthly limit), 5xx, a timeout or a network fault."""
        if self.ok:
            return False
        if self.status is None:
            return True
        if self.status == 429:
            return "monthly limit" not in (self.error or "").lower()
        return self.status >= 500


class LineGateway:
    """Owns one AsyncApiClient; create it inside the running event loop and close it on shutdown."""

    def __init__(self, *, access_token: str, api_url: str, timeout: float):
        sdk = _sdk()
        self._ApiException = sdk.ApiException
        self._config = sdk.Configuration(access_token=access_token, host=api_url.rstrip("/"))
        self._config.proxy = proxy_from_env(api_url)
        self._client = sdk.AsyncApiClient(self._config)
        _no_lookups_per_call(self._client)
        self.api = sdk.AsyncMessagingApi(self._client)
        self.timeout = timeout
        self._token = access_token
        self._url = api_url.rstrip("/")
        self._template: tuple[str, Any] | None = None  # the SDK-validated multicast request of the last notice

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
        except self._ApiException as exc:
            request_id = _header(exc.headers, "x-line-request-id")
            log.warning("reply failed: status=%s request_id=%s", exc.status, request_id)
            return SendResult(False, exc.status, request_id, _error_message(exc.body),
                              _retry_after(_header(exc.headers, "retry-after")))
        except (TimeoutError, asyncio.TimeoutError):
            log.warning("reply timed out after %.1fs", self.timeout)
            return SendResult(False, None, None, "timeout")
        except Exception as exc:  # noqa: BLE001 - a network fault must not kill the worker
            log.warning("reply failed: %s", type(exc).__name__)
            return SendResult(False, None, None, type(exc).__name__)
        return SendResult(True, response.status_code, _header(response.headers, "x-line-request-id"))

    async def push(self, to: str, messages: Sequence[dict[str, Any]], retry_key: str) -> Outcome:
        """Push to one chat with `X-Line-Retry-Key`: a retry with the same key is answered 409, never sent twice."""
        # Same shortcut as reply(): our messages are LINE JSON already; LINE validates them.
        body = {"to": to, "messages": list(messages)}
        return await self._call(self._client.call_api(
            "/v2/bot/message/push", "POST",
            header_params={"Accept": "application/json", "Content-Type": "application/json",
                           "X-Line-Retry-Key": retry_key},
            body=body, response_types_map={}, auth_settings=["Bearer"],
            _return_http_data_only=False, _request_timeout=self.timeout,
        ))

    async def loading(self, chat_id: str, seconds: int = 20) -> Outcome:
        """LINE's loading animation in a 1:1 chat (5–60 s in steps of 5); it ends when our next message arrives."""
        seconds = min(max(5, seconds - seconds % 5), 60)
        request = _sdk().ShowLoadingAnimationRequest(chat_id=chat_id, loading_seconds=seconds)
        return await self._call(self.api.show_loading_animation_with_http_info(
            request, _request_timeout=self.timeout))

    async def close(self) -> None:
        await self._client.close()

    async def multicast(self, to: Sequence[str], msgs: list[dict[str, Any]], retry_key: str) -> Outcome:
        # The messages are validated by the SDK once per notice; each batch only swaps the frozen recipients
        # in (validating 500 IDs per batch through pydantic v1 cost ~20 ms a batch).
        key = json.dumps(msgs, sort_keys=True)
        if self._template is None or self._template[0] != key:
            self._template = (key, _sdk().MulticastRequest.from_dict({"to": ["U" + "0" * 32], "messages": msgs}))
        if not 1 <= len(to) <= 500:
            raise ValueError("a multicast goes to 1–500 user IDs")
        request = self._template[1].copy(update={"to": list(to)})
        return await self._call(self.api.multicast_with_http_info(
            request, x_line_retry_key=retry_key, _request_timeout=self.timeout))

    async def broadcast(self, msgs: list[dict[str, Any]], retry_key: str) -> Outcome:
        request = _sdk().BroadcastRequest.from_dict({"messages": msgs})
        return await self._call(self.api.broadcast_with_http_info(
            request, x_line_retry_key=retry_key, _request_timeout=self.timeout))

    async def remaining_quota(self) -> int | None:
        """Messages still allowed this month (None = no limit). Counted per recipient."""
        quota = await asyncio.wait_for(self.api.get_message_quota(_request_timeout=self.timeout), self.timeout + 1)
        if quota.type != "limited":
            return None
        used = await asyncio.wait_for(
            self.api.get_message_quota_consumption(_request_timeout=self.timeout), self.timeout + 1
        )
        return max(int(quota.value or 0) - int(used.total_usage or 0), 0)

    async def followers(self) -> int | None:
        """Friends a broadcast would reach: followers − blocks from the Insight API, or None when not ready."""
        found = await self.audience()
        return found.reach if found else None

    async def audience(self) -> Audience | None:
        """The latest ready Insight friend count (yesterday's, else the day before: LINE computes a day's figure
        during the next day), or None when neither is ready or LINE cannot be asked.

        `followers` counts every first-time add and never goes down; blocked friends receive nothing and cost
        nothing, so a broadcast reaches followers − blocks. (`targetedReaches` is only the friends whose
        demographics LINE is sure of — far fewer — and must not be used for the quota.)"""
        from linebot.v3.insight import AsyncApiClient, AsyncInsight, Configuration

        today = dt.datetime.now(dt.timezone(dt.timedelta(hours=9))).date()
        client = AsyncApiClient(Configuration(access_token=self._token, host=self._url))
        try:
            for back in (1, 2):
                day = (today - dt.timedelta(days=back)).strftime("%Y%m%d")
                found = await asyncio.wait_for(
                    AsyncInsight(client).get_number_of_followers(var_date=day, _request_timeout=self.timeout),
                    self.timeout + 1,
                )
                if found.status == "ready" and found.followers is not None:
                    return Audience(int(found.followers), int(found.blocks or 0), day)
                log.info("insight followers for %s: %s", day, found.status)
            return None
        except Exception as exc:  # noqa: BLE001 - unknown is refused by the quota check, never guessed
            log.warning("followers unknown: %s", type(exc).__name__)
            return None
        finally:
            await client.close()

    async def _call(self, call: Awaitable[Any]) -> Outcome:
        try:
            response = await asyncio.wait_for(call, timeout=self.timeout + 1)
        except self._ApiException as exc:
            headers = exc.headers or {}
            status = int(exc.status or 0)
            request_id = _header(headers, "x-line-request-id")
            if status == 409:
                return Outcome("ok", 409, _header(headers, "x-line-accepted-request-id") or request_id)
            body = str(exc.body or "")[:200]
            if status == 429 and "monthly limit" in body.lower():
                return Outcome("quota", status, request_id, error=body)
            if status == 429 or status >= 500:
                return Outcome("retry", status, request_id, _retry_after(_header(headers, "retry-after")), body)
            return Outcome("fail", status, request_id, error=body)
        except (TimeoutError, asyncio.TimeoutError):
            return Outcome("retry", None, error="timeout")
        except Exception as exc:  # noqa: BLE001 - dropped connections and other network faults: retry
            return Outcome("retry", None, error=type(exc).__name__)
        return Outcome("ok", response.status_code, _header(response.headers, "x-line-request-id"))


def _error_message(body: Any) -> str | None:
    if not body:
        return None
    text = body if isinstance(body, str) else str(body)
    return text[:200]


@dataclass(frozen=True)
class Outcome:
    """One HTTP attempt: ok (2xx or 409), retry (429/5xx/timeout/connection), fail (4xx), quota (monthly limit)."""

    kind: str
    status: int | None = None
    request_id: str | None = None
    retry_after: float | None = None
    error: str | None = None


def _retry_after(raw: str | None) -> float | None:
    if not raw:
        return None
    try:
        return max(float(raw), 0.0)
    except ValueError:
        return None


def _header(headers: Any, name: str) -> str | None:
    if not headers:
        return None
    try:
        return headers.get(name) or headers.get(name.title())
    except AttributeError:
        return None
