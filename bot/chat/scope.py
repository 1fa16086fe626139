"""Questions about city services that are not welfare (passports, rubbish, taxes, elections, 住民票, roads…).

They get an honest "this is not a welfare question" with the city's general line, never a confident welfare
answer that happens to share a word (「パスポートの申請」 is not 生活保護の申請). A message that also says the
resident is struggling (「税金を滞納していて生活が苦しい」) is a welfare question and goes on to the search.
"""

from __future__ import annotations

import re

from bot.text.normalize import fold, nfkc

_OTHER_SERVICES = (
    "パスポート", "旅券", "ごみ", "ゴミ", "粗大", "資源回収", "分別", "税金", "住民税", "市民税", "固定資産税",
    "軽自動車税", "自動車税", "納税", "確定申告", "ふるさと納税", "選挙", "せんきょ", "投票", "期日前", "住民票",
    "戸籍", "印鑑登録", "印鑑証明", "マイナンバー", "婚姻届", "離婚届", "出生届", "死亡届", "転入届", "転出届",
    "水道", "下水", "道路", "街灯", "駐輪場", "駐車場", "公民館", "図書館", "体育館", "犬の登録", "狂犬病",
    "野良猫", "ハチの巣", "蜂の巣", "害虫", "ひな祭り", "花火", "祭り", "イベントの日程", "粗大ゴミ",
    "犬を飼", "飼い犬", "ペットの登録",
    # the same services named in Chinese, Korean and Nepali (their scripts match as text, as Japanese does)
    "垃圾", "护照", "交税", "纳税", "税务", "选举", "投票站", "户口", "住民登记", "쓰레기", "분리수거", "여권", "세금",
    "선거", "투표", "주민등록", "फोहोर", "राहदानी", "पासपोर्ट", "कर तिर्न", "चुनाव", "मतदान",
)
# Latin-script words match as whole words only ("tax" is not in "taxi").
_OTHER_SERVICES_LATIN = re.compile(
    r"\b(?:passport|garbage|trash|rubbish|taxes|tax|election|vote|voting|residence certificate|my number card|"
    r"residence card|resident card|driver'?s license|"
    r"passaporte|lixo|imposto|impostos|eleição|eleições|votar|"  # pt
    r"hộ chiếu|rác|thuế|bầu cử|đăng ký cư trú|thẻ cư trú|"  # vi
    r"pasaporte|basura|buwis|halalan|bumoto|impuestos|elecciones)\b"  # tl, es
)
# A struggle or a welfare need said in the same message makes it a welfare question.
_NEED = (
    "困", "苦し", "払えない", "はらえない", "滞納", "やばい", "助けて", "生活", "相談", "介護", "障害", "障がい",
    "高齢", "一人暮らし", "ひとり暮らし", "子育て", "病気", "お金がない", "借金", "福祉", "支援", "手当",
    "減免", "猶予", "できない", "無理", "手伝", "てつだ", "手助け", "集まれる", "居場所", "屋敷", "だらけ", "年寄", "じいさん", "ばあさん", "おじいさん", "おばあさん",
    "elderly", "old people", "disab", "help me", "can't pay", "cannot pay",
    # caring for family told as the reason for something else (「弟の世話で宿題する時間がない」)
    "世話", "せわ", "面倒を見", "看病", "介助", "家事",
    # the struggle said in the other served languages (「thuế」 alone is a city service; unpaid and hard, welfare)
    "khó khăn", "không có tiền", "không trả được", "không đủ tiền", "giúp", "già", "dificuldade", "sem dinheiro",
    "não consigo pagar", "ajuda", "idos", "hirap", "walang pera", "hindi makabayad", "tulong", "matanda",
    "no puedo pagar", "ayuda", "困难", "没钱", "付不起", "交不起", "帮忙", "帮助", "老人", "어려", "돈이 없", "못 내",
    "도와", "노인", "할머니", "할아버지", "गाह्रो", "पैसा छैन", "तिर्न सक्दिन", "मद्दत", "बुढा",
)
_SERVICE_KEYS = tuple(fold(w) for w in _OTHER_SERVICES)
_NEED_KEYS = tuple(fold(w) for w in _NEED)


# Everyday topics that are neither welfare nor a city service (weather, sports, recipes, homework): no entry
# can answer them, so they get the warm fallback rather than three unrelated options.
_OFF_TOPIC = tuple(fold(w) for w in (
    "天気", "てんき", "天気予報", "気温", "試合", "野球", "サッカー", "巨人", "レシピ", "作り方", "料理の仕方",
    "映画", "ゲーム", "宿題", "占い", "株価", "競馬の予想", "weather", "recipe", "football", "baseball",
))


def off_topic(text: str) -> bool:
    key = fold(text)
    return any(w in key for w in _OFF_TOPIC) and not any(w in key for w in _NEED_KEYS + _FOOD_NEED)


_FOOD_NEED = tuple(fold(w) for w in ("お金", "食べ物がない", "食べるものがない", "ごはんがない", "買えない", "作れない"))


def says_need(text: str) -> bool:
    """A struggle or a welfare need in so many words (then it is a welfare question, whatever else it names)."""
    key = fold(text)
    return any(w in key for w in _NEED_KEYS)


def out_of_scope(text: str) -> bool:
    key = fold(text)
    other = any(w in key for w in _SERVICE_KEYS) or _OTHER_SERVICES_LATIN.search(nfkc(text).lower()) is not None
    return other and not any(w in key for w in _NEED_KEYS)
