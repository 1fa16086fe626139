"""When the one who collapsed, stopped breathing or swallowed something is not a person: a pet (「うちの犬が急に
倒れて動かない」, "my cat ate a lily"), a machine (「ロボット掃除機が倒れて動かない」) or a character in a game.

Those signs are 119 first for a person. For a dog the resident needs a vet, and a 119 card is a false crisis; so
the crisis reply steps down to the usual answer under the line that says to call 119 if a life is in danger (a
*concern* with danger: if the bot misread, the number is still on top). Only when the animal or thing is the
subject of the sentence (「犬が」「猫は」, "my dog"), no person is named at all, and nothing says someone was bitten
or is bleeding (「犬に噛まれて血が止まらない」 and 「犬が噛んで血が」 are a person hurt).
"""

from __future__ import annotations

import re

from bot.chat.crisis_fold import fold_up

_ANIMALS = ("犬", "いぬ", "イヌ", "わんこ", "ワンちゃん", "わんちゃん", "愛犬", "子犬", "猫", "ねこ", "ネコ", "にゃんこ",
            "愛猫", "子猫", "ペット", "インコ", "オウム", "文鳥", "小鳥", "ハムスター", "うさぎ", "ウサギ", "金魚", "メダカ",
            "熱帯魚", "カメ", "亀", "フェレット", "モルモット", "チンチラ", "ハリネズミ", "トカゲ", "ヘビ", "カブトムシ",
            "クワガタ", "ニワトリ", "鶏", "ヤギ", "牛", "馬")
# Not a car or a bike: 「自転車がぶつかってきて倒れて起き上がれない」 is the resident hurt. The kana spellings are
# round 16's (phones often leave a message unconverted).
_THINGS = ("掃除機", "ルンバ", "ロボット", "パソコン", "スマホ", "携帯", "テレビ", "エアコン", "洗濯機", "冷蔵庫", "時計",
           "機械", "プリンター", "ゲーム機", "ドローン", "ぬいぐるみ", "人形",
           "せんたくき", "れいぞうこ", "そうじき", "けいたい", "とけい")
_CHARACTERS = ("キャラ", "キャラクター", "主人公", "アバター", "モンスター", "登場人物", "ヒロイン")
_SUBJECT = re.compile("(?:" + "|".join(sorted({re.escape(fold_up(w)) for w in _ANIMALS + _THINGS + _CHARACTERS},
                                              key=len, reverse=True)) + ")(?:チャン|クン)?(?:ガ|ハ|モ|ッテ)")
# Mum, but not 「〜たまま」「そのまま」「わがまま」 (folded, those are ママ too); 「うちのママ」 is still mum.
_MAMA = "(?<![タダガ])(?<!ソノ)(?<!コノ)(?<!アノ)(?<!ドノ)ママ(?!ナラ)"
# A person anywhere in the message: then the sign may be theirs (the dog is only beside them).
_PEOPLE = re.compile("|".join(re.escape(fold_up(w)) for w in (
    "父", "母", "夫", "妻", "嫁", "旦那", "主人", "息子", "娘", "子ども", "子供", "こども", "赤ちゃん", "赤ん坊", "祖父",
    "祖母", "じいちゃん", "ばあちゃん", "じいさん", "ばあさん", "爺", "婆", "兄", "姉", "弟", "妹", "孫", "親", "家族",
    "彼", "友", "人", "私", "わたし", "あたし", "俺", "おれ", "僕", "ぼく", "自分", "先生", "生徒", "同僚", "上司", "隣",
    "近所", "利用者", "患者", "おじ", "おば", "パパ", "お父", "お母", "じじ", "ばば")) + "|" + _MAMA)
# Someone bitten, scratched, stung or bleeding: a person hurt, whatever did it.
_HURT = re.compile("|".join(re.escape(fold_up(w)) for w in (
    "噛", "かま", "かん", "咬", "刺さ", "刺し", "引っか", "ひっか", "血", "出血", "怪我", "けが", "ケガ", "やけど", "火傷")))
_EN_PET = re.compile(r"\b(?:MY|OUR|THE)\s+(?:DOG|CAT|PUPPY|KITTEN|BIRD|PARROT|HAMSTER|RABBIT|BUNNY|FISH|PET|TURTLE)S?\b")
_EN_PEOPLE = re.compile(r"\b(?:MOM|MUM|DAD|MOTHER|FATHER|HUSBAND|WIFE|SON|DAUGHTER|CHILD|KIDS?|BABY|GRAND\w*|FRIEND|"
                        r"SOMEONE|PERSON|MAN|WOMAN|BOY|GIRL|NEIGHBOU?R|HE|SHE|HIM|HER|BITE|BIT|BITTEN|BLEED\w*|BLOOD|"
                        r"SCRATCH\w*)\b")


def not_a_person(prepared: str, folded: str) -> bool:
    """The one in trouble is an animal, a machine or a game character, and no person is named or hurt. `folded` is
    crisis_fold.fold_up(prepared), which the caller has already."""
    subject = _SUBJECT.search(folded)
    if subject is not None:
        rest = folded[:subject.start()] + folded[subject.end():]
        return not _PEOPLE.search(rest) and not _HURT.search(folded)
    words = prepared.upper()  # English keeps its spaces: the words are told apart by them
    return bool(_EN_PET.search(words)) and not _EN_PEOPLE.search(words)
