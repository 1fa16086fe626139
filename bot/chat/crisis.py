"""Safety first, fast stage: rules for the unmistakable words of suicide, self-harm, overdose, abuse, DV,
sexual violence and danger. `detect` runs on every message (the webhook uses it to put crisis replies first);
`bot.chat.crisis_assess.assess` adds the semantic stage on top.

The text is undisguised first (bot.chat.crisis_text: hidden characters, spaced letters, netspeak), ordinary
idioms built from alarming words are taken out (「死ぬほど眠い」「暴力団追放」), and each sentence is judged
on its own, so one crisis sentence after harmless ones still counts. Rules are written over a folded form
(NFKC, katakana, no spaces), and over Sudachi readings, so spellings in kanji, hiragana or katakana are one rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from bot.chat import crisis_everyday as E
from bot.chat import crisis_past as P
from bot.chat import crisis_rules as R
from bot.chat.crisis_fold import rule
from bot.chat.crisis_signs import TOPIC_SUFFERED
from bot.chat.crisis_text import prepare, sentences

# Categories in the order their lines come first in a reply: life in danger now, then the rest.
CATEGORIES = ("overdose_injury", "violence", "dv", "child_abuse", "elder_abuse", "sexual_abuse", "suicide")

_STRONG: dict[str, re.Pattern[str]] = {
    "suicide": R.SUICIDE,
    "overdose_injury": R.OVERDOSE_INJURY,
    "dv": R.DV,
    "child_abuse": R.CHILD_ABUSE,
    "elder_abuse": R.ELDER_ABUSE,
    "sexual_abuse": R.SEXUAL_ABUSE,
    "violence": R.VIOLENCE,
}

# The same wishes matched on the katakana reading of the sentence, so that kanji, hiragana and mixed
# spellings (消えてしまいたい / きえてしまいたい) are one rule.
_READINGS = re.compile(
    "|".join(
        (
            "シニタイ", "シノウ(カナ|ト)", "シンデシマイタイ", "シヌシカナイ", "シンダホウガ(マシ|ラク)",
            "キエタイ", "キエテシマイタイ", "キエテナクナリタイ", "イナクナリタイ", "イナクナッテシマイタイ",
            "イキテ(イ)?タクナイ", "イキテイルノガ(ツライ|シンドイ|クルシイ)", "イキルノガ(ツライ|シンドイ|クルシイ)",
            "イキ(ル|テル|テイル|テイク)イミ(ガ|ハ|モ|ッテ)?(ナイ|ナンテナイ)", "イキテ(イ)?テモ?シカタ(ガ)?ナイ",
            "ジサツ(シ(タイ|ヨウ|ソウ|カケ|チャイ|テシマイ|ニ)|スル(ツモリ|シカ|ホカ|カモ|コトニ)|サセテ)", "クビヲツ[ルロリ]", "トビオリ(タイ|ヨウ|ル)", "トビコミ(タイ|ソウ)", "シニマス",
            "ウマレテコナケレバ", "(モウ|ジンセイ|イノチ)(ヲ)?オワリニ(シタイ|スル|シヨウ)", "オワリニシタイ",
            "ネムッタママ(オキ|メガサメ)", "シヌツモリ", "シヌ(ヒ|ホウホウ)", "シンデヤル", "メガサメナケレバ", "イキテテモ(ショウ|シャア)ガネ", "イキテタッテ(ショウ|シャア)ガ",
        )
    )
)
_HARM_VERBS = {"殴る", "蹴る", "叩く", "殺す", "刺す", "絞める", "締める", "突き飛ばす", "押し倒す", "殴り付ける", "ぶつ"}
_PASSIVE = {"れる", "られる"}
# what stings or pricks without anyone meaning harm: 「孫が蜂に刺されて顔が腫れた」 is a first-aid question, not abuse
_STINGERS = {"蜂", "ハチ", "はち", "虫", "蚊", "ムカデ", "百足", "アブ", "ダニ", "毛虫", "クラゲ", "海月", "蟻", "アリ", "棘", "トゲ", "とげ", "針"}
_WEAPONS = {"包丁", "刃物", "ナイフ", "凶器", "刀", "バット", "銃", "拳銃"}
_WIELD = {"向ける", "突き付ける", "振り回す", "持ち出す"}  # 持つ alone is cooking or camping
_PARTNERS = {"夫", "妻", "旦那", "主人", "嫁", "彼氏", "彼女", "恋人", "パートナー", "配偶者", "元夫", "元妻", "元彼", "亭主"}
_PARENTS = {"父", "母", "親", "父親", "母親", "お父さん", "お母さん", "父さん", "母さん", "おとうさん", "おかあさん", "親父", "おふくろ", "継父", "継母", "義父", "義母", "パパ", "ママ"}
_SEXUAL_READINGS = re.compile("セイボウリョク(ヲ)?(ウケ|サレ)|ムリヤリ(サレ|ヤラレ)|チカン(サレ|ニアッ)|レイプサレ")
CHILDREN = {"子供", "子ども", "こども", "子", "赤ちゃん", "孫", "まご", "娘", "息子", "児童", "小学生", "中学生"}
ELDERS = {"祖母", "祖父", "おばあちゃん", "おじいちゃん", "ばあちゃん", "じいちゃん", "高齢", "高齢者", "老人",
           "施設", "介護", "ヘルパー", "認知症"}


@dataclass(frozen=True)
class Crisis:
    """What the rules found: categories (most urgent first), and whether life may be in danger right now."""

    categories: tuple[str, ...]
    danger: bool = False


def _token_rules(sentence: str) -> set[str]:
    """Rules over Sudachi tokens: readings of death wishes, who harms whom, weapons; catches inflections."""
    from bot.text.japanese import tokenize  # the dictionary loads on first use, not at import

    tokens = tokenize(sentence, synonyms=False)
    norms = [t.norm for t in tokens]
    found: set[str] = set()
    reading = "".join(t.reading for t in tokens)
    if _READINGS.search(reading):
        found.add("suicide")
    if _SEXUAL_READINGS.search(reading):
        found.add("sexual_abuse")
    harmed = any(
        n in _HARM_VERBS and any(m in _PASSIVE for m in norms[i + 1 : i + 3])
        and not (n == "刺す" and _STINGERS & set(norms[max(0, i - 3) : i]))
        for i, n in enumerate(norms)
    )
    threatened = any(n == "殺す" and norms[i + 1 : i + 2] == ["ぞ"] for i, n in enumerate(norms))
    if any(n in _WEAPONS for n in norms) and (any(n in _WIELD for n in norms) or "暴れる" in norms):
        threatened = True
    surfaces = {t.surface for t in tokens} | set(norms)
    if harmed or threatened:
        if surfaces & _PARTNERS:
            found.add("dv")
        elif surfaces & ELDERS:
            found.add("elder_abuse")
        elif surfaces & (_PARENTS | CHILDREN) or "おや" in surfaces:
            found.add("child_abuse")
        else:
            found.add("violence")
    if threatened:  # a weapon or a death threat: the police first, whoever holds it
        found |= {"danger", "violence"}
    return found


_NOT_IF_SETTLED = {"dv", "child_abuse", "elder_abuse", "sexual_abuse", "violence", "danger"}


_SUFFERED = rule(*TOPIC_SUFFERED)


def _judge(sentence: str, studying: bool = False, lesson: bool = False, asked: bool = False) -> set[str]:
    """The rules' findings in one sentence; `studying`: the message says it is homework or a report (R.STUDY), so
    a bare topic word in it is the subject, not a report of harm; `lesson`: it names a lesson or a drill and
    nothing happening now, or a nap told as harmless (crisis_everyday.not_lying_there), so a collapse or a sleeper
    who does not wake in it is what was taught or a nap."""
    plain = R.fold_up(sentence)
    folded = R.IDIOMS.sub("・", plain)
    if R.LEARNING.search(R.DENIED_FICTION.sub("・", folded)) and not (E.NOW.search(folded) and E.COLLAPSED.search(folded)):
        return set()  # a story named to deny it is no story (round 10); a lesson recalled as someone falls now is
    injury_text = E.without_lying_there(folded) if lesson else folded
    found = {name for name, pattern in _STRONG.items()
             if pattern.search(injury_text if name == "overdose_injury" else folded)}
    if not (studying or R.INFORMATIONAL.search(folded) or (asked and not _SUFFERED.search(folded))):
        found |= {name for name, pattern in R.TOPIC.items() if pattern.search(folded)}
    if not R.IDIOMS.search(plain):
        found |= _token_rules(sentence)
    if "dv" in found and R.DV_NOW.search(folded):
        found.add("danger")
    if E.SETTLED.search(folded):  # a worry the sentence resolves or denies (round 12); a wish to die is kept
        found -= _NOT_IF_SETTLED
    return found


# What the rules found for one text while its event is handled. The webhook's intake reads the rules to order
# its queue; under a flood that was a tenth of the process's time, so the reply does not read them again.
# `Read`: the text the rules read and what they found; (None, None) when there was no text to read.
Read = tuple[str | None, Crisis | None]
_READ: ContextVar[Read] = ContextVar("crisis_rules_read", default=(None, None))


@contextmanager
def already_read(read: Read) -> Iterator[None]:
    """Within this block `detect(text)` returns what `read` found for `text`, without reading it again (other
    texts are read as usual)."""
    token = _READ.set(read)
    try:
        yield
    finally:
        _READ.reset(token)


def detect(text: str) -> Crisis | None:
    """The crisis categories the rules find in any sentence of a message, or None. Pure and fast (no encoder)."""
    read_text, found_then = _READ.get()
    if read_text == text:
        return found_then
    prepared = prepare(text)
    parts = sentences(prepared) or [prepared]
    found: set[str] = set()
    folded = R.DENIED_FICTION.sub("・", R.fold_up(prepared))
    studying = bool(R.STUDY.search(folded) or R.FICTION.search(folded))
    # round 16: a question about the thing in another sentence (「回覧で虐待の話が出ました。一般的な通報先を知りたい」
    # names the topic in one sentence and why in the next); not when the topic is told as suffered (虐待を受けて)
    asked = bool(R.INFORMATIONAL.search(folded))
    lesson = E.not_lying_there(folded)
    for sentence in parts:
        found |= _judge(sentence, studying, lesson, asked)
    for first, second in zip(parts, parts[1:]):  # a thought that runs over a full stop: 「…してしまった。次は…」
        found |= _judge(first + second, studying, lesson, asked)
    if len(parts) > 2 and len(prepared) <= 100:  # a short message read whole: 「ごめんね。もう無理。先にいくね」
        found |= _judge(prepared, studying, lesson, asked)
    if R.FINAL_ACTS.search(folded) and R.MEANS_READY.search(folded):  # a plan told calmly, over several sentences
        found.add("suicide")
    if len(found - {"danger"}) == 0:
        return None
    if "dv" in found and R.child_of_parent(prepared):  # a child telling of a parent's violence: 189, not DV
        found = (found - {"dv"}) | {"child_abuse"}
    if found & {"dv", "sexual_abuse"} and R.PARENTS_PARTNER.search(prepared):  # a parent's partner harms the child
        found = (found - {"dv"}) | {"child_abuse"}
    if {"child_abuse", "violence"} <= found and "danger" not in found \
            and (R.child_of_parent(prepared) or R.PARENTS_PARTNER.search(prepared)):
        found -= {"violence"}  # a child hit at home by a parent or a parent's partner: 189 leads, not 110
    if found & {"dv", "child_abuse"}:  # (read only then: the rest of the messages pay nothing for it)
        whole = R.fold_up(prepared)
        beyond_a_blow = bool(R.VIOLENCE.search(P.PARTNER_HARM_WORDS.sub("・", whole)))  # a weapon, a stalker, a threat
        if "dv" in found and P.told_as_past(whole):  # a partner's violence told as over (round 13)
            found.discard("danger")  # the DV lines lead, not 110
            if not beyond_a_blow:
                found.discard("violence")
        if {"child_abuse", "violence"} <= found and "danger" not in found and R.HOME_FEARED.search(whole) \
                and not beyond_a_blow:
            found.discard("violence")  # a child hit and afraid to go home: the harm is at home, 189 leads (round 13)
    danger = "danger" in found or bool(found & {"overdose_injury", "violence"})
    return Crisis(tuple(c for c in CATEGORIES if c in found), danger=danger)
