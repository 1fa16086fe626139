"""Questions about one desk's phone, FAX, address or hours (「福祉課のファックス番号」「社協 電話」
「鴻巣児童センターは何時まで」): which desk, which field. Pure; the reply reads the field from desks.yaml.

A desk is named by its name, its short name, the name without its organisation prefix (鴻巣市 健康福祉部 福祉課 →
福祉課) or a few common ways of saying it (社会福祉協議会, 市役所), each also as its kana reading, so
「しゃきょうの じゅうしょ」 finds 社協. A field is named by its words; FAX is checked before the phone, because
「FAXの番号」 asks for the FAX.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.content import Desk
from bot.search import desks_foreign
from bot.text.japanese import tokenize
from bot.text.normalize import fold

FIELDS = ("fax", "hours", "address", "phone")

_FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "fax": ("fax", "ファックス", "ファクス", "ファクシミリ", "ふぁっくす", "ふぁくす"),
    "hours": ("何時", "なんじ", "時間", "じかん", "受付", "うけつけ", "開いて", "あいて", "空いて", "やってる",
              "やっている", "やってます", "やっとる", "やっとん", "やってん", "開いと", "あいと", "営業", "休み", "やすみ", "休館", "土曜", "日曜", "祝日", "閉ま",
              "hours", "open"),
    "address": ("住所", "じゅうしょ", "場所", "ばしょ", "どこ", "行き方", "いきかた", "所在地", "地図", "ちず",
                "アクセス", "address", "where"),
    "phone": ("電話", "でんわ", "番号", "ばんごう", "連絡先", "れんらくさき", "問い合わせ", "問合せ", "といあわせ",
              "tel", "phone", "call"),
}
_FIELD_KEYS = {f: tuple(fold(w) for w in words) for f, words in _FIELD_WORDS.items()}

# Other common names for desks (by id); every desk's own names are added from desks.yaml.
ALIASES: dict[str, tuple[str, ...]] = {
    "shakyo": ("社会福祉協議会", "社協", "しゃきょう", "社福協"),
    "fukushika": ("福祉課", "ふくしか", "市の福祉課", "市役所の福祉課"),
    "shiyakusho": ("市役所", "しやくしょ", "市役所代表", "代表電話"),
    "jiritsu-center": ("自立相談支援センター", "自立相談", "生活困窮の相談センター", "困窮者の相談センター",
                       "生活困窮者自立相談支援センター"),
}
# Long messages are questions about something else that happen to name a desk.
MAX_CHARS = 45
MAX_GAP = 10  # characters allowed between the desk's name and the field word
_LAST_CLAUSE = 10  # a last clause that only asks a field: 「場所どこだっけ」「電話番号は?」
# A story about a call or a visit (「警察を名乗る人から電話が」) is not a question about the desk.
_STORY = tuple(fold(w) for w in ("から電話", "名乗", "言われ", "かかってき", "かかって来"))


# a centre named by its place and its kind: 川里児童センター
_PLACE_KIND = re.compile(r"(.{2,4}?)(児童センター)")

# a kanji run and its ruby in the やさしい日本語 name: 「田間宮児童(たまみや じどう)センター」
_RUBY = re.compile(r"[\u3005\u4e00-\u9fff]+[(（]([\u3041-\u309f\u30a0-\u30ff ]+)[)）]")


@dataclass(frozen=True)
class DeskQuestion:
    desk_id: str
    field: str  # one of FIELDS


def _reading(text: str) -> str:
    return "".join(t.reading or t.surface for t in tokenize(text, synonyms=False))


def desk_names(desks: Iterable[Desk]) -> tuple[tuple[str, str], ...]:
    """(folded name, desk id) pairs, longest first, for every way a desk is named (and its kana reading), in
    Japanese and, for questions in other languages, as bot.search.desks_foreign names it."""
    desks = list(desks)
    pairs: set[tuple[str, str]] = set(desks_foreign.names(desks))
    for desk in desks:
        names = {desk.name, desk.short_name or "", re.sub(r"[(（].*?[)）]", "", desk.name)}
        names.add(desk.name.split()[-1])
        names.update(ALIASES.get(desk.id, ()))
        # 「川里の児童センター」: residents put の between a centre's place and its kind (not 「鴻巣の児童センター」,
        # which is every centre in the city as often as the one named 鴻巣児童センター)
        names.update(f"{m[1]}の{m[2]}" for m in [_PLACE_KIND.fullmatch(n) for n in list(names)] if m and m[1] != "鴻巣")
        easy = desk.translations.get("easy")
        if easy is not None:  # the name as the やさしい日本語 ruby reads it: 田間宮 is たまみや, not たざまぐう
            names.add(re.sub(r"[(（].*?[)）]", "", _RUBY.sub(r"\1", easy.name)))
        for name in names:
            key = fold(name)
            if len(key) >= 2:
                pairs.add((key, desk.id))
                reading = fold(_reading(name))
                if len(reading) >= 3:
                    pairs.add((reading, desk.id))
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[1])))


def parse(text: str, names: tuple[tuple[str, str], ...]) -> DeskQuestion | None:
    """The desk and field a short message asks for, or None.

    When the message names more than one desk (「鴻巣市役所 福祉課の電話」), the one named last before the field
    word is asked about: the organisation comes first and the section inside it after."""
    key = fold(text)
    if not key or len(key) > MAX_CHARS or any(w in key for w in _STORY):
        return None
    found = _asked(key, [(name, d) for name, d in names if name in key]) or _asked_last(text, names)
    if found is None:
        key = fold(_reading(text))
        found = _asked(key, [(name, d) for name, d in names if len(name) >= 3 and name in key])
    return found


def _asked(key: str, named: list[tuple[str, str]]) -> DeskQuestion | None:
    best: tuple[tuple[int, int], DeskQuestion] | None = None
    for name, desk_id in named:
        start = key.index(name)
        field = _field_after(key[start + len(name):])
        rank = (start + len(name), len(name))  # ends nearest the field word; then the longer name
        if field is not None and (best is None or rank > best[0]):
            best = (rank, DeskQuestion(desk_id, field))
    return best[1] if best else None


def _asked_last(text: str, names: tuple[tuple[str, str], ...]) -> DeskQuestion | None:
    """「社協に書類を持って行きたいんだけど、場所どこだっけ」: the field asked on its own in the last clause, of the
    one desk the message names before it (too far from the name for MAX_GAP, but a question all the same)."""
    clauses = [c for c in re.split(r"[、,，。.！!？?\s]+", text) if c]
    if len(clauses) < 2:
        return None
    last = fold(clauses[-1])
    field = _field_after(last) if len(last) <= _LAST_CLAUSE else None
    head = fold("".join(clauses[:-1]))
    named = {d for name, d in names if name in head}
    return DeskQuestion(named.pop(), field) if field and len(named) == 1 else None


def _field_after(after: str) -> str | None:
    for field in FIELDS:
        for word in _FIELD_KEYS[field]:
            # the field is asked of the desk only when it follows the name closely (「福祉課のFAX」, 「社協に
            # ファクス送りたい」), not in a story that mentions both (「警察を名乗る人から電話で…」)
            at = after.find(word)
            if 0 <= at <= MAX_GAP:
                return field
    return None
