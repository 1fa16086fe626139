"""The conversation's pieces: each turns one kind of message into a Reply (or passes), as pure functions of one
knowledge snapshot. bot.chat.routing puts them in order."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bot import replies
from bot.chat import acts, intents, needs, scope
from bot.chat import crisis as crisis_rules
from bot.chat import crosslingual, directory
from bot.chat.crisis_assess import Verdict, assess, first_line
from bot.chat.knowledge import Knowledge
from bot.content import Content, Desk, Entry
from bot.search import Hit, Thresholds, desks, desks_foreign, places, strip_boilerplate
from bot.text import greetings
from bot.text.normalize import fold

EXAMPLES = ("ボランティアを始めたい", "一人暮らしの親が心配", "生活に困っている", "相談窓口を知りたい")

_GREETINGS = {fold(w) for w in ("こんにちは", "こんばんは", "おはよう", "おはようございます", "はじめまして",
                                "よろしく", "よろしくお願いします", "やあ", "もしもし", "hello", "hi", "hey")}
_THANKS = {fold(w) for w in ("ありがとう", "ありがとうございます", "ありがとうございました", "ありがと",
                             "助かりました", "たすかりました", "サンキュー", "thanks", "thank you", "どうも")}
_HELP = {fold(w) for w in ("使い方", "つかいかた", "ヘルプ", "help", "メニュー", "ほかの質問", "他の質問",
                           "何ができるの", "なにができるの")}


# Fallback replies still offer the nearest entries as buttons when they score at least this much
# (out-of-scope questions score a median 0.10 on the regression set; in-scope misses 0.12-0.25).
SUGGEST_FLOOR = 0.15


@dataclass(frozen=True)
class Candidate:
    id: str
    title: str
    score: float

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "score": round(self.score, 4)}


@dataclass(frozen=True)
class Reply:
    """What to send, and why. `kind` is answer, clarify, fallback, crisis, greeting or other."""

    kind: str
    messages: list[dict[str, Any]]
    candidates: list[Candidate] = field(default_factory=list)
    entry_id: str | None = None
    # Set when staff should see this question later (fallbacks and clarifications, never crises).
    unanswered: bool = False
    lang: str = "ja"  # the language the reply is written in (bot.text.language.SERVED)
    act: str | None = None  # the conversation act (thanks, ack, bye, complaint, human, restart, emoji, short)


def crisis_verdict(knowledge: Knowledge, text: str) -> Verdict:
    """Both crisis stages: the rules, then meaning through the snapshot's shared encoder (if it has one); a
    mostly-kana message is also read as the FAQ matcher respells it."""
    kana = getattr(knowledge.index, "kana", None)
    return assess(text, knowledge.encoder, respell=kana.read if kana is not None else None)


def crisis_reply(knowledge: Knowledge, text: str, verdict: Verdict | None = None) -> Reply | None:
    """Hotlines first when a message is a crisis; nothing else runs before this. Never stored (unanswered=False)."""
    verdict = verdict or crisis_verdict(knowledge, text)
    return Reply("crisis", crisis_messages(knowledge.content, verdict)) if verdict.level == "crisis" else None


def with_concern(knowledge: Knowledge, reply: Reply, verdict: Verdict) -> Reply:
    """The usual answer with a short caring line on top. Like a crisis, it is not kept for staff."""
    listeners = [knowledge.content.desks[d] for d in CONCERN_LINES if d in knowledge.content.desks]
    messages = [replies.concern_line(listeners, lang=verdict.lang, danger=verdict.danger), *reply.messages]
    if len(messages) > replies.MAX_MESSAGES:  # keep the last message: it carries the quick replies
        messages = messages[: replies.MAX_MESSAGES - 1] + messages[-1:]
    return dataclasses.replace(reply, messages=messages, unanswered=False)


def greeting_reply(text: str, lang: str = "ja") -> Reply | None:
    """Hello, thanks and "how do I use this" (and an empty message) get the greeting with examples."""
    key = fold(text)
    if not key:
        # An empty message is a hello; a lone ？ or emoji is an act (bot.chat.acts), answered after this route.
        return None if text.strip() else Reply("greeting", replies.greeting("hello", EXAMPLES, lang=lang), lang=lang)
    if key in _THANKS or greetings.is_thanks(text):
        return Reply("greeting", replies.greeting("thanks", EXAMPLES, lang=lang), lang=lang, act="thanks")
    if key in _GREETINGS or key in _HELP or greetings.is_hello(text):
        return Reply("greeting", replies.greeting("hello", EXAMPLES, lang=lang), lang=lang, act="greeting")
    return None


def act_reply(knowledge: Knowledge, text: str, lang: str = "ja") -> Reply | None:
    """Thanks, OK, goodbye, "that's wrong", "a person please", "start over", an emoji, a lone ？ or character:
    a short fitting reply with a way on (the menu, or the human desks), never a search result."""
    act = acts.detect(text) or _act_by_meaning(knowledge, text)
    if act is None:
        return None
    if act == "greeting":
        return Reply("greeting", replies.greeting("hello", EXAMPLES, lang=lang), act=act, lang=lang)
    if lang != "ja":
        return foreign_act_reply(knowledge, act, lang)
    general = [knowledge.content.desks[d] for d in replies.GENERAL_DESKS if d in knowledge.content.desks]
    quick = [replies.say(e) for e in EXAMPLES] + [replies.say("使い方")]
    if act in acts.WITH_DESKS and general:
        messages = [replies.text(acts.WORDS[act]), replies.desks_message(general, alt="相談窓口:")]
        messages[-1]["quickReply"] = {"items": quick}
    else:
        messages = [replies.text(acts.WORDS[act], quick=quick)]
    return Reply("fallback" if act == "short" else "act", messages, act=act)


def foreign_act_reply(knowledge: Knowledge, act: str, lang: str) -> Reply:
    """The same act reply in the resident's language (bot/replies/texts.yaml `act_<act>`) and the example buttons of
    that language. The desk cards come with every act: a resident who reads little Japanese gets a number to call
    whatever the bot made of the message."""
    general = [knowledge.content.desks[d] for d in replies.GENERAL_DESKS if d in knowledge.content.desks]
    quick = replies.greeting_buttons(EXAMPLES, lang)
    messages = [replies.text(replies.fixed(f"act_{act}", lang))]
    if general:
        messages.append(replies.desks_message(general, alt=replies.fixed("desks_general", lang), lang=lang))
    return Reply("fallback" if act == "short" else "act", replies.with_quick(messages, quick), act=act, lang=lang)


# The acts route and the out-of-scope route ask the meaning stage about the same message, one after the other: the
# last answer is kept (keyed by the exemplar vectors it was read with, which a cold start's background build may
# only just have set, and the encoder), so the second asks nothing (two products, one over every FAQ phrasing).
# A list swap is atomic; another thread's message only misses it.
_CLASSIFIED: list[tuple[object, object, str, str | None]] = []


def _classified(knowledge: Knowledge, text: str) -> str | None:
    vectors = knowledge.intents.vectors if knowledge.intents is not None else None
    last = _CLASSIFIED[0] if _CLASSIFIED else None
    if last is not None and last[0] is vectors and last[1] is knowledge.encoder and last[2] == text:
        return last[3]
    read = needs.as_read(text)
    # as the FAQ matcher reads it (round 15): a kana message with its words as the entries spell them, which e5
    # reads far better (「しょくいんさんと はなせますか」); the vector is the matcher's own, so still no encode
    read_text = getattr(knowledge.index, "read_text", None)
    found = intents.classify(knowledge.intents, knowledge.encoder, read_text(read) if read_text else read)
    _CLASSIFIED[:] = [(vectors, knowledge.encoder, text, found)]
    return found


def _act_by_meaning(knowledge: Knowledge, text: str) -> str | None:
    """An act the word lists missed, recognised by meaning (bot.chat.intents)."""
    found = _classified(knowledge, text)
    return found if found in acts.ACTS else None


def _scope_by_meaning(knowledge: Knowledge, text: str) -> str | None:
    """Another city service or an everyday topic, recognised by meaning; never when the message says it is a
    struggle, or asks for a desk's field or a place (those routes come next)."""
    found = _classified(knowledge, text)
    if found not in (intents.OUT_OF_SCOPE, intents.OFF_TOPIC) or scope.says_need(text):
        return None
    if desks.parse(text, knowledge.desk_names) is not None or places.parse(text) is not None:
        return None
    return found


