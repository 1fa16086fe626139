"""What the crisis tests read off a reply: the number its first hotline card calls."""

from __future__ import annotations

import json


def first_number(reply) -> str:
    """The number the crisis reply's first hotline card calls."""
    return json.dumps(reply.messages[1], ensure_ascii=False).split('"uri": "tel:')[1].split('"')[0]
