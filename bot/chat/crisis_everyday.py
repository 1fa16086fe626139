"""Round 12: everyday contexts beside a crisis sign, which make the sign no report of danger.

The lead's false-friend probe (round 11) showed classes that both stages read as crises although a resident who
wrote them needs no hotline: a nap or a drunk asleep "not waking", a collapse told inside a lesson, a game of
hide-and-seek, an object thrown outside, a pet or things given "for good" because of a move, a worry the message
itself resolves or denies, and harmless everyday touching. Each guard here pairs the everyday context with the
absence of any sign of real harm (breath, blood, pills, fear, a wish to die): a crisis told beside the same
context keeps its crisis reply.

Two uses: `crisis.detect` lets a lesson blank a collapse (unless it happens now) and a resolved or denied worry
blank the abuse and violence rules of its sentence; `crisis_assess` turns a crisis the head alone read into the
caring line (concern, never nothing) when `everyday_beside` holds. Patterns are over the folded text (NFKC,
katakana, no spaces, upper case), as in crisis_rules.
"""

from __future__ import annotations

from bot.chat import crisis_calm
from bot.chat.crisis_fold import rule
from bot.chat.crisis_signs import COLLAPSE

COLLAPSED = rule(*COLLAPSE)

# A lesson, a drill or a course named anywhere in the message: a collapse in it is what was taught or played.
# Latin words are written long enough not to hide inside others in the folded text, where spaces are gone ("class"
# is in "classmate", "training" is where a player collapses): only the words of being taught.
LESSON = rule("講習", "講座", "研修", "教ワッ", "教ワリ", "オソワッ", "習ッ", r"re:(?<!ヨ)ナラッ(タ|テ)", "学ン", "人役", "役ヲ", "役デ",
              "first aid", "cpr", "lesson", "workshop", "seminar", "we learned", "we were taught", "they taught us",
              "role-play", "roleplay", "mannequin", "急救课", "curso de primeiros", "primeros auxilios", "sơ cứu",
              "응급처치", "pagsasanay")
# ... unless it is happening now, in front of the writer (「講習で習ったけど、いま目の前で人が倒れて」)
NOW = rule(r"re:(?<![一-龯])(今|イマ)(?!日|年|度|回|月|週|マデ|頃|ゴロ|ハ|朝|夜)", "目ノ前", "メノマエ", "サッキ", "タッタ今", "中ニ", "最中",
           "right now", "just now", "in front of me", r"re:(AND|BUT|SO)NOW", r"re:(?<![KS])NOW(MY|A|THE|HE|SHE|SOMEONE|OUR)",
           "现在", "刚才", "agora", "ahora", "bây giờ", "지금", "ngayon")

# A worry the message resolves (「…のかと心配したけど、…だけだった」, "…but it turned out she was fine") or denies
# (「…わけではないけど」): its sentence is no report of abuse. Suicide and overdose are kept whatever follows.
_RESOLUTION = r"(ダッタ|ダケ|ナダケ|セイ|カラダッタ|違ッタ|チガッタ|勘違イ|カンチガイ|誤解|ゴカイ|大丈夫|音|オト)"
SETTLED = rule(
    rf"re:カ(ト|ナト|モト)(思ッ|オモッ|心配シ|シンパイシ|疑ッ|ウタガッ|焦ッ|アセッ)(タ|テ)(ケド|ケレド|ガ|ラ|タラ).{{0,30}}{_RESOLUTION}",
    rf"re:(ト聞イタ|トキイタ|ト言ワレタ|トイワレタ)(ガ|ケド|ケレド).{{0,4}}(実ハ|ジツハ|本当ハ|ホントハ|結局|ケッキョク).{{0,30}}{_RESOLUTION}",
    r"re:(ナイ|レタ|レテ(イ)?ル|サレタ|ラレタ|サレテ(イ)?ル)(ワケ|訳)(デハ|ジャ|デモ)(ナイ|ナク|アリマセン|ネエ)",
    r"re:(WORRIED|THOUGHT|AFRAID|SCARED|SUSPECTED|FEARED).{0,80}BUT(IT|THEN)?(TURNEDOUT|WASONLY|WASJUST).{0,30}"
    r"(JUST|ONLY|FINE|OKAY|ALLRIGHT|NOTHING|AMISTAKE|AMISUNDERSTANDING|BYHERSELF|BYHIMSELF|ONHEROWN|ONHISOWN|NOISE|SOUND)",
)