def out_of_scope_reply(knowledge: Knowledge, text: str, lang: str = "ja") -> Reply | None:
    """Other city services (passport, rubbish, tax, elections…): say so, and give the city's general line, in the
    resident's language. Everyday topics no entry can answer (weather, sports, recipes) get the warm fallback."""
    meaning = None if scope.off_topic(text) or scope.out_of_scope(text) else _scope_by_meaning(knowledge, text)
    if scope.off_topic(text) or meaning == intents.OFF_TOPIC:
        return Reply("fallback", fallback_messages(knowledge.content, lang=lang), act="off-topic", lang=lang)
    if not scope.out_of_scope(text) and meaning != intents.OUT_OF_SCOPE:
        return None
    desk = knowledge.content.desks.get("shiyakusho")
    words = replies.fixed("out_of_scope", lang)
    if desk and desk.phones:
        words += "\n" + replies.fixed("out_of_scope_city", lang, phone=desk.phones[0].number)
    words += "\n" + replies.fixed("out_of_scope_more", lang)
    quick = [replies.say(e) for e in EXAMPLES] if lang == "ja" else replies.greeting_buttons(EXAMPLES, lang)
    messages = [replies.text(words)]
    if desk:
        messages.append(replies.desks_message([desk], alt="鴻巣市役所:", lang=lang))
    messages[-1]["quickReply"] = {"items": quick}
    return Reply("out-of-scope", messages, lang=lang)


