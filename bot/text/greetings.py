"""Hello and thank-you in every served language: so that 「Obrigado!」 gets a greeting in Portuguese, not a search.

A message is a greeting when it is one of these phrases, optionally with a few more words and no question
(「thanks a lot, that helped」 yes; 「thank you, where do I apply?」 no). Each phrase also tells the language it
is in, which short messages need: lingua cannot tell 「hi」 from Tagalog.
"""

from __future__ import annotations

import re
import unicodedata

HELLO: dict[str, tuple[str, ...]] = {
    "en": ("hello", "hi", "hey", "hiya", "good morning", "good afternoon", "good evening", "greetings",
           "nice to meet you"),
    "zh-Hans": ("你好", "您好", "早上好", "早安", "下午好", "晚上好", "大家好", "嗨", "初次见面"),
    "vi": ("xin chào", "chào", "chào bạn", "chào buổi sáng", "chào buổi chiều", "chào buổi tối", "rất vui được gặp"),
    "pt-BR": ("olá", "oi", "bom dia", "boa tarde", "boa noite", "tudo bem", "e aí", "prazer"),
    "tl": ("kumusta", "kamusta", "magandang umaga", "magandang hapon", "magandang gabi", "magandang araw",
           "hello po", "hi po"),
    "ko": ("안녕하세요", "안녕", "안녕하십니까", "좋은 아침입니다", "좋은 아침", "반갑습니다", "처음 뵙겠습니다"),
    "ne": ("नमस्ते", "नमस्कार", "शुभ प्रभात", "शुभ बिहानी", "शुभ साँझ"),
    "easy": ("konnichiwa", "konnichi wa", "ohayou", "ohayo", "ohayou gozaimasu", "konbanwa", "hajimemashite"),
}
THANKS: dict[str, tuple[str, ...]] = {
    "en": ("thanks", "thank you", "thanks a lot", "thanks so much", "thank you so much", "thank you very much", "thank u", "thx", "ty", "many thanks", "cheers", "much appreciated"),
    "zh-Hans": ("谢谢", "谢谢你", "谢谢您", "多谢", "非常感谢", "感谢", "太感谢了"),
    "vi": ("cảm ơn", "cám ơn", "xin cảm ơn", "cảm ơn bạn", "cảm ơn nhiều", "cám ơn nhiều"),
    "pt-BR": ("obrigado", "obrigada", "muito obrigado", "muito obrigada", "valeu", "agradeço"),
    "tl": ("salamat", "salamat po", "maraming salamat", "maraming salamat po"),
    "ko": ("감사합니다", "고맙습니다", "고마워요", "감사해요", "정말 감사합니다", "고마워"),
    "ne": ("धन्यवाद", "धेरै धन्यवाद", "धन्यवाद छ"),
    "easy": ("arigatou", "arigato", "arigatou gozaimasu", "arigatō", "doumo arigatou", "domo arigato"),
}

# Extra words a greeting may carry: 「thanks a lot, that really helped」, 「Cảm ơn bạn nhiều nhé」; a hello
# carries fewer (「hello there」), since 「Hello, I need help with rent」 is a question, not a greeting.
MAX_EXTRA_THANKS = 4
MAX_EXTRA_HELLO = 2
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _words(text: str) -> list[str]:
    return _WORDS.findall(unicodedata.normalize("NFKC", text).lower())


def _find(table: dict[str, tuple[str, ...]], text: str, most: int) -> str | None:
    """The language of the phrase `text` starts with (longest phrase first), when the rest is short talk."""
    if "?" in text or "？" in text:
        return None
    words = _words(text)
    if not words:
        return None
    best: tuple[int, str] | None = None
    for lang, phrases in table.items():
        for phrase in phrases:
            wanted = _words(phrase)
            if words[: len(wanted)] == wanted and (best is None or len(wanted) > best[0]):
                best = (len(wanted), lang)
    if best is None:
        return None
    # Scripts without spaces (你好呀, 감사합니다요) count their extra characters, loosely, as words.
    extra = words[best[0]:]
    if len(extra) > most or sum(len(w) for w in extra) > 30:
        return None
    return best[1]


def _find_unspaced(table: dict[str, tuple[str, ...]], text: str) -> str | None:
    folded = "".join(_words(text))
    for lang in ("zh-Hans", "ko"):
        for phrase in table[lang]:
            if folded.startswith(phrase.replace(" ", "")) and len(folded) - len(phrase) <= 4:
                return lang
    return None


def thanks_language(text: str) -> str | None:
    return _find(THANKS, text, MAX_EXTRA_THANKS) or _find_unspaced(THANKS, text)


def hello_language(text: str) -> str | None:
    return _find(HELLO, text, MAX_EXTRA_HELLO) or _find_unspaced(HELLO, text)


def is_thanks(text: str) -> bool:
    return thanks_language(text) is not None


def is_hello(text: str) -> bool:
    return hello_language(text) is not None
