"""A message that asks for a reply language in a sentence: 「やさしい日本語でお願いします」, 「英語で話して」,
"Can you speak English?", "Tiếng Việt được không?", 「用中文可以吗」.

Residents rarely type a language's bare name (which the menu's words already catch); they ask in a sentence. Such a
message is a setting, not a question: answered from the FAQ it gets an entry about foreign residents' desks and
the language stays as it was. A message is a request only when, besides one language's name, it holds nothing but
request words, so 「英語が話せる窓口はありますか」 or "Is there a doctor who speaks English?" stay questions.
"""

from __future__ import annotations

import re
import unicodedata

from bot.text.normalize import kata_to_hira, squeeze, strip_format

# How residents name each served language, in Japanese, the language itself and the other served languages.
_NAMES: dict[str, tuple[str, ...]] = {
    "easy": ("やさしい日本語", "やさしいにほんご", "易しい日本語", "優しい日本語", "簡単な日本語", "かんたんな日本語",
             "かんたんなにほんご", "わかりやすい日本語", "分かりやすい日本語", "ひらがな", "easy japanese",
             "simple japanese", "plain japanese"),
    "ja": ("日本語", "にほんご", "ふつうの日本語", "普通の日本語", "japanese", "nihongo", "tiếng nhật", "japonês",
           "japones", "日语", "일본어", "hapon"),
    "en": ("英語", "えいご", "english", "英文", "英语", "영어", "tiếng anh", "inglês", "ingles", "अंग्रेजी"),
    "zh-Hans": ("中国語", "ちゅうごくご", "中文", "汉语", "漢語", "普通话", "chinese", "中国话", "tiếng trung", "chinês",
                "chines", "중국어", "intsik"),
    "vi": ("ベトナム語", "べとなむご", "vietnamese", "tiếng việt", "tieng viet", "越南语", "vietnamita", "베트남어"),
    "pt-BR": ("ポルトガル語", "ぽるとがるご", "portuguese", "português", "portugues", "葡萄牙语", "포르투갈어"),
    "tl": ("タガログ語", "フィリピン語", "tagalog", "filipino", "他加禄语", "타갈로그어"),
    "ko": ("韓国語", "かんこくご", "ハングル", "korean", "한국어", "한국말", "韩语", "韓語", "tiếng hàn", "coreano"),
    "ne": ("ネパール語", "ねぱーるご", "nepali", "नेपाली", "尼泊尔语", "네팔어"),
}

# Words that only ask: "in / please / speak / reply" and their kin in the served languages. Japanese particles and
# request endings are matched as a whole remainder (below), the rest word by word.
_JAPANESE_REQUEST = re.compile(
    r"(?:で|に|の方|のほう|が)?も?"
    r"(?:(?:お?話|はな|しゃべ|喋|返事|へんじ|返信|答え|こたえ|書い|かい|説明|せつめい|教え|おしえ|表示|切り?替え|きりかえ|"
    r"変え|かえ|戻|もど|変更|設定|し)(?:て|し?て)?)?"
    r"(?:お?願い|おねがい|ください|下さい|くださ|くれ(?:る|ない|ませんか)?|ほしい|欲しい|もらえ(?:る|ます|ませ)ん?か?|"
    r"いただけ(?:ます|ませ)ん?か|頼む|たのむ|できる|できます|出来ます|可能|大丈夫|いい|良い|がいい|希望|わかる|分かる)*"
    r"(?:します|しま|する|です|ですか|か|かな|よ|ね|な|の)*"
)
_REQUEST_WORDS = frozenset((
    # en
    "please", "pls", "plz", "in", "reply", "answer", "write", "speak", "talk", "use", "can", "could", "would", "will",
    "you", "i", "want", "need", "prefer", "language", "switch", "to", "change", "set", "do", "only", "ok", "okay",
    "is", "it", "possible", "me", "with", "help", "english", "us",
    # vi
    "được", "không", "nói", "bằng", "xin", "làm", "ơn", "dùng", "cho", "tôi", "có", "thể", "trả", "lời", "đổi",
    "sang", "vui", "lòng", "ạ", "bạn",
    # pt
    "em", "por", "favor", "fala", "falar", "pode", "podem", "você", "vocês", "responder", "quero", "usar", "mudar",
    "para", "eu", "prefiro",
    # tl
    "sa", "po", "pwede", "puwede", "paki", "magsalita", "salita", "ba", "gamitin", "ako", "nyo", "ninyo", "mo",
    "sana", "naman", "lang", "na",
    # ko / ne (romanised rarely; their scripts are handled by suffix below)
))
_SCRIPT_REQUEST = re.compile(
    r"^(?:请|請|用|说|說|讲|講|可以|吗|嗎|能|回答|回复|吧|好|要|我|你|的)*$"  # zh around the name
    r"|^(?:로|으로|로요|해\s*주세요|해주세요|주세요|말해\s*주세요|돼요|되나요|가능해요|가능한가요|부탁해요|부탁합니다|요|\s)*$"  # ko
    r"|^(?:मा|कृपया|बोल्नुहोस्|बोल्नु|भन्नुहोस्|गर्नुहोस्|हुन्छ|\s)*$"  # ne
)


def requested_language(text: str) -> str | None:
    """The served language this message asks replies to be in, or None when it says anything else."""
    said = _plain(text)
    if not said or len(said) > 60:
        return None
    found = [(code, key) for code, names in _KEYS.items() for key in names if key in said]
    if not found:
        return None
    code, key = max(found, key=lambda f: len(f[1]))  # the longest name: 「やさしい日本語」 holds 「日本語」
    if any(other not in key for _, other in found):
        return None  # two languages named: a question about them, not a setting
    return code if _only_asks(said.replace(key, " ", 1)) else None


def _plain(text: str) -> str:
    # a space between Japanese words is a phone habit (「かんたんな にほんごで」), not a word boundary to keep
    return _JAPANESE_SPACE.sub("", kata_to_hira(squeeze(strip_format(text)).lower()))


_JAPANESE_SPACE = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])\s+(?=[\u3040-\u30ff\u4e00-\u9fff])")


_KEYS = {code: tuple(_plain(name) for name in names) for code, names in _NAMES.items()}
_LATIN_WORD = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]+")


def _only_asks(rest: str) -> bool:
    if any(word not in _REQUEST_WORDS for word in _LATIN_WORD.findall(rest)):
        return False
    # spaces, punctuation and symbols go; letters and the vowel signs of Devanagari (marks, not \w) stay
    others = "".join(ch for ch in _LATIN_WORD.sub("", rest) if unicodedata.category(ch)[0] not in "PZS")
    return not others or bool(_JAPANESE_REQUEST.fullmatch(others)) or bool(_SCRIPT_REQUEST.match(others))