def desk_field_reply(knowledge: Knowledge, text: str, lang: str = "ja") -> Reply | None:
    """「福祉課のFAX」「社協の住所」「児童センターは何時まで」, "Where is the Shakyo?": that field of that desk, from
    desks.yaml only, in the resident's language."""
    asked = desks.parse(text, knowledge.desk_names)
    found = (asked.desk_id, asked.field) if asked is not None else None
    foreign = found is None and lang not in ("ja", "easy")
    if foreign:
        found = desks_foreign.parse(text, knowledge.desk_names)
    desk = knowledge.content.desks.get(found[0]) if found is not None else None
    if found is None or desk is None or (foreign and not desks_foreign.askable(desk)):
        return None
    desk_id, field_name = found
    alt = f"{desk.translations[lang].name if lang in desk.translations else desk.label}:"
    messages = [replies.text(replies.desk_field_text(desk, field_name, lang)),
                replies.desks_message([desk], alt=alt, lang=lang)]
    quick = [replies.say(e) for e in EXAMPLES] if lang == "ja" else replies.greeting_buttons(EXAMPLES, lang)
    return Reply("desk", replies.with_quick(messages, quick), act=f"{desk_id}:{field_name}", lang=lang)


def directory_reply(knowledge: Knowledge, text: str, now: dt.datetime, lang: str = "ja") -> Reply | None:
    """居場所 / volunteer-opening searches (「吹上のサロン」「今日やってる子ども食堂」), only when clearly asked."""
    wanted = places.parse(text) or directory.foreign_query(text, lang)
    if wanted is None:
        return None
    # The nearest FAQ entries still travel with the reply, for staff tools (ask --json, --explain).
    _hits, candidates = _search(knowledge, needs.as_read(text))
    return Reply("directory", directory.text_messages(knowledge.content, wanted, now, lang), candidates, lang=lang)


def _search(knowledge: Knowledge, text: str) -> tuple[list[Hit], list[Candidate]]:
    hits = knowledge.index.search(text, limit=5)
    by_id = knowledge.content.entry_by_id
    return hits, [Candidate(h.id, by_id[h.id].title, h.score) for h in hits if h.id in by_id]


