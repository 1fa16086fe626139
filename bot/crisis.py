"""Safety first: spot words of suicide, self-harm, abuse, DV, violence or danger before anything else.

Rules are written over a folded form of the text (NFKC, katakana, no spaces), so 「しにたい」「死にたい」
「ｼﾆﾀｲ」 all match one rule. Expressions of a person's own situation always count. Bare topic nouns
(自殺, 虐待, DV) count too, unless the message is plainly about policy or learning (「自殺予防の講座」),
because a resident who only writes 「虐待」 may be in danger and a hotline never hurts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.normalize import fold

CATEGORIES = ("danger", "suicide", "abuse", "dv", "violence")


def _rule(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fold(p) if not p.startswith('re:') else p[3:]})" for p in patterns))


# Expressions of the writer's own situation: always a crisis.
_STRONG = {
    "suicide": _rule(
        "死にたい", "死のう", "死んでしまいたい", "死ぬしかない", "死んだほうがまし", "死んだ方がまし",
        "死にます", "消えたい", "消えてしまいたい", "いなくなりたい", "生きていたくない", "生きてたくない",
        "生きるのがつらい", "生きるのが辛い", "生きるのがしんどい", "生きていてもしかたない",
        "生きてても仕方ない", "生きる意味がない", "生きる意味ない", "終わりにしたい", "楽になりたい",
        "自殺したい", "自殺しよう", "自殺する", "首をつ", "首つ", "飛び降り", "とびおり", "飛びおり",
        "リストカット", "リスカ", "自傷", "手首を切", "オーバードーズ", "薬をたくさん飲", "薬を大量",
        "練炭", "遺書", "殺して", "生まれてこなければ",
        "re:シ[ニヌ]タイ", "re:キエタイ",
    ),
    "abuse": _rule(
        "虐待されて", "虐待されている", "虐待してしまう", "虐待してしまい", "叩いてしまう", "たたいてしまう",
        "親に殴られ", "親になぐられ", "親に叩かれ", "親にたたかれ", "父に殴られ", "母に殴られ",
        "父親に殴られ", "母親に殴られ", "ご飯を食べさせてもらえない", "ごはんをもらえない",
        "家に帰りたくない", "子どもが泣き叫", "子供が泣き叫", "ネグレクト", "放置されている子",
        "介護者に叩かれ", "施設で叩かれ",
    ),
    "dv": _rule(
        "夫に殴られ", "夫になぐられ", "夫に叩かれ", "妻に殴られ", "妻に叩かれ", "旦那に殴られ",
        "旦那になぐられ", "彼氏に殴られ", "彼に殴られ", "彼女に殴られ", "パートナーに殴られ",
        "夫から暴力", "妻から暴力", "配偶者から暴力", "配偶者の暴力", "夫の暴力", "旦那の暴力",
        "恋人から暴力", "モラハラ", "ドメスティックバイオレンス",
        # folded form (katakana): 夫/妻/旦那/彼氏… + から(の)/に/の + 暴力/殴られ/叩かれ/蹴られ
        "re:(夫|妻|旦那|ダンナ|主人|嫁|彼氏|カレシ|彼女|恋人|パートナー|配偶者|元カレ|元夫|元妻)"
        "(カラノ?|ニ|ノ)(暴力|殴ラ|ナグラ|叩カ|タタカ|蹴ラ|ケラ|首ヲシメ|首ヲ絞)",
    ),
    "violence": _rule(
        "殴られた", "なぐられた", "殴られる", "暴力をふるわれ", "暴力を振るわれ", "暴力を受け",
        "脅されて", "おどされて", "ストーカー", "つきまとわれ", "付きまとわれ", "性被害", "レイプ",
    ),
    "danger": _rule(
        "殺される", "ころされる", "刺された", "さされた", "血が止まらない", "息をしていない",
        "意識がない", "倒れて動かない", "火事",
    ),
}

# Topic words that may mean a crisis; ignored only in plainly informational messages.
_TOPIC = {
    "suicide": _rule("自殺", "じさつ", "自死"),
    "abuse": _rule("虐待", "ぎゃくたい"),
    "dv": _rule("re:(?<![A-Z])DV(?![A-Z])", "でぃーぶい"),
    "violence": _rule("暴力", "ぼうりょく"),
}
_INFORMATIONAL = _rule(
    "予防", "防止", "対策", "研修", "講座", "計画", "啓発", "施策", "取組", "取り組み", "統計", "ボランティア",
    "勉強", "学び", "講演", "授業", "キャンペーン",
)


@dataclass(frozen=True)
class Crisis:
    categories: tuple[str, ...]

    @property
    def danger(self) -> bool:
        return "danger" in self.categories


def detect(text: str) -> Crisis | None:
    """Return the crisis categories found in a message, or None. Pure and fast; runs on every text."""
    folded = fold(text).upper()
    found = {name for name, rule in _STRONG.items() if rule.search(folded)}
    if not _INFORMATIONAL.search(folded):
        found |= {name for name, rule in _TOPIC.items() if rule.search(folded)}
    if not found:
        return None
    return Crisis(tuple(c for c in CATEGORIES if c in found))
