"""Staff content in, typed snapshot out: schemas, the strict YAML loader and located errors."""

from bot.content.errors import ContentError, ContentInvalid
from bot.content.load import Content, load_content, plan_entries
from bot.content.schema import *  # noqa: F403
from bot.content.schema import __all__ as _schema_names

__all__ = ["Content", "ContentError", "ContentInvalid", "load_content", "plan_entries", *_schema_names]