def faq_reply(knowledge: Knowledge, text: str, lang: str = "ja") -> Reply:
    """The FAQ search decides: answer, clarify with up to 3 options, or a warm fallback to the human desks.

    A long message is read sentence by sentence: the sentence that names a need most clearly is searched (the
    rest is often background: age, family, feelings), and another need found in another sentence is offered
    as a button."""
    talk = crosslingual.small_talk(knowledge, text, lang)
    if talk:  # thanks / hello in another language, in words the greeting lists lack: a greeting, not a search
        return Reply("greeting", replies.greeting(talk, EXAMPLES, lang=lang), lang=lang,
                     act="thanks" if talk == "thanks" else "greeting")
    text = crosslingual.readable(knowledge, text, lang)  # romaji Japanese as kana; 「shakyo」 also as 社協
    query, second = needs.main_need(knowledge.index, text)
    hits, candidates = _search(knowledge, query)
    content = knowledge.content
    kind = decide(hits, knowledge.thresholds)
    exact = knowledge.exact.get(fold(strip_boilerplate(query)) or fold(query))
    if exact and hits and hits[0].id == exact:
        kind = "answer"  # an entry's own title or phrasing, as written: no need to ask back
    elif kind == "answer" and needs.too_vague(query, needs.phrasings_of(content.entry_by_id.get(hits[0].id))):
        kind = "clarify"  # 「申請」「助けて」 alone say too little for a confident answer
    elif kind == "answer" and crosslingual.names_no_need(knowledge, query, lang):
        kind = "clarify"  # the same in another language ("help me"), told by meaning
    foreign = crosslingual.confident_entry(knowledge, query, lang, hits) if kind != "answer" else None
    kind = "answer" if foreign else kind  # another language: meaning alone, with its own rule, may answer
    extra = [content.entry_by_id[second]] if second and second in content.entry_by_id else []
    if kind == "answer":
        top = content.entry_by_id[foreign or hits[0].id]
        others = [c for c in candidates[:3] if c.id != top.id][:2]
        related = [content.entry_by_id[c.id] for c in others if c.score >= knowledge.thresholds.clarify]
        related = [e for e in extra if e.id != top.id] + [e for e in related if e not in extra]
        return Reply("answer", answer_messages(content, top, related[:3], lang), candidates, top.id, lang=lang)
    if kind == "clarify":
        options = [content.entry_by_id[c.id] for c in candidates[:3] if c.score >= knowledge.thresholds.clarify]
        options += [e for e in extra if e not in options]
        messages = replies.clarify(options[:3], lang=lang)
        if lang != "ja":  # a question in another language always gets a desk to call, whatever it matched
            general = [content.desks[d] for d in replies.GENERAL_DESKS if d in content.desks]
            quick = replies.quick_items(messages)
            messages = replies.with_quick([*messages, replies.desks_message(general, alt="", lang=lang)], quick)
        return Reply("clarify", messages, candidates, unanswered=True, lang=lang)
    # Even below the clarify threshold the nearest entries may help: offer them beside the human desks.
    suggestions = [content.entry_by_id[c.id] for c in candidates[:2] if c.score >= SUGGEST_FLOOR]
    suggestions += [e for e in extra if e not in suggestions]
    return Reply("fallback", fallback_messages(content, suggestions, lang), candidates, unanswered=True, lang=lang)


def entry_reply(knowledge: Knowledge, entry_id: str, lang: str = "ja") -> Reply | None:
    entry = knowledge.content.entry_by_id.get(entry_id)
    if entry is None:
        return None
    return Reply("answer", answer_messages(knowledge.content, entry, lang=lang), entry_id=entry.id, lang=lang)


def human_desks_reply(knowledge: Knowledge, lang: str = "ja") -> Reply:
    return Reply("fallback", fallback_messages(knowledge.content, lang=lang), lang=lang)


