"""LINE messages rendered as plain text for a terminal (`tsunagari ask`, `notices preview`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def render(messages: Sequence[dict[str, Any]]) -> str:
    """LINE messages as a person would read them in a terminal: chips only under the last message, because
    that is the only place LINE shows them."""
    out: list[str] = []
    for message in messages:
        if message["type"] == "text":
            out.append(message["text"])
        elif message["type"] == "flex":
            contents = message["contents"]
            bubbles = contents["contents"] if contents["type"] == "carousel" else [contents]
            for bubble in bubbles:
                out.append("┌ " + _bubble_text(bubble))
        elif message["type"] == "image":
            out.append(f"[画像] {message.get('originalContentUrl', '')}".rstrip())
        out.append("")
    items = messages[-1].get("quickReply", {}).get("items", []) if messages else []
    if items:
        out.insert(len(out) - 1, "  " + "  ".join(f"[{i['action'].get('label', '')}]" for i in items))
    return "\n".join(out).rstrip() + "\n"


def _bubble_text(bubble: dict[str, Any]) -> str:
    lines: list[str] = []

    def walk(node: dict[str, Any]) -> None:
        if node.get("type") == "text":
            lines.append(node["text"])
        elif node.get("type") == "button":
            action = node["action"]
            lines.append(f"[{action['label']}] {action.get('uri', '')}".rstrip())
        elif node.get("type") == "box":
            parts = node.get("contents", [])
            if node.get("layout") == "baseline":
                lines.append(": ".join(p.get("text", "") for p in parts))
            else:
                for part in parts:
                    walk(part)

    for section in ("header", "body", "footer"):
        if section in bubble:
            walk(bubble[section])
    return "\n│ ".join(lines)
