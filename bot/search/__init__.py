"""Ranking, no replies: the FAQ index (BM25 + fuzzy re-rank) and place queries."""

from bot.search.analysis import strip_boilerplate
from bot.search.config import DEFAULT_THRESHOLDS, Document, Hit, MatcherConfig, Thresholds
from bot.search.index import Index

__all__ = ["DEFAULT_THRESHOLDS", "Document", "Hit", "Index", "MatcherConfig", "Thresholds", "strip_boilerplate"]
