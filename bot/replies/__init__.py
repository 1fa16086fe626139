"""Replies: LINE message JSON and wording, no decisions. `from bot import replies` gives every builder."""

from bot.replies.base import *  # noqa: F403
from bot.replies.base import Message, row, size_ok  # noqa: F401
from bot.replies.crisis import *  # noqa: F403
from bot.replies.faq import *  # noqa: F403
from bot.replies.groups import *  # noqa: F403
from bot.replies.places import *  # noqa: F403
from bot.replies.texts import say as fixed  # noqa: F401