# Signs of real harm or fear: where one is told, no everyday context below makes a message ordinary.
_ALARM = rule(
    r"re:息(?!子)", "呼吸", "顔色", "吐", "血", "薬", "クスリ", "痙攣", "ケイレン", "意識", "救急", "怪我", "ケガ", "骨", "溺",
    "冷タ", "唇", "泡", "白目", "死", "殺", "殴", "蹴", "怖", "コワイ", "助ケテ", "タスケテ", "逃ゲ", "暴レ", "泣キ叫", "ヤメテ",
    "様子", "ヨウス", "オカシ", "変ダ", "変ナ", "ヘンダ", "ヘンナ", "違ウ", "チガウ", "嫌", "イヤダ", "イヤナ", "気持チ悪", "無理ヤリ", "ムリヤリ", "シツコ", "消エ", "ロープ", "練炭", "首",
    "生キ", "イキテ", "イキル", "理由", "意味", "迷惑", "ツライ", "辛イ", "苦シ", "無理", "覚メナ", "サメナ", "ナケレバ",
    "alive", "want to live", "reason to live", "reason", "pointless", "no point", "meaning", "burden", "no one", "nobody",
    "disappear", "hopeless", "wish", "never wake", "not moving", "lying there", "jumped", "breath", "pale", "blue", "vomit", "throw up", "threw up", "pill", "blood", "bleed", "seiz", "ambulance", "hurt",
    "injur", "drown", "unconscious", "cold", "die", "dead", "kill", "suicid", "scared", "afraid", "help", "rope",
    "something's wrong", "something is wrong", "not right", "strange", "weird", "not normal", "stop", "can't say no", "cant say no", "uncomfortable", "without asking", "inappropriate", "chest", "breast",
    "thigh", "butt", "crotch", "private", "end it",
)

# a nap, a drunk asleep or a child worn out, told as harmless (cute, again, every time, a long day)
_ASLEEP = rule("昼寝", "ヒルネ", "寝テ", "ネテ", "寝チャ", "ネチャ", "寝入", "居眠リ", "イネムリ", "ウタタ寝", "イビキ", "眠ッテ",
               "ネムッテ", "asleep", "a nap", "his nap", "her nap", "napping", "naptime", "dozed", "dozing", "snor", "sleeping", "睡着", "dormindo", "dormido", "đang ngủ", "자고")
_HARMLESS = rule("カワイイ", "可愛", "笑", "イツモノ", "イツモコウ", "毎回", "毎晩", "毎度", "毎日", "マタ", "困ル", "コマル", "疲レ", "ツカレ",
                 "so cute", "how cute", "is cute", r"re:(LOL|LMAO|XD)$", "haha", "bless him", "bless her", r"re:AGAIN(?!ST)",
                 "every time", "always", "as usual", "annoying", "long day", "tired", "so sweet", "每次", "sempre", "siempre")
# Round 15: a drunk gone to sleep (「夫が酔って寝てしまった」「酔っ払って寝てる、いびきがうるさい」), when nothing says he does not
# wake, breathe or answer (alcohol poisoning is 119: then it stays a crisis)
_DRUNK = rule("酔ッ", "ヨッ", "酔イツブ", "ヨイツブ", "飲ミスギ", "ノミスギ", "drunk", "bêbado", "bêbada", "borracho", "borracha",
              "say rượu", "lasing", "喝醉", "취해")