def help_reply(lang: str = "ja") -> Reply:
    return Reply("greeting", replies.greeting("hello", EXAMPLES, lang=lang), lang=lang)


def welcome(lang: str = "ja") -> Reply:
    return Reply("greeting", replies.welcome(EXAMPLES, lang=lang), lang=lang)


def decide(hits: list[Hit], thresholds: Thresholds) -> str:
    """answer when the best match is strong and clearly ahead; clarify when plausible; else fallback."""
    if not hits or hits[0].score < thresholds.clarify:
        return "fallback"
    second = hits[1].score if len(hits) > 1 else 0.0
    if hits[0].score >= thresholds.answer and hits[0].score - second >= thresholds.margin:
        return "answer"
    if hits[0].score >= thresholds.sure:
        return "answer"  # near-twin entries both match well: answer the first, the second comes as a button
    return "clarify"


def answer_messages(content: Content, entry: Entry, related: list[Entry] | None = None,
                    lang: str = "ja") -> list[dict[str, Any]]:
    desks = content.desks_for(entry)
    if lang != "ja" and not any(d.phones for d in desks):  # in another language, always a desk to call
        desks += [content.desks[d] for d in replies.GENERAL_DESKS if d in content.desks]
    return replies.answer(entry, desks, related=related or [], lang=lang)


def fallback_messages(content: Content, suggestions: list[Entry] | None = None,
                      lang: str = "ja") -> list[dict[str, Any]]:
    """Never a bare apology: the 断らない相談 desks (wording in bot/replies/texts.yaml), the nearest topics as buttons."""
    general = [content.desks[d] for d in replies.GENERAL_DESKS if d in content.desks]
    return replies.fallback(general, suggestions=suggestions or [], lang=lang)


# The lines for each category, in the order shown (ids in plan_data/desks.yaml). The number that must come
# first (119 when hurt or after pills, 110 for violence or DV with danger, 189 for a child) is put in front.
CRISIS_LINES = {
    "overdose_injury": ("ambulance-119", "yorisoi", "inochi"),
    "violence": ("police-110", "keisatsu-9110"),
    "dv": ("dv-plus", "dv-navi", "yorisoi"),
    "child_abuse": ("jisou-189", "gyakutai-7171"),
    "elder_abuse": ("gyakutai-7171", "fukushika"),
    "sexual_abuse": ("yorisoi", "keisatsu-9110"),
    "suicide": ("yorisoi", "inochi", "saitama-inochi", "kokoro-dial"),
}
FIRST_LINE_DESKS = {"119": "ambulance-119", "110": "police-110", "189": "jisou-189"}
CONCERN_LINES = ("yorisoi", "inochi")


def crisis_lines(content: Content, verdict: Verdict) -> list[Desk]:
    ids = [FIRST_LINE_DESKS[verdict.first_line]] if verdict.first_line else []
    for category in verdict.categories:
        ids += CRISIS_LINES.get(category, ())
    if not verdict.categories:
        ids += CRISIS_LINES["suicide"]
    lines = [content.desks[i] for i in dict.fromkeys(ids) if i in content.desks]
    return lines or [content.desks[d] for d in replies.GENERAL_DESKS if d in content.desks]


def crisis_messages(content: Content, verdict: Verdict | crisis_rules.Crisis) -> list[dict[str, Any]]:
    """The lines for the categories found, the number that must come first on top, in the writer's language."""
    if isinstance(verdict, crisis_rules.Crisis):
        cats = verdict.categories
        verdict = Verdict("crisis", cats, first_line(cats, verdict.danger), danger=verdict.danger, stage="rules")
    foreign: list[Desk] = []
    if verdict.lang != "ja":
        wanted = ("yorisoi", "dv-plus") if set(verdict.categories) & {"dv", "sexual_abuse"} else ("yorisoi",)
        foreign = [content.desks[d] for d in wanted if d in content.desks]
    return replies.crisis(crisis_lines(content, verdict)[: replies.MAX_BUBBLES], danger=verdict.danger,
                          first_line=verdict.first_line, lang=verdict.lang, foreign_lines=foreign)
