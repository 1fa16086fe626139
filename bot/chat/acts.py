"""Conversation acts: messages that are not a question (thanks, OK, goodbye, "that's wrong", "a person please",
"start over", an emoji, a lone ？ or character). They are recognised before any search, so a resident saying
thank you never gets an apology or an unrelated answer.

A message is an act when, once the act phrases and small filler words are taken out, (almost) nothing is left:
「ありがとうございました！助かりました」 is thanks, 「ありがとう、介護の相談はどこ？」 is a question and goes on to
the search. Phrases are compared folded (NFKC, lower case, katakana, no spaces or punctuation), so ひらがな,
カタカナ, full-width and spacing variants match alike. A few common words of the languages residents write in
(English, Chinese, Vietnamese, Portuguese, Tagalog, Korean, Nepali, romaji) are included for the same acts.
"""

from __future__ import annotations

import re
import unicodedata

from bot.text.normalize import fold, nfkc

ACTS = ("human", "restart", "complaint", "bye", "thanks", "ack", "greeting")

_PHRASES: dict[str, tuple[str, ...]] = {
    "human": (
        "人と話したい", "人と話がしたい", "人間と話したい", "人間の職員", "人間の人", "職員さん", "職員と話",
        "職員の方", "担当者と話", "担当の人", "担当の方", "オペレーター", "電話したい", "電話で話したい",
        "電話で相談したい", "直接話したい", "窓口の人と話", "相談員と話", "生身の人",
        "talk to a person", "talk to a human", "real person", "human please", "operator",
        "speak to a person", "speak to a human", "speak with a person", "talk with a person", "a real human",
        "talk to staff", "speak to staff", "talk to someone at the city", "人工客服", "转人工", "真人", "和人说话",
        "gặp nhân viên", "nói chuyện với người thật", "nói chuyện với nhân viên", "falar com uma pessoa", "atendente",
        "hablar con una persona", "makipag-usap sa tao", "상담원", "사람과 이야기",
    ),
    "restart": (
        "もういい", "もういいです", "もういいや", "やめる", "やめます", "やめた", "やめて", "最初から", "最初に戻",
        "始めから", "はじめから", "やり直し", "やりなおし", "キャンセル", "リセット", "取り消し", "戻って", "メニューに戻",
        "start over", "restart", "reset", "cancel", "never mind", "nevermind",
        "重新开始", "取消", "bắt đầu lại", "recomeçar", "cancelar", "ulitin", "처음부터", "취소",
    ),
    "complaint": (
        "違う", "ちがう", "ちがいます", "違います", "役に立たない", "役にたたない", "役立たず", "使えない", "使えね",
        "意味わからん", "意味がわからない", "意味が分からない", "意味不明", "答えになってない", "答えになっていない",
        "そうじゃない", "そういうことじゃない", "全然違う", "ぜんぜん違う", "的外れ", "ずれてる", "使いにくい",
        "わけわからん", "なにそれ", "何それ", "ひどい", "だめだ", "ダメだ", "聞いてない", "そんなこと聞いてない",
        "wrong", "useless", "not helpful", "that's not it", "thats not it", "no", "不对", "没用",
        "sai rồi", "không đúng", "errado", "não ajudou", "mali", "틀렸", "아니에요",
    ),
    "bye": (
        "またね", "またね〜", "バイバイ", "ばいばい", "さようなら", "さよなら", "失礼します", "失礼しました", "おやすみ",
        "おやすみなさい", "じゃあね", "じゃあまた", "ではまた", "また聞きます", "またききます", "また来ます", "またきます",
        "お疲れさま", "おつかれ", "bye", "goodbye", "good bye", "see you", "see ya", "good night",
        "再见", "拜拜", "tạm biệt", "chào tạm biệt", "tchau", "até mais", "até logo", "adeus", "paalam",
        "안녕히", "잘 있어", "잘가", "फेरि भेटौँला", "बिदा", "sayonara", "mata ne", "matane", "oyasumi",
    ),
    "thanks": (
        "ありがとう", "ありがと", "有難う", "有り難う", "あざす", "あざっす", "あざます", "助かりました", "助かった",
        "助かります", "たすかった", "たすかりました", "感謝", "サンキュー", "さんきゅ", "thank", "thanks", "thx",
        "谢谢", "謝謝", "多谢", "感谢", "cảm ơn", "cám ơn", "obrigado", "obrigada", "salamat", "감사합니다",
        "감사해요", "고마워", "고맙습니다", "धन्यवाद", "arigatou", "arigato", "arigatō", "gracias", "merci",
    ),
    "ack": (
        "了解", "りょうかい", "りょ", "おけ", "おっけ", "オッケー", "おーけー", "ok", "okay", "わかった", "わかりました",
        "分かった", "分かりました", "なるほど", "はい", "はーい", "うん", "そうなんだ", "そうですか", "承知",
        "got it", "alright", "all right", "understood", "i see", "sure",
        "好的", "明白", "知道了", "vâng", "dạ", "hiểu rồi", "được rồi", "entendi", "certo", "beleza", "sige",
        "naintindihan", "알겠습니다", "알겠어요", "네", "ठिक छ", "ठीक छ", "बुझेँ", "wakarimashita", "wakatta",
    ),
    "greeting": (
        "こんにちは", "こんにちわ", "こんばんは", "こんばんわ", "おはよう", "おはようございます", "はじめまして",
        "よろしく", "よろしくお願いします", "よろしくおねがいします", "やあ", "もしもし", "hello", "hi", "hey",
        "good morning", "good evening", "你好", "您好", "xin chào", "chào buổi sáng", "chào", "olá", "ola",
        "bom dia", "boa tarde", "boa noite", "kumusta", "magandang umaga", "magandang hapon", "안녕하세요", "안녕",
        "नमस्ते", "konnichiwa", "ohayou", "konbanwa",
        # new here: the greeting's reply is how to use the bot (round 15)
        "初めて使います", "はじめて使います", "初めて使う", "はじめて使う", "初めて利用します", "はじめて利用します",
        "初めてです", "はじめてです", "初めて使ってみ", "はじめて使ってみ", "初めて利用してみ", "はじめて利用してみ",
        "使ってみます", "使ってみました", "試しに使", "ためしに使", "first time here", "first time using", "i'm new here",
        "lần đầu sử dụng", "primeira vez", "primera vez", "第一次用",
    ),
}