_DRUNK_ALARM = rule("起キナイ", "オキナイ", "起キナク", "オキナク", "反応", "ハンノウ", "返事", "ヘンジ", "won't wake", "wont wake",
                    "not waking", "can't wake", "cant wake", "not respond", "unresponsive", "não acorda", "no despierta",
                    "không tỉnh", "叫不醒", "안 일어나")
# Round 15: bedding or laundry hung out on a balcony's railing or taken in: a chore, not a foot on the railing; a
# fall told beside it is not (シーツ is not listed: folded, it is the シツ of 寝室)
_CHORE = rule(r"re:(布団|フトン|洗濯物|センタクモノ|タオル|毛布|モウフ)(ヲ|ガ|モ)?.{0,12}(干|ホシ|ホス|掛ケ|カケ|取リ込|トリコ)")
_FALL = rule("落", "オチ", "オチル", "転落", "テンラク", "飛ビ", "トビ", "fell", "fall")
# a game of hiding or chasing
_GAME = rule("カクレンボ", "隠レンボ", "鬼ゴッコ", "オニゴッコ", "hide and seek", "hide-and-seek", "捉迷藏", "esconde-esconde",
             "escondidas", "trốn tìm", "숨바꼭질", "taguan")
# an object, not a child, thrown or put outside
_OBJECT_OUT = rule(
    r"re:(ボー?ル|玉|タマ|オモチャ|玩具|靴|クツ|帽子|ボウシ|ゴミ|布団|フトン|洗濯物|スリッパ|ヌイグルミ|本|傘)(ヲ|ガ|モ)?"
    r".{0,8}(外|ソト|窓|マド|ベランダ)(ニ|カラ|ヘ|ノ)?.{0,4}(投ゲ|ナゲ|放リ|ホウリ|放ッ|ホウッ|捨テ|ステ|出サレ|ダサレ)",
    r"re:(THREW|THROWN|TOSSED|KICKED|THROWS|THROWING)(THE|A|HIS|HER|MY|OUR)?(BALL|TOY|SHOE|HAT|FRISBEE|BOOK)S?"
    r"(OUT|OUTSIDE|OVER|INTO|THROUGH)",
)
# a move, a transfer or a farewell at work: a pet or things given away for good, and goodbyes, because of it
_MOVE = rule("引ッ越", "ヒッコ", "転勤", "テンキン", "転居", "移住", "留学", "帰国", "退職", "異動", "送別", "転校",
             r"re:MOVING(TO|HOUSE|ABROAD|OVERSEAS|OUT|AWAY|BACK)", r"re:(WE|I)['’]?(RE|M|AM|ARE)MOVING", "the move",
             "relocat", "farewell party", "retir", "new job", "transferred", "mudança", "mudar",
             "mudanza", "搬家", "이사", "chuyển nhà", "lilipat")
# harmless touching: by a baby or a grandchild, or a pat to praise
_TOUCH = rule("触", "サワ", "タッチ", "touch", "patted", "patting", "pats my", "tapped", "tapping", "taps my", "摸", "toca", "chạm", "만지")
_TOUCH_HARMLESS = rule("赤チャン", "アカチャン", "孫", "マゴ", "幼児", "ヨクヤッタ", "オ疲レ", "オツカレ", "褒メ", "ホメ",
                       "baby", "toddler", "grandson", "granddaughter", "grandchild", "nephew", "niece", "puppy", "kitten",
                       "good job", "well done", "congrat", "to say thanks", "giggl", "bebê", "bebé", "宝宝", "아기")


# not waking when called (crisis_rules.OVERDOSE_INJURY has it beside COLLAPSE): what a nap told as harmless blanks
NOT_WAKING = rule(r"re:(呼ンデモ|ヨンデモ)(起キナイ|オキナイ)")


