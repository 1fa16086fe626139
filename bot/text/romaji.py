"""Japanese written in Latin letters (romaji): telling it apart, and reading it back into kana.

Foreign residents type Japanese in two ways that the sentence encoder reads poorly:
- a whole message in romaji (「okane ga nai, yachin haraenai」, 「hinan basho doko desu ka」): Japanese, answered
  in やさしい日本語 (bot.text.language), and searched as the kana it spells (「おかね が ない, やちん はらえない」),
  which the index reads through its readings and bot.search.kana spells as the entries do (家賃, 避難);
- a Japanese word inside another language (「Can I borrow money from shakyo?」「Kodomo shokudo ở đâu vậy?」
  「Gusto kong magtanong tungkol sa kaigo hoken」): the name a resident heard at the desk. e5 does not know that
  "shakyo" is 社協; bot.chat.crosslingual looks the word's kana up in the content's own vocabulary.

The kana conversion is jaconv's (Hepburn and Kunrei spellings); this module only decides which words are romaji
and makes long vowels comparable (「shakyo」 / 「shakyou」 / 「shakyō」 all meet シャキョウ).
"""

from __future__ import annotations

import re
import unicodedata

import jaconv

from bot.text.japanese import tokenize

# A word made only of Japanese syllables (ka, shi, tsu, kyo, n, small tsu as a doubled consonant).
SYLLABLES = re.compile(r"^(?:(?:kk|ss|tt|pp|cch)?(?:ch|sh|ts|[kgsztdnhbpmrfjwyv]y?)?[aeiouāīūēō]+n?)+$")
# Words only Japanese in romaji has; one of them plus mostly-syllabic words makes a message Japanese.
MARKS = frozenset({
    "desu", "desuka", "masu", "masuka", "mashita", "masen", "kudasai", "onegai", "onegaishimasu", "shimasu",
    "arigatou", "arigato", "arigatō", "gozaimasu", "konnichiwa", "konbanwa", "ohayou", "ohayo", "sumimasen",
    "doko", "nani", "dou", "doushite", "wakaranai", "wakarimasen", "tasukete", "shitai", "ga", "wo", "ni",
    "wa", "desho", "dekimasu", "arimasu", "imasu", "nai", "mata", "sayounara", "yoroshiku",
})
WORD = re.compile(r"[^\W\d_]+")
_MACRONS = str.maketrans({"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "ou", "â": "aa", "ô": "ou", "û": "uu"})
# Long vowels as residents drop or keep them: オウ / オオ / ウウ / ー read as one short vowel.
_O_ROW = "オコゴソゾトドノホボポモヨロョ"
_U_ROW = "ウクグスズツヌフブプムユルュ"
_LONG = re.compile(f"(?<=[{_O_ROW}])[ウオ]|(?<=[{_U_ROW}])ウ|ー")


def words(text: str) -> list[str]:
    """The letter runs of a text, lower-cased (digits and punctuation split words)."""
    return WORD.findall(unicodedata.normalize("NFKC", text).lower())


def syllabic(word: str) -> bool:
    return bool(SYLLABLES.match(word.lower().translate(_MACRONS)))


def is_romaji(text: str) -> bool:
    """A whole message in romaji Japanese: a word only Japanese has and (almost) every word syllabic; or every word
    syllabic and at least a third of them Japanese dictionary words (「kaigo no soudan」「hinan basho」「sabishii」:
    no ending like desu, so the Latin-language detector would call them Portuguese or Tagalog)."""
    found = words(text)
    if not found:
        return False
    sounds = sum(1 for w in found if syllabic(w))
    if any(w in MARKS for w in found) and sounds >= max(1, round(len(found) * 0.8)):
        return True
    if sounds < len(found):
        return False
    content = [w for w in found if w not in PARTICLES]
    return bool(content) and sum(1 for w in content if dictionary_word(w)) * 3 >= len(content)


PARTICLES = frozenset({"no", "ga", "wo", "o", "ni", "wa", "de", "e", "he", "to", "mo", "ka", "ya"})
# A romaji word counts as Japanese when its kana is one dictionary word of at least this many kana that the
# dictionary spells otherwise (相談, 避難, 寂しい, バナナ): shorter ones (さめ, ほめ, まけ from "same", "home",
# "make") are too easily a word of another language.
MIN_WORD_KANA = 3
_WORD_POS = frozenset({"名詞", "形容詞", "動詞", "形状詞"})


def dictionary_word(word: str) -> bool:
    """The syllabic word, read as kana, is one Japanese dictionary word (Sudachi): 「soudan」→ 相談, not 「ajuda」."""
    if not syllabic(word):
        return False
    kana = to_kana(word)
    if len(kana) < MIN_WORD_KANA:
        return False
    words_read = tokenize(kana, synonyms=False)
    if len(words_read) != 1:
        return False
    word_read = words_read[0]
    return word_read.pos in _WORD_POS and word_read.norm != word_read.surface


def to_kana(word: str) -> str:
    """Hiragana for one romaji word (「kaigo」→「かいご」, 「shakyō」→「しゃきょう」); call only on a syllabic word."""
    return str(jaconv.alphabet2kana(word.lower().translate(_MACRONS)))


def as_kana(text: str) -> str:
    """A romaji message with each syllabic word in hiragana; everything else (punctuation, numbers) as typed."""
    return WORD.sub(lambda m: to_kana(m.group()) if syllabic(m.group()) else m.group(),
                     unicodedata.normalize("NFKC", text))


def spelled_kana(text: str) -> str | None:
    """What a message made only of Latin letters spells, as unspaced hiragana, when every word of it is syllabic
    (「mou shinitai」→「もうしにたい」), else None. Looser than is_romaji, for the crisis stage only: a word of
    another language may pass (「same」「home」), but what it spells is only read for a crisis, never answered."""
    found = words(text)
    if not found or not all(syllabic(w) for w in found):  # (a word in kana or kanji is not syllabic)
        return None
    return _unspaced_kana(text)


def _unspaced_kana(text: str) -> str:
    return re.sub(r"\s+", "", as_kana(text))


def loose(kana: str) -> str:
    """Katakana with long vowels shortened, so a reading and a resident's spelling of it compare equal."""
    return _LONG.sub("", jaconv.hira2kata(kana))


_CLAUSE = re.compile(r"[^,.!?;:、。！？]+")


def spelled_clauses(text: str) -> tuple[str, bool] | None:
    """The clauses of a mixed message that are Japanese in Latin letters, as kana joined by 。 (「em xin lỗi, nihongo
    heta. watashi mou ikitakunai」→「にほんごへた。わたしもういきたくない」), and whether one of them holds a Japanese
    dictionary word (「tonari no heya」); None when there are none. A clause counts when all its words are syllabic
    and it has three of them, or two with a dictionary word. A clause of Tagalog or Indonesian may pass (they are
    syllabic too): the crisis stage takes only a crisis from it."""
    spelled, named = [], False
    for clause in _CLAUSE.findall(unicodedata.normalize("NFKC", text)):
        found = words(clause)
        if len(found) < 2 or not all(syllabic(w) for w in found):
            continue
        has_word = any(dictionary_word(w) for w in found if w not in PARTICLES)
        if has_word or len(found) >= 3:
            spelled.append(_unspaced_kana(clause))
            named = named or has_word
    return ("。".join(spelled), named) if spelled else None