# Words that carry no request of their own around an act ("thank you so much", 「本当に」, "po" in Tagalog).
_FILLERS = (
    "ございます", "ございました", "ございます", "ほんとうに", "本当に", "ほんとに", "とても", "すごく", "どうも",
    "です", "でした", "ます", "ました", "だよ", "だね", "ですね", "ね", "よ", "な", "わ", "ー", "〜", "～", "w", "笑",
    "very much", "so much", "a lot", "really", "that", "this", "it", "you", "for now", "for", "helped", "all", "po",
    "na", "nhé", "nhe", "ạ", "bạn", "mais", "muito", "ko", "다", "요", "ma", "much", "so", "gozaimasu", "gozaimashita",
    "それじゃ", "それでは", "じゃあ", "じゃ", "では", "では", "ひとまず", "とりあえず", "いったん",
    "desu", "mo", "again", "later", "いますか", "いませんか", "ですか", "って", "て", "か", "你", "您", "了",
    # the framing of a request around an act ("I want to talk to a person", "Tôi muốn gặp nhân viên", 我想转人工)
    "i want to", "i wanna", "i'd like to", "i would like to", "can i", "could i", "may i", "please", "let me",
    "i need to", "tôi muốn", "em muốn", "muốn", "eu quero", "quero", "gostaria de", "quiero", "我想", "我要",
    "gusto kong", "gusto ko", "싶어요",
    # spoken endings and intensifiers that only colour an act (「全然ちがうんだけど」「役に立たないじゃん」「わかったっす」)
    "んですけど", "んだけど", "ですけど", "だけど", "けども", "けど", "のだが", "んだが", "じゃん", "っすね", "っす",
    "かな", "だな", "だわ", "ぜんぜん", "全然", "まったく", "全く", "ちょっと", "なんか", "マジで", "まじで", "いや",
    "それ", "し", "さん",
)

