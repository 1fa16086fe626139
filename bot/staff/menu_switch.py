"""Disaster mode's rich menu: when staff switch the mode, the LINE default menu follows (bot.line.richmenu).

A menu that cannot be switched (no LINE token, no Japanese font, LINE refusing) never blocks the mode
itself: replies change at once; the outcome of the menu switch is reported to staff in one line.
"""

from __future__ import annotations

import logging

from bot.line import richmenu
from bot.settings import Settings

log = logging.getLogger("tsunagari.staff")


def switch_menu(settings: Settings, state: str) -> str:
    """Make the mode's menu the default; returns what happened, for the page and the CLI."""
    if not settings.line_channel_access_token:
        return "リッチメニュー: LINE に接続していないため切り替えていません"
    try:
        result = richmenu.switch(state, access_token=settings.line_channel_access_token,
                                 api_url=settings.line_api_url, data_api_url=settings.line_data_api_url,
                                 timeout=settings.line_timeout)
    except richmenu.FontMissing as exc:
        return f"リッチメニュー: 切り替えられません({exc})"
    except Exception as exc:  # noqa: BLE001 - the mode is already on; the menu is reported, not fatal
        log.warning("rich menu switch to %s failed: %s", state, type(exc).__name__)
        return f"リッチメニュー: 切り替えに失敗しました({type(exc).__name__})。もう一度切り替えてください"
    which = "災害用" if state == "disaster" else "ふだんの"
    return f"リッチメニュー: {which}メニュー({result.rich_menu_id})を既定にしました"
