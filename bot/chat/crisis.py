"""Safety first: spot words of suicide, self-harm, abuse, DV, violence or danger before anything else.

Rules are written over a folded form of the text (NFKC, katakana, no spaces), so 「しにたい」「死にたい」
「ｼﾆﾀｲ」 all match one rule. Expressions of a person's own situation always count. Bare topic nouns
(自殺, 虐待, DV) count too, unless the message is plainly about policy or learning (「自殺予防の講座」),
because a resident who only writes 「虐待」 may be in danger and a hotline never hurts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text.normalize import fold

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
        "恋人から暴力", "モラハラ", "ドメスティックバイオレンス", "DVを受け", "DVされ", "DVにあっ", "DVがひどい",
        "DVをうけ",
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
        "意識がない", "倒れて動かない", "火事です", "火事だ", "家が燃えて",
    ),
}

# Topic words that may mean a crisis; ignored only in plainly informational messages.
_TOPIC = {
    "suicide": _rule("自殺", "じさつ", "自死"),
    "abuse": _rule("虐待", "ぎゃくたい"),
    "dv": _rule("re:(?<![A-Z])DV(?![A-Z])", "でぃーぶい"),
    "violence": _rule("暴力", "ぼうりょく"),
    "danger": _rule("火事", "かじ"),
}
_INFORMATIONAL = _rule(
    "予防", "防止", "対策", "研修", "講座", "計画", "啓発", "施策", "取組", "取り組み", "統計", "ボランティア",
    "勉強", "学び", "講演", "授業", "キャンペーン",
    # asking where to turn or what a word means: the FAQ entry (which links the same hotlines) fits better
    "相談でき", "相談先", "相談窓口", "窓口", "教えて", "知りたい", "どこまで", "とは", "これって", "って何",
    "とき", "場合", "できますか", "連絡先", "避難", "防災", "備え",
)


# The same expressions matched on the katakana reading of the whole message, so that kanji, hiragana and
# mixed spellings (消えてしまいたい / きえてしまいたい / 消えてしまいたい) are one rule.
_READINGS = re.compile(
    "|".join(
        (
            "シニタイ", "シノウ(カナ|ト)", "シンデシマイタイ", "シヌシカナイ", "シンダホウガ(マシ|ラク)",
            "キエタイ", "キエテシマイタイ", "キエテナクナリタイ", "イナクナリタイ", "イナクナッテシマイタイ",
            "イキテ(イ)?タクナイ", "イキテイルノガ(ツライ|シンドイ|クルシイ)", "イキルノガ(ツライ|シンドイ|クルシイ)",
            "イキ(ル|テル|テイル|テイク)イミ(ガ|ハ|モ|ッテ)?(ナイ|ナンテナイ)", "イキルイミガ?ナイ", "イキテイテモ?シカタ(ガ)?ナイ", "イキテテモ?シカタ(ガ)?ナイ",
            "ジサツ(シ|スル|サセ)", "クビヲツ[ルロリ]", "トビオリ(タイ|ヨウ|ル)", "シニマス", "コロシテ(ホシイ|クダサイ|クレ)",
            "ウマレテコナケレバ", "(モウ|ジンセイ|イノチ)(ヲ)?オワリニ(シタイ|スル|シヨウ)", "オワリニシタイ",
        )
    )
)
# Violence as the writer suffers it: a harmful verb in the passive (殴られた, けられて, 首を絞められ).
_HARM_VERBS = {
    "殴る", "蹴る", "叩く", "殺す", "刺す", "絞める", "締める", "突き飛ばす", "押し倒す", "殴り付ける", "ぶつ",
    "触る", "さわる", "襲う",
}
_PASSIVE = {"れる", "られる"}
_WEAPONS = {"包丁", "刃物", "ナイフ", "凶器", "刀", "バット"}
_WIELD = {"向ける", "突き付ける", "振り回す", "持つ", "回す", "ふる", "振る", "出す"}
_CHILDREN = {"子供", "子ども", "こども", "子", "赤ちゃん", "赤ん坊", "娘", "息子", "児童", "乳児", "幼児"}
# Sounds and signs a neighbour reports: a child screaming, being hit, left alone.
_CHILD_SIGNS = re.compile("悲鳴|叩ク音|タタク音|殴ル音|泣キ叫|ナキサケ|怒鳴リ声|ドナリ声|アザ|痣|ガリガリ|置キ去リ")
_SEXUAL = re.compile("性的ナコトヲ(サ|サレ|サセ)|性的虐待|性被害|体ヲ触ラ|カラダヲサワラ|体ヲサワラ|ワイセツ")
_PARTNERS = {"夫", "妻", "旦那", "主人", "嫁", "彼氏", "彼女", "恋人", "パートナー", "配偶者", "元夫", "元妻", "元彼", "亭主"}
_PARENTS = {"父", "母", "親", "父親", "母親", "父さん", "母さん", "お父さん", "お母さん", "継父", "継母", "義父", "義母", "パパ", "ママ"}


def _token_rules(text: str) -> set[str]:
    """Rules over Sudachi tokens: who harms whom, and weapons; catches hiragana and inflected forms."""
    from bot.text.japanese import tokenize  # the dictionary loads on first use, not at import

    tokens = tokenize(text, synonyms=False)
    norms = [t.norm for t in tokens]
    found: set[str] = set()
    reading = "".join(t.reading for t in tokens)
    if _READINGS.search(reading):
        found.add("suicide")
    harmed = any(
        n in _HARM_VERBS and any(m in _PASSIVE for m in norms[i + 1 : i + 3]) for i, n in enumerate(norms)
    )
    threatened = any(n == "殺す" and norms[i + 1 : i + 2] == ["ぞ"] for i, n in enumerate(norms))
    if any(n in _WEAPONS for n in norms) and (any(n in _WIELD for n in norms) or "暴れる" in norms):
        threatened = True
    partner = any(n in _PARTNERS for n in norms)
    parent = any(n in _PARENTS or t.surface in _PARENTS for n, t in zip(norms, tokens))
    if harmed or threatened:
        found.add("violence")
        if partner:
            found.add("dv")
        if parent:
            found.add("abuse")
    if threatened:
        found.add("danger")
    if partner and "暴れる" in norms:
        found |= {"dv", "violence"}
    folded = fold(text)
    if any(n in _CHILDREN for n in norms) and _CHILD_SIGNS.search(folded):
        found.add("abuse")
    if _SEXUAL.search(folded):
        found |= {"violence", "abuse"} if parent else {"violence"}
    return found


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
    found |= _token_rules(text)
    if not _INFORMATIONAL.search(folded):
        found |= {name for name, rule in _TOPIC.items() if rule.search(folded)}
    if not found:
        return None
    return Crisis(tuple(c for c in CATEGORIES if c in found))