_TABLE: list[tuple[str, str]] = sorted(
    {(fold(p), act) for act, phrases in _PHRASES.items() for p in phrases if fold(p)},
    key=lambda pa: (-len(pa[0]), ACTS.index(pa[1])),
)
_FILLER_KEYS = sorted({fold(f) for f in _FILLERS if fold(f)}, key=len, reverse=True)
_QUESTION_ONLY = re.compile(r"^[\s?？!！.。、…・]+$")
# Acts are short: longer messages are questions even when they open with thanks.
MAX_ACT_CHARS = 40
# A complaint about the bot's own reply said in a sentence or two, too long for the phrases to nearly fill
# (「聞いたことと違う答えが返ってきました。ちゃんと読んでいますか。」): the question and the reply compared, the reply
# called wrong, or the bot told to read properly. Never about anyone else's answer (「市の説明と違う」).
_REPLY_COMPLAINT = re.compile(
    r"(聞イタ|キイタ|聞イテル|キイテル|聞イテイル|質問シタ|シツモンシタ|質問|シツモン)(コト|ノ)?ト(違ウ|チガウ|ズレタ)"
    r"(答エ|コタエ|返事|ヘンジ|回答|内容|ナイヨウ|案内|コト|ノ)?(ガ|バッカリ|バカリ)?(返ッテ|カエッテ|出テ|デテ|来|キマ|クル)|"
    r"(返ッテキタ|カエッテキタ|出テキタ|デテキタ)(答エ|コタエ|返事|ヘンジ|回答)(ガ|ハ)?.{0,4}(違|チガ|ズレ|オカシ|変|ヘン)|"
    r"チャント(読|ヨ)ン(デ(イ)?(マスカ|ル|ナイ|クダサイ)|ダ)(カ|ノ|ヨ|ネ)?$|"
    # the question and the reply said not to fit (「質問と答えがずれています」, round 17)
    r"(質問|シツモン|聞イタコト|キイタコト)ト(答エ|コタエ|返事|ヘンジ|回答|カイトウ)(ガ|ハ)?"
    r"(違|チガ|ズレ|合ッテ(イ)?ナ|アッテ(イ)?ナ|噛ミ合ッテ(イ)?ナ|カミアッテ(イ)?ナ|噛ミ合ワ|カミアワ)")
MAX_COMPLAINT_CHARS = 60
# Round 15: one's own case asked after (「先日申請した件はどうなりましたか」「前に相談したことの返事がまだ来ない」): only the desk
# can see it (the bot keeps no case files), so the way on is a person, not an FAQ that shares a word with it.
_OWN_CASE = re.compile(
    r"((オ願イ|オネガイ|申請|シンセイ|相談|ソウダン|問イ合ワセ|トイアワセ|依頼|イライ|出)シタ|(申シ込ン|モウシコン)ダ)"
    r"(件|ケン|コト|モノ|書類|ショルイ)"
    r".{0,12}(ドウナ|進ミ具合|ススミグアイ|進捗|シンチョク|状況|ジョウキョウ|返事|ヘンジ|結果|ケッカ|受理|ジュリ)")


