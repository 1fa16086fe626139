"""Readings for hard kanji, for やさしい日本語 readers of text no one has rewritten yet.

Rule applied (入管庁・文化庁「在留支援のためのやさしい日本語ガイドライン」): keep the kanji word and give its
reading in hiragana in parentheses, once per text (福祉課(ふくしか)). A word counts as hard when it has a kanji
beyond the first two school years (小学1・2年の漢字, 240 characters): 電話 and 市 stay as they are. Readings come
from Sudachi's dictionary (the same tokenizer as matching). Rewriting sentences short and plain is staff work
(`translations: {easy: …}`); this only makes a text readable until then.
"""

from __future__ import annotations

import re

from bot.text.japanese import tokenize
from bot.text.normalize import kata_to_hira, nfkc

# 学年別漢字配当表 (2020): 1年 80字 + 2年 160字.
BASIC_KANJI = frozenset(
    "一右雨円王音下火花貝学気九休玉金空月犬見五口校左三山子四糸字耳七車手十出女小上森人水正生青夕石赤千川先早草"
    "足村大男竹中虫町天田土二日入年白八百文木本名目立力林六"
    "引羽雲園遠何科夏家歌画回会海絵外角楽活間丸岩顔汽記帰弓牛魚京強教近兄形計元言原戸古午後語工公広交光考行高黄合"
    "谷国黒今才細作算止市矢姉思紙寺自時室社弱首秋週春書少場色食心新親図数西声星晴切雪船線前組走多太体台地池知茶昼"
    "長鳥朝直通弟店点電刀冬当東答頭同道読内南肉馬売買麦半番父風分聞米歩母方北毎妹万明鳴毛門夜野友用曜来里理話"
)
_KANJI = re.compile(r"[\u4e00-\u9fff々]")


def hard(word: str) -> bool:
    return any(_KANJI.match(ch) and ch not in BASIC_KANJI for ch in word)


def with_readings(text: str) -> str:
    """`text` with a hiragana reading after each hard kanji word, the first time it appears."""
    text = nfkc(text)
    out: list[str] = []
    at = 0
    seen: set[str] = set()
    for token in tokenize(text, synonyms=False):
        start = text.find(token.surface, at)
        if start < 0:  # pragma: no cover - surfaces are always in order in the NFKC text
            continue
        end = start + len(token.surface)
        out.append(text[at:start])
        if hard(token.surface) and token.surface not in seen:
            out.append(_read(token.surface, kata_to_hira(token.reading)))
            seen.add(token.surface)
        else:
            out.append(token.surface)
        at = end
    out.append(text[at:])
    return "".join(out)


def _read(surface: str, reading: str) -> str:
    """助け合い + たすけあい → 助(たす)け合(あ)い: each run of kanji gets its reading, kana in between stay as they
    are. When the kana do not line up with the reading, the whole word gets one reading."""
    runs = re.findall(r"[\u4e00-\u9fff々]+|[^\u4e00-\u9fff々]+", surface)
    pattern = "".join("(.+?)" if _KANJI.match(run) else re.escape(kata_to_hira(run)) for run in runs)
    found = re.fullmatch(pattern, reading)
    if found is None:
        return f"{surface}({reading})" if reading and reading != surface else surface
    readings = iter(found.groups())
    return "".join(f"{run}({next(readings)})" if _KANJI.match(run) else run for run in runs)
