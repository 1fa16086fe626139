"""A desk's phone, FAX, address or hours asked in another language ("What is the phone number of the welfare
division?", «Endereço do Shakyo?», 「福祉课的电话是多少」, "Số điện thoại của phòng phúc lợi").

Japanese puts the field after the desk (「福祉課のFAX」), so bot.search.desks looks for the field word just after
the name; other languages put it anywhere ("the address of …", "… ở đâu"), so here the field word may stand
anywhere in a short message that names one desk. A desk is named by its staff translation in desks.yaml (the
part before a comma or a dash, without the bracketed Japanese) and by the common ways residents say the four
desks they ask for most, in the served languages and in romaji. Pure; the reply reads the field from desks.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.content import Desk
from bot.text.normalize import fold

# Field words by field, checked in bot.search.desks.FIELDS order (FAX before the phone: "fax number" asks for the
# FAX). Only words that ask for the field: a bare "giờ" is also "bây giờ" (now), "call" a story about a call,
# "tel" the start of "tell me", "close" of "closest".
_FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "fax": ("fax", "传真", "傳真", "팩스", "फ्याक्स", "फ्याक्स"),
    "hours": ("hours", "opening time", "what time", "open", "closed", "closing", "几点", "幾點", "时间", "時間", "营业", "开门",
              "mấy giờ", "giờ làm việc", "giờ mở", "mở cửa", "đóng cửa", "horário", "horario", "que horas",
              "abre", "fecha", "cierra", "anong oras", "oras", "bukas ba", "sarado", "몇 시", "시간", "영업", "문 열",
              "समय", "खुल्छ", "बजे"),
    "address": ("address", "where", "location", "located", "how to get", "how do i get", "map", "directions",
                "地址", "在哪", "哪里", "哪裡", "位置", "怎么去", "địa chỉ", "ở đâu", "chỗ nào", "đường đến",
                "endereço", "onde", "localização", "dirección", "donde", "dónde", "saan", "lokasyon", "주소",
                "어디", "위치", "ठेगाना", "कहाँ", "कहां"),
    "phone": ("phone", "telephone", "number", "contact", "电话", "電話", "号码", "號碼", "联系", "điện thoại",
              "số máy", "liên hệ", "telefone", "número", "numero", "contato", "teléfono", "telefono", "telepono",
              "전화", "번호", "연락처", "फोन", "नम्बर", "नंबर", "सम्पर्क"),
}
FIELD_KEYS = {f: tuple(fold(w) for w in words) for f, words in _FIELD_WORDS.items()}

# The four desks residents ask for by a name of their own (the staff translations name the rest).
ALIASES: dict[str, tuple[str, ...]] = {
    "fukushika": ("welfare division", "welfare section", "welfare department", "welfare office", "welfare desk",
                  "fukushika", "fukushi ka", "福祉课", "복지과", "phòng phúc lợi", "divisão de bem-estar",
                  "kalyan shakha"),
    "shakyo": ("social welfare council", "council of social welfare", "welfare council", "shakyo", "shakyou",
               "社会福利协议会", "社协", "사회복지협의회", "hội đồng phúc lợi", "conselho de bem-estar"),
    "shiyakusho": ("city hall", "city office", "市政府", "市役所", "시청", "tòa thị chính", "prefeitura",
                   "munisipyo", "सिटी हल"),
    "jiritsu-center": ("self-reliance support", "jiritsu soudan", "jiritsu sodan"),
}
# A children's centre named by its place and a word for the kind ("Kasahara jido center", "kids centre").
_CENTRE_WORDS = ("children", "child", "kids", "jido", "jidou")
# The organisation other desks sit in: named beside one of them, the other desk is asked about.
_ORGANISATION = "shiyakusho"
MAX_CHARS = 90  # folded (no spaces): a longer message is about something else that names a desk
# A story about a call, or not knowing where to turn, is not a question about one desk's field.
_STORY = tuple(fold(w) for w in ("call from", "called me", "got a call", "claiming", "pretending", "said they",
                                 "know where", "where to", "where should", "nowhere", "anywhere", "somewhere",
                                 "自称", "接到", "打来", "tự xưng", "gọi cho tôi", "dizendo ser", "se dizendo",
                                 "diciendo ser", "nagpakilala", "라고 하는", "사칭", "भनेर"))
_CENTRE_NAME = re.compile(r"^(.+?) Children's Center")


def askable(desk: Desk) -> bool:
    """Not 110 and 119 (a question about the police is a consultation, not their address), nor a desk with no
    phone (the bus: its timetable is an FAQ answer, not a field)."""
    return desk.kind != "emergency" and bool(desk.phones)


def names(desks: Iterable[Desk]) -> tuple[tuple[str, str], ...]:
    """(folded name, desk id) for every translated name and alias of an askable desk, longest first."""
    pairs: set[tuple[str, str]] = set()
    for desk in desks:
        if not askable(desk):
            continue
        found = set(ALIASES.get(desk.id, ()))
        for translation in desk.translations.values():
            plain = re.sub(r"[(（].*?[)）]", "", translation.name)
            found.add(re.split(r"[,，–]", plain)[0])
        english = desk.translations.get("en")
        place = _CENTRE_NAME.match(english.name) if english is not None else None
        if place is not None:
            found.update(f"{place[1]} {word}" for word in _CENTRE_WORDS)
        pairs.update((fold(n), desk.id) for n in found if len(fold(n)) >= 2)
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[1])))


def parse(text: str, known: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """(desk id, field) of a short foreign-language question about one desk's field, or None."""
    key = fold(text)
    if not key or len(key) > MAX_CHARS or any(w in key for w in _STORY):
        return None
    named: dict[str, str] = {}  # desk id -> the longest of its names in the message
    for name, desk_id in known:
        if name in key and len(name) > len(named.get(desk_id, "")):
            named[desk_id] = name
    if len(named) > 1:
        named.pop(_ORGANISATION, None)
    if len(named) != 1:
        return None  # no desk, or two: a question for the FAQ
    [(desk_id, name)] = named.items()
    rest = key.replace(name, " ")  # a field word inside the name ("… Phone Advice") is not asked
    for field, words in FIELD_KEYS.items():
        if any(word in rest for word in words):
            return desk_id, field
    return None
