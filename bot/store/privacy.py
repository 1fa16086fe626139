"""Minimising what we keep about residents: pseudonyms for LINE user IDs and masking for logs."""

from __future__ import annotations

import hashlib
import hmac
import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\d)(\+?81[-\s]?|0)\d{1,4}[-\s(（]?\d{1,4}[-\s)）]?\d{3,4}(?!\d)")
_DIGITS = re.compile(r"\d{4,}")
_LINE_USER_ID = re.compile(r"U[0-9a-f]{32}")


def pseudonym(user_id: str, key: bytes) -> str:
    """A keyed hash of a LINE user ID: stable for one key, useless without it."""
    return hmac.new(key, user_id.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def mask(text: str) -> str:
    """Hide e-mail addresses, phone numbers, LINE user IDs and runs of 4+ digits."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text)
    text = _EMAIL.sub("[メール]", text)
    text = _LINE_USER_ID.sub("[ID]", text)
    text = _PHONE.sub("[電話]", text)
    return _DIGITS.sub(lambda m: "#" * len(m.group()), text)