def _is_emoji_only(text: str) -> bool:
    """Pictographs (and their joiners / variation selectors / skin tones) and nothing that reads as words."""
    saw_symbol = False
    for ch in text:
        if ch.isspace() or ch in "\u200d\ufe0f\ufe0e":
            continue
        cat = unicodedata.category(ch)
        if cat in ("So", "Sk", "Sm") or 0x1F3FB <= ord(ch) <= 0x1F3FF:
            saw_symbol = True
            continue
        if cat.startswith("P"):
            continue
        return False
    return saw_symbol


def detect(text: str) -> str | None:
    """The act a message is, or None when it should go on to the search.

    Besides ACTS: "emoji" (pictographs only), "short" (one character that is not an act, e.g. 「あ」)."""
    raw = nfkc(text).strip()
    if not raw:
        return None
    if _QUESTION_ONLY.match(raw):
        return "complaint" if "?" in raw or "？" in text else None
    if _is_emoji_only(raw):
        return "emoji"
    key = fold(raw)
    if key and len(key) <= MAX_COMPLAINT_CHARS:
        if _REPLY_COMPLAINT.search(key):
            return "complaint"
        if _OWN_CASE.search(key):
            return "human"
    if not key or len(key) > MAX_ACT_CHARS:
        return None
    found: list[str] = []
    rest = key
    # the message without the fillers that only colour it: what the act must nearly fill
    core = _without_fillers(key)
    for phrase, act in _TABLE:
        if phrase in rest and (len(phrase) > 2 or _whole_word(phrase, core, raw.lower())):
            found.append(act)
            rest = rest.replace(phrase, "")
    if not found:
        # one character, or one character over and over (「ああああ」「ｗｗｗ」): nothing to search for yet
        return "short" if len(set(key)) == 1 else None
    rest = _without_fillers(rest)
    # measured against the core, so a long spoken ending does not make room for a need (「車が使えないんだけど」 is a
    # question, not a complaint)
    if len(rest) > len(core) // 5:
        return None
    return min(found, key=ACTS.index)


def _without_fillers(text: str) -> str:
    for filler in _FILLER_KEYS:
        text = text.replace(filler, "")
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith(("S", "P", "Z")))


def _whole_word(phrase: str, core: str, lowered: str) -> bool:
    """Short words count only as a word of their own: Latin ones (ok, hi, no) between non-letters, kana ones
    (はい, うん, 違う) in a message whose core (fillers taken out) is hardly longer than themselves (so 「はいしゃ」 is not
    はい, and 「それ違うんですけど」 is 違う)."""
    if not phrase.isascii():
        return len(core) <= 2 * len(phrase) + 2
    return re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", lowered) is not None


# --------------------------------------------------------------------------- replies

WORDS = {
    "thanks": "どういたしまして。お役に立てたならうれしいです。\nほかにも気になることがあれば、いつでも送ってください。",
    "ack": "はい。ほかにも知りたいことがあれば、ふだんの言葉で送ってください。",
    "bye": "ご利用ありがとうございました。困ったときは、いつでもまた話しかけてください。",
    "complaint": (
        "うまくお答えできず、ごめんなさい。\n言葉を変えてもう一度送っていただくか、下の窓口に直接お電話ください。"
        "「断らない相談」の窓口なので、どんなご相談も受け止めます。"
    ),
    "human": (
        "人と話したいときは、下の窓口にお電話ください。福祉課と社会福祉協議会(社協)は「断らない相談」の窓口で、"
        "どんなご相談も受け止めます。"
    ),
    "restart": "わかりました。最初からどうぞ。\n困っていることを、ふだんの言葉で送ってください。下のボタンからも選べます。",
    "emoji": "メッセージありがとうございます。\n困っていることがあれば、文字で送ってください。下のボタンからも選べます。",
    "short": (
        "もう少しくわしく教えてください。たとえば「一人暮らしの親が心配」のように送ってください。\n"
        "直接話したいときは、下の窓口にお電話ください。"
    ),
}
# Acts whose reply shows the general desks as cards (the way on is a person); the others show the menu.
WITH_DESKS = ("complaint", "human", "short", "bye")