def napping(folded: str) -> bool:
    """A nap or a sleep told as harmless (cute, every time, worn out), or a drunk gone to sleep who is not told to
    be beyond waking, with no sign of harm anywhere."""
    if not _ASLEEP.search(folded) or _ALARM.search(folded):
        return False
    drunk_asleep = _DRUNK.search(folded) and not _DRUNK_ALARM.search(folded)
    return bool(_HARMLESS.search(folded) or drunk_asleep)


def _lesson(folded: str) -> bool:
    """A lesson or a drill named, and nothing happening now."""
    return bool(LESSON.search(folded)) and not NOW.search(folded)


def not_lying_there(folded: str) -> bool:
    """A collapse or a sleeper who does not wake in this message is what a lesson or a drill taught (and nothing
    happens now), or a nap told as harmless: not someone lying there in danger."""
    return _lesson(folded) or napping(folded)


def without_lying_there(folded: str) -> str:
    """The sentence with its collapse and not-waking signs taken out (the other injury rules still read it)."""
    return NOT_WAKING.sub("・", COLLAPSED.sub("・", folded))


# Round 14: too much food or sweets eaten, or pride swallowed ("my son ate too much candy", "comeu doce demais"):
# the head reads a child who ate "too much" as an overdose. Only food and drink; medicine, a battery or a cleaner
# are in no list here, and any alarm word (vomit, breath, pill, pain...) keeps the crisis.
_FOOD = (r"(CANDY|CANDIES|SWEETS|SNACKS?|CHOCOLATES?|CAKES?|ICECREAM|FOOD|JUNKFOOD|RICE|RAMEN|PIZZA|COOKIES|CHIPS|"
         r"FRUIT|COFFEE|SODA|JUICE|DOCES?|BOLOS?|SORVETES?|COMIDA|DULCES|GOLOSINAS|PASTEL|HELADOS?|KẸO|BÁNH|KENDI|MATAMIS)")
_FOOD_EATEN = rule(
    r"re:(ATE|EATS|EATING|EATEN|DRANK|DRINKS|HAD)(WAY)?(TOOMUCH|ALOTOF|LOTSOF|SOMUCH|TOOMANY|ABUNCHOF|ALL(THE|MY|HIS|HER)?)"
    + _FOOD,
    r"re:(COMEU|COMI|COMIÓ|COMIO|COMÍ)(MUITO|MUITOS|MUITAS|DEMASIADOS?|DEMASIADAS?|TANTOS?|TANTAS?)?" + _FOOD,
    r"re:SWALLOWED(HIS|HER|MY|THEIR|OUR|YOUR)PRIDE", "ăn quá nhiều", "kumain ng maraming", "吃了太多",
)


def everyday_beside(folded: str) -> bool:
    """The message tells an everyday context that the head reads as a crisis (a nap, a game, an object thrown out,
    a move, a resolved worry, a baby's touch; round 13, crisis_calm: a quarrel made up, the news, a memorial, a
    worn-out carer, a child's play), with no sign of real harm or fear anywhere in it; or a dark time told as over
    and fine now, or harm told as a scene watched or as a dream's, each with its own list of what keeps it a crisis."""
    if (crisis_calm.over_and_fine(folded) or crisis_calm.a_scene_watched(folded) or crisis_calm.disaster_prepared(folded)
            or crisis_calm.a_dream_told(folded)):
        return True  # each has its own, narrower list of what keeps it a crisis (they name the dark words)
    if _ALARM.search(folded):
        return False
    return bool(
        napping(folded)
        or _FOOD_EATEN.search(folded)
        or _GAME.search(folded)
        or _OBJECT_OUT.search(folded)
        or (_CHORE.search(folded) and not _FALL.search(folded))
        or _MOVE.search(folded)
        or SETTLED.search(folded)
        or (_TOUCH.search(folded) and _TOUCH_HARMLESS.search(folded))
        or (_lesson(folded) and COLLAPSED.search(folded))
        or crisis_calm.told_calmly(folded)
    )
