"""The fast stage's word lists: phrasings that are unmistakable on their own, in the folded form of the text.

Patterns are folded like the text (NFKC, lower case, katakana, no spaces or punctuation, then upper case), so
「しにたい」「死にたい」「ｼﾆﾀｲ」 are one rule and "kill myself" is written KILLMYSELF. Plain strings are folded
for us; a pattern that starts with "re:" is a regular expression over the folded text. Method and means
phrasings (飛び込む, 遺書, 全部飲んだ) live here because sentence vectors miss them (/work/scratch/enc/REPORT.md).
"""

from __future__ import annotations

import re

# the stages read these as crisis_rules.fold_up / .rule
from bot.chat.crisis_fold import fold_up as fold_up
from bot.chat.crisis_fold import rule
from bot.chat.crisis_medical import MEDICAL
from bot.chat.crisis_signs import (ABDUCTION, CHILD_OWN_WORDS, COLLAPSE, FAREWELL, FINAL_ACT_PATTERNS, FOLLOW_THE_DEAD,
                                   FOLLOWED_NOW, HARM_NOW, HIT_BY_BOSS, HIT_ME, HOME_FEAR, JUMP_FROM, MEANS_READY_PATTERNS,
                                   SELF_CUT, SHAKEN, TAGALOG_PARTNER_BLOWS, TOLD_IN_PLAY, WHOLE_SWALLOWED)

# A partner hitting, in Vietnamese (「chồng em hay đánh em」); with đang it is going on now (DV_NOW).
_VI_PARTNER_HITS = r"(CHỒNG|BẠNTRAI|NGƯỜIYÊU)(TÔI|EM|CHỊ|MÌNH)?{when}(ĐÁNH|ĐẤM|ĐÁ|BÓPCỔ)"

# Drugs, poisons and quantities for "took too much", in folded form.
_DRUG = r"(痛ミ止メ|イタミドメ|頭痛薬|解熱剤|咳止メ|セキドメ|風邪薬|鎮痛剤|安定剤|抗ウツ|睡眠|薬|クスリ|錠|剤|サプリ|ODS?|ピル|眠剤|デパス|ハルシオン|マイスリー|ロキソニン|バファリン|イブ)"
_MANY = r"(二箱|2箱|三箱|3箱|箱ゴト|ハコゴト|イッペェ|イッペエ|全部|ゼンブ|大量|タクサン|イッパイ|一箱|ヒトハコ|一瓶|ヒトビン|一シート|全テ|スベテ|マトメテ|\d+錠|\d+粒|何十|ありったけ|アリッタケ|一気ニ|イッキニ|溜メテタ|タメテタ|貯メテタ|全部ノ|半分)"
_SWALLOWED = r"(飲ンジマ|ノンジマ|飲ンジャ|ノンジャ|飲ン|ノン|飲ミマシタ|ノミマシタ|飲ミ干|ノミホシ|飲ミキッ|ノミキッ|飲マセ|ノマセ|飲ミ込ン|ノミコン)"
_POISON = r"(漂白剤|ハイター|洗剤|農薬|殺虫剤|除草剤|灯油|不凍液|ボタン電池|乾燥剤|タバコ|煙草|毒)"

SUICIDE = rule(
    "死にたい", "死のう", "死んでしまいたい", "死ぬしかない", "死んだほうがまし", "死んだ方がまし", "死にます",
    "死ぬつもり", "死ぬ方法", "死に方", "死ねる方法", "死ねたら", "楽に死", "死んで楽に", "死のうと",
    "消えたい", "消えてしまいたい", "いなくなりたい", "re:(生|イ)キテ(イ)?タク(ナイ|ナク|ネエ|ネ(?!ム))",  # (…なくて: r16)
    "生きるのがつらい", "生きるのが辛い", "生きるのがしんどい", "生きるのをやめ", "生きるのやめ",
    "生きてる意味", "生きる意味がない", "生きる意味ない", "生きてても", "生きてたって", "生きてても仕方", "re:(生|イ)キ(トッ|チョッ)(テモ|タッテ)(?!ラ)",
    "終わりにしたい", "終わりにします", "終わらせたい", "命を終わ", "命を絶", "命をたち", "人生を終わ",
    "この世から", "あの世", "自殺したい", "自殺しよう", "自殺を考", "自殺考", "希死念慮",
    "首をつ", "首つ", "首吊", "首を吊", "飛び降り", "とびおり", "飛びおり", "飛び込みたい", "飛び込もう",
    "飛びこみたい", "とびこみたい", "re:(線路|電車|ホーム|川|海|崖|橋)(ニ|カラ|ヘ)(飛ビ|トビ|飛ン|トン)(?!乗|ノ)",
    "リストカット", "リスカ", "自傷", "練炭", "遺書", "殺してほしい", "殺してください", "殺してくれ", "生まれてこなければ", "目が覚めなければ",
    "目を覚ましたくない", "もう目を開けたくない", "この世からバイバイ",
    "消えても誰も", "いなくなっても誰も", "re:(私|ワタシ|僕|ボク|俺|オレ|自分|ウチ)ガイナイ(ホウ|方)ガ", "迷惑かけずに消",
    "re:シ[ニヌ]タイ", "re:キエタイ", "re:(死|シ)ニ(テェ|テエ|テー)", "re:(死|シ)ンデ(シメエ|シメー|シマイ)(テエ|テェ|テー)", "re:長生キシタクネ", "死ぬ日を決め", "死ぬって言",
    "永遠に眠りたい", "re:(ゴメン|ゴメンネ|ゴメンナサイ).{0,20}(先ニイク|先ニ行ク|先ニ逝)", "思い残すことはない", "私がいなくなった後", "re:(橋|屋上|ビル|ベランダ|マンション|崖)(カラ|ノ上カラ)(飛ブ|トブ|飛ン|トン|(落チ|オチ)(タイ|ヨウ|ヨッカ|テシマイタイ|ル(ツモリ|カ|シカ))|飛ビ|トビ)",
    "re:(ココ|ソコ)カラ(落チ|オチ)タラ(終ワ|オワ|楽|ラク)",
    "re:(薬|クスリ|錠剤|睡眠薬|眠剤).{0,12}(少シズツ|スコシズツ|飲マズニ|ノマズニ).{0,10}(貯メ|タメ|溜メ|集メ|アツメ)",
    "re:(明日|アシタ|アス)ノ(朝日|朝|アサ)(ハ|ヲ)?(見ナイ|ミナイ|迎エナイ|ムカエナイ|来ナイ)",
    "re:(来週|明日|アシタ|来月|今夜|コンヤ)(ニハ|ハ|ニ)?.{0,6}モウ(イナイ|居ナイ)(カラ|ノデ|ト思ウ|ヨ)",
    "re:息ヲスルノ(モ|ガ).{0,6}(ヤメタイ|疲レ|ツカレ)",
    *FAREWELL,  # round 11 (crisis_signs)
    # tired of living itself (round 8): 「もう生きてるのに疲れて」「いきるのつかれた」
    "re:(生キ|イキ)(ル|テル|テイル)(ノ|コト)(ニ|ガ)?(モウ)?(疲レ|ツカレ)", "攒好了药", "re:药.{0,6}攒", "saving up my pills", "saving my pills", "re:自分(カラ|デ)(逝|行ッチ|イッチ|行ッテシマイ|イッテシマイ)", "re:シヌコトバカリ", "re:死ヌコトバカリ", "re:シヌシカ",
    # other languages (folded: no spaces, upper case)
    "kill myself", "killing myself", "don't want to wake up", "dont want to wake up", "never wake up again", "want to die", "wanna die", "wish i was dead", "wish i were dead",
    "end my life", "end it all", "don't want to live", "dont want to live",
    "better off dead", "better off without me", "take my own life", "not want to be alive",
    # (not "ele vai me matar" / "quiere matarme": someone threatening to kill me is violence, below; round 13)
    "quero morrer", "re:(?<!VAI)(?<!VÃO)(?<!VAO)(?<!QUER)(?<!AMEAÇOU)(?<!AMEACOU)(?<!TENTOU)MEMATAR", "tirar minha vida",
    "acabar com tudo", "não quero viver",
    "quiero morir", "re:(?<!VAA)(?<!QUIERE)(?<!AMENAZÓCON)(?<!AMENAZOCON)(?<!INTENTÓ)(?<!INTENTO)MATARME",
    "quitarme la vida", "no quiero vivir", "suicidarme",
    "想死", "不想活", "结束自己的生命", "结束生命", "跳楼", "遗书", "輕生", "轻生",
    "muốn chết", "không muốn sống", "không còn muốn sống", "chẳng muốn sống", "kết thúc tất cả", "kết thúc cuộc đời",
    "mamatay na", "ayoko nang mabuhay", "tapusin ang buhay", "wakasan ang buhay",
    "죽고 싶", "죽을래", "살기 싫", "끝내려고", "사라지고 싶",
    "ingin mati", "pengen mati", "mau mati", "ingin bunuh", "mengakhiri hidup",
    *JUMP_FROM,  # round 13 (crisis_signs)
    *SELF_CUT,  # round 14 (crisis_signs)
    *FOLLOW_THE_DEAD,  # round 13 (crisis_signs)
    "मर्न मन", "मर्न चाह", "बाँच्न मन छैन", "marna man", "bachna man chaina",
)

OVERDOSE_INJURY = rule(
    f"re:{_DRUG}.{{0,14}}{_MANY}.{{0,10}}{_SWALLOWED}", f"re:{_MANY}.{{0,10}}{_DRUG}.{{0,10}}{_SWALLOWED}",
    f"re:{_MANY}{_SWALLOWED}", f"re:{_POISON}.{{0,8}}{_SWALLOWED}", f"re:{_POISON}.{{0,8}}(食ベ|タベ)",
    "オーバードーズ", "大量服薬", "過量服薬", "re:(?<![A-Z])OD(シ|ッタ|ッチャ|ヤッ|シテ|シタ|シチャ|シマシ|ッテ)",
    "薬をたくさん飲", "薬を大量", "re:(薬|クスリ).{0,10}(量ガ多スギ|飲ミスギ|ノミスギ)",
    # folded, カッター is カッタ, as in 「できなかった」「赤かった」: the tool is the one used with で/を/の刃
    "re:(カッター(?=デ|ヲ|ノ刃|ナイフ)|カミソリ|剃刀).{0,12}(腕|手首|自分|深ク|何回モ|何度モ)",
    "re:(腕|手首|ウデ|テクビ).{0,10}(カッター(?=デ|ヲ|ノ刃|ナイフ)|カミソリ|剃刀)",
    "re:(切ッタ|キッタ)(トコロ|所|トコ)カラ", "re:(切ッテ|キッテ|切ッタ|キッタ).{0,16}(真ッ赤|マッカ)",
    "re:(薬|クスリ).{0,24}全部(体ノ中|カラダノナカ|飲ン|ノン)", "re:(血|手首|テクビ).{0,4}(止マラ|トマラ)ナイ", "re:(キッテ|切ッテ|キレテ|切レテ|サシテ|刺シテ|ササッテ|刺サッテ)チガ(止|ト)マラ(ナイ|ン|ネ)",
    "re:練炭.{0,8}(焚|タイ|炊|燃ヤ|モヤ)", "re:倒レ.{0,14}血", "re:血ガ.{0,4}(出テ|デテ)(ル|イル|マス)", "re:オ湯ガ(赤|アカ)ク", "re:(手首|腕|ウデ|首|足|太モモ|太腿|フトモモ)(ヲ)?(切ッ|キッ|切リ|キリ|サシ|刺シ)",
    "血が止まらない", "血がとまらない", "血が止まんない", "止まらない血", "出血がひどい", "血だらけ", "血まみれ",
    "息をしていない", "息してない", "意識がない", "意識が無い", "意識がもうろう",
    # not waking when called, unless the sentence says it is a sound sleep (「昼寝して呼んでも起きないくらいぐっすり」)
    "re:(呼ンデモ|ヨンデモ)(起キナイ|オキナイ)(?!.*(グッスリ|熟睡|爆睡|イビキ|イツモノコト))",
    "呼んでも返事がない", "倒れて動かない", "re:(ナイフ|刃物|包丁|誰カ|男|女|人|ヒト|奴|ヤツ)ニ?.{0,4}(刺サレ|ササレ)", "首を吊って", "首吊って",
    "飛び降りた", "火事です", "火事だ", "家が燃えて", "燃えてる", "煙が充満",  # fire: 119 first as well
    *COLLAPSE,  # round 11 (crisis_signs)
    *WHOLE_SWALLOWED,  # round 13 (crisis_signs)
    *MEDICAL,  # round 13 (crisis_medical): a medical emergency now
    "overdose", "overdosed", "swallowed a whole",
    "re:(SWALLOWED|TOOK|TAKEN|ATE|HAD)(ALL|THEWHOLE|AWHOLE|TOOMANY|ALOTOF|LOTSOF|ABUNCHOF|AHANDFULOF|HANDFULSOF)(OF)?(MY|THE|THESE|THOSE|HER|HIS)?.{0,14}(PILLS|TABLETS|MEDICINE|MEDS|PAINKILLERS|SLEEPINGPILLS|MEDICATION)", "took all my pills", "took all the pills", "whole bottle",
    "cut my wrist", "cut myself", "slit my wrist", "bleeding won't stop", "won't stop bleeding", "not breathing",
    "unconscious", "drank bleach", "swallowed bleach",
    "tomei todos", "tomei muitos", "superdosagem", "overdose", "água sanitária", "cortei os pulsos",
    "sobredosis", "me tomé todas", "se tomó un frasco", "pastillas y no despierta", "me corté las venas",
    "吃了一整瓶", "吃了很多药", "吃了好多药", "安眠药", "农药", "割腕", "血止不住", "流了很多血",
    "uống hết thuốc", "uống nhiều thuốc", "uống cả lọ", "cắt tay", "máu chảy", "thuốc ngủ",
    "uminom ng maraming gamot", "ininom ko lahat", "naglaslas", "laslas", "ang daming dugo",
    "약을 많이 먹", "약을 다 먹", "손목을 그", "피가 너무 많이", "피가 많이 나", "칼로 그었", "피가 안 멈", "수면제",
    "minum semua obat", "minum banyak obat", "overdosis", "obat tidur", "menyayat", "darahnya tidak berhenti",
    "विष खायो", "धेरै औषधि", "रगत रोकिँदैन",
)

# Partners and behaviour that is violence or control, not named as DV.
_PARTNER = r"(オット(?=ガ|ニ|ハ|カラ)|ウチノ人|ウチノヒト|夫|妻|旦那|ダンナ|主人|亭主|嫁|彼氏|カレシ|彼女|恋人|パートナー|配偶者|元カレ|元カノ|元夫|元妻|元彼|彼|カレ|同居人|内縁)"
_HARMED = (r"(手ェ?(アゲ|上ゲ)|見張ラ|ミハラ|会ワセテモラエ|アワセテモラエ|会ワセテクレ|アワセテクレ|シバカレ|ドツカレ|携帯ヲ壊|スマホヲ壊|髪ヲ(ツカ|掴)|外カラ鍵|鍵ヲカケテ|殴ラ|ナグラ|叩カ|タタカ|蹴ラ|(?<![一-龯ツヅウアズカタスサミ])ケラ|ボコラ|ボコボコ|首ヲシメ|首ヲ絞|首絞|首シメ|突キ飛バサ|ツキトバサ|"
           r"引キズラ|髪ヲ引ッ張ラ|物ヲ投ゲ|モノヲナゲ|投ゲツケ|ナゲツケ|暴力|手ヲアゲ|手ヲ上ゲ|閉ジ込メ|トジコメ|"
           r"取リ上ゲ|トリアゲ|外ニ出シテモラエ|外ニ出サセテモラエ|外出サセテモラエ|外出サセ|出シテモラエナイ|"
           r"連絡サセテモラエ|オ金ヲ(渡サ|ワタサ|クレナ|モラエ)|生活費ヲ(クレ|渡サ|モラエ)|生活費(ヲ|モ|ハ)?(一切|全然|ゼンゼン|全ク|マッタク|一円モ|1円モ)?(渡シテ|ワタシテ)(クレナ|モラエナ)|(殴ッ|ナグッ|叩イ|タタイ|蹴ッ|ケッ)テ(ク(?!レ)|キ(?!タイ))|(正座|セイザ|土下座|ドゲザ)サセラレ|監視|怒鳴|ドナラ|暴言|脅サ|オドサ|"
           r"殺スッテ|殺スト|殺サレ|コロサレ)")
DV = rule(
    f"re:{_PARTNER}(カラノ?|ニ|ノ|ガ|ハ|ニハ|ニモ|カラ).{{0,24}}{_HARMED}",
    f"re:{_PARTNER}.{{0,12}}(包丁|刃物|ナイフ|バット).{{0,8}}(持ッテ|モッテ|持チ出|振リ|フリ|向ケ|ムケ|暴レ|アバレ|殺)",
    f"re:{_PARTNER}.{{0,12}}(暴レテ|アバレテ|暴レル|アバレル)",
    "re:(母|父|オ母サン|オ父サン|ママ|パパ|オカアサン|オトウサン)ガ(父|母|オ父サン|オ母サン|パパ|ママ|オトウサン|オカアサン)ニ.{0,4}(殴|ナグ|叩|タタ|蹴|ケラ)",
    "モラハラ", "ドメスティックバイオレンス", "DVを受け", "DVされ", "DVにあっ", "DVがひどい", "DVをうけ",
    "DV受け", "re:(?<![A-Z])DV(?!D)(デス|ダ|ニアッテ|ガ|ヲ|ウケ)",
    "husband hits", "husband beats", "boyfriend is hitting", "boyfriend hits", "boyfriend beats", "partner hits",
    "partner beats", "wife hits", "he hits me", "he beats me",
    "meu marido me bate", "marido me bate", "companheiro me bate", "companheiro está me ameaçando",
    "mi pareja me pega", "mi esposo me pega", "mi marido me pega", 
    "老公打我", "丈夫打我", "男朋友打我", "就打我", "re:(老公|丈夫|男朋友|男友|前夫).{0,10}(打我|揍我|踢我|掐我|把(我|她)(打|揍|踢|掐)(?!的?电话))",
    "re:(ELE|ELA)(ME|SEMPREME|SEMPRE)(BAT|ESPANC|AGRED)",
    "chồng em đánh", "chồng tôi đánh", "bị chồng đánh", "chồng đánh",
    "re:" + _VI_PARTNER_HITS.format(when="(ĐANG|LẠI|HAY|CỨ|VỪA|MỚI)"),
    "sinasaktan ako ng asawa", "binubugbog ako", "sinaktan ako ng asawa",
    "남편이 때", "남편한테 맞", "저를 때려", "suami memukul", "dipukul suami",
    "श्रीमानले कुट", "लोग्नेले कुट",
    # a partner's violence described as what he did, in other languages (folded: no spaces, upper case)
    "re:(MARIDO|NAMORADO|COMPANHEIRO|ESPOSO|EX)(ME|TEM?ME|JÁME|SEMPREME)(BAT|ESPANC|AGRED|EMPURR|ENFORC|SOC)",
    "re:(ESPOSO|MARIDO|NOVIO|PAREJA|EX)(ME|YAME|SIEMPREME)(PEG|GOLPE|EMPUJ|AHORC)",
    "re:(HUSBAND|BOYFRIEND|PARTNER|WIFE|GIRLFRIEND)(SLAPPED|PUNCHED|KICKED|CHOKED|STRANGLED|SHOVED)",
    "choked me", "strangled me", "sinampal ako", "binugbog ako", "sinakal ako", *TAGALOG_PARTNER_BLOWS,  # round 17 (crisis_signs)
    "re:(HUSBAND|BOYFRIEND|PARTNER|WIFE|GIRLFRIEND|MYEX)(USEDTO|WOULD|ALWAYS|OFTEN)(HIT|BEAT|SLAP|PUNCH|KICK|CHOKE|HURT)(ME|US)",
)
# DV that is happening or about to happen: 110 first.
DV_NOW = rule(
    "re:(包丁|刃物|ナイフ|殺ス|殺サレ|コロサレ|コロス|暴レテ|アバレテ|首ヲ絞メ|首ヲシメ|首絞メ|首シメ|助ケテ|タスケテ|今モ|イマモ|今殴|今叩|今ハ寝テ|マタヤラレ|起キタラ)",
    "right now", "with a knife", "kill me", "agora", "com uma faca", "con un cuchillo", "ahora", "ngayon", "kutsilyo",
    "现在", "正在", "拿刀", "bây giờ", "bằng dao", "칼로", "지금", "sekarang",
    "re:" + _VI_PARTNER_HITS.format(when="ĐANG"),  # đang: going on now
    *HARM_NOW,  # round 11 (crisis_signs)
)

_CHILD = r"(ノ坊(?!主|サン)|坊ヤ|ボウヤ|坊チャン|オ子サン|トナリノ子|近所ノ子|アノ子|コノ子|ウチノ子|隣ノ家ノ子|子ドモ|子供|コドモ|子ガ|子ノ|子ヲ|子ニ|隣ノ子|赤チャン|アカチャン|赤ン坊|乳児|幼児|児童|連レ子|ツレコ|娘|息子|ムスメ|ムスコ|小学生|中学生|高校生|生徒|孫|甥|姪|キッズ)"
_CHILD_SIGNS = (r"(悲鳴|叩ク音|タタク音|殴ル音|泣キ叫|ナキサケ|怒鳴ラレ|ドナラレ|怒鳴リ声|ドナリ声|アザダラケ|アザガ(絶エ|タエ)|イツモアザ|ガリガリ|置キ去リ|"
                r"外ニ出サレ|締メ出|シメダ|閉メ出|ベランダニ|ゴ飯ヲ(モラエ|食ベサセテモラエ|与エ)|ゴハンヲモラエ|"
                r"食ベサセテモラエ|食事ヲ(与エ|モラエ)|放置|ホウチ|叩カレ|タタカレ|殴ラレ|ナグラレ|蹴ラレ|(?<![一-龯ツヅウアズカタスサミ])ケラレ|"
                r"ボコラレ|手ヲアゲ|手ヲ上ゲ|タバコヲ押シ|(タバコ|煙草)ノ(火|ヒ)ヲ.{0,6}(押シ|オシ)|"
                # round 11: put out of the house again and again; once alone is a ball or a dorm (「孫が外に放り出された
                # ボール」「寮を追い出された」), and a swollen face alone is a fall or a sting
                r"(マタ|イツモ|毎日|毎晩|何度モ|ナンドモ|今日モ|昨日モ|夜中ニ|真冬ニ|寒イ中).{0,8}(外|ソト|家ノ外|家カラ|イエカラ|玄関|"
                r"ゲンカン|ベランダ)(ニ|ヘ|カラ)?(放リ出|ホウリダ|ホッポリダ|追イ出|オイダ))")
CHILD_ABUSE = rule(
    f"re:{_CHILD}.{{0,30}}{_CHILD_SIGNS}", f"re:{_CHILD_SIGNS}.{{0,20}}{_CHILD}",
    "re:(子ドモ|子供|コドモ|子|赤チャン|アカチャン|娘|息子)(ヲ|ニ)(叩イテ|タタイテ|殴ッテ|ナグッテ|蹴ッテ|手ヲアゲ|手ヲ上ゲ|"
    "投ゲテシマイ|投ゲソウ|ナゲテシマイ|ナゲソウ|首ヲ絞メ|首ヲシメ|殺シテシマイ|殺シソウ|コロシテシマイ|コロシソウ)",
    # a parent, not a grandparent, aunt or uncle (祖母, 叔母, 伯父: the elder rules read those)
    "re:(?<![祖叔伯])(親|父|母|オ父サン|オトウサン|オ母サン|オカアサン|継父|継母|義父|義母|パパ|ママ|オ父|オ母|オヤジ|オフクロ|オカン(?!ガエ)|オトン|チチオヤ|ハハオヤ|オカアチャン|オトウチャン)"
    "(ニ|カラ|(ガ|ハ)(?!.{0,12}ニ(叩カレ|タタカレ|殴ラレ|ナグラレ|蹴ラレ|ケラレ)))"  # (a parent hit by someone else is not)
    ".{0,16}(殴ラ|ナグラ|叩カ|タタカ|蹴ラ|(?<![一-龯ツヅウアズカタスサミ])ケラ|ボコラ|ボコ|シバカ|ドツカ|沈メラレ|シズメラレ|閉メ出|締メ出|シメダサ|(ゴハン|ゴ飯|食事)(ヲ)?.{0,6}(クレナ|モラエナ|与エテクレ|抜カ)(?!イワケ)|食ベサセテ(クレナ|モラエナ)(?!イワケ)|タタク|叩ク|"
    "押シツケラレ|オシツケラレ|押シ付ケラレ|(タバコ|煙草)(ヲ)?.{0,6}(押シ|オシ))",
    "re:イツモ(傷|キズ|アザ).{0,24}(親|父|母|怒鳴|ドナ|引キズ|ヒキズ)", "re:(親|父|母).{0,8}(引キズッ|ヒキズッ)",
    "re:(オサケ|オ酒|酒).{0,8}(オカアサン|オ母サン|オトウサン|オ父サン|ママ|パパ)ヲ(タタク|叩ク|ナグル|殴ル)",
    *HOME_FEAR,  # round 13 (crisis_signs): kana too
    "re:(夫|妻|旦那|父|母|親|継父|継母|義父|義母|彼氏|パパ|ママ|父親|母親|内縁ノ夫)ガ(子ドモ|子供|コドモ|子|息子|娘|赤チャン|孫)ヲ.{0,6}(殴|ナグ|叩|タタ|蹴|ケッ|ケリ|ツネ|縛)", "re:(叩ク|タタク|殴ル|ナグル)(ノガ|ノヲ)?(ヤメラレ|止メラレ)",
    "re:(子ドモ|子供|コドモ|子|息子|娘|赤チャン)(ヲ|ニ)?.{0,6}(叩イテマウ|タタイテマウ|強ク叩イ|強クタタイ|手ガ出テ|手ヲ出シテ|投ゲツケテ|ナゲツケテ|口ヲフサギ|口ヲ塞ギ)",
    "re:(強ク叩イテシマ|強クタタイテシマ|口ヲフサギタク|口ヲ塞ギタク|布団ニ投ゲツケ)",
    "re:(子ドモ|子供|コドモ|子|息子|娘|赤チャン).{0,20}病院ニ(連レテ|ツレテ)(行カセテ|イカセテ)(クレ|モラエ)ナイ",
    "虐待されて", "虐待されてる", "虐待されている",
    "虐待してしまう", "虐待してしまい", "叩いてしまう", "たたいてしまう", "叩いちゃった", "手をあげちゃう",
    "kid next door", "beats him with", "beats her with", "hurt my baby", "lastimar a mi bebé", "le pegué",
    "孩子经常被打", "孩子被打", "đánh con", "bạo hành trẻ", "may mga pasa", "hindi siya pinapakain",
    "아이를 때", "re:ANAKTETANGGA.{0,24}(DIPUKUL|DISIKSA|DITAMPAR|MENJERIT|MENANGISKERAS|LUKA|MEMAR)", "re:बच्चालाई.{0,16}(कुट|पिट|हिर्का)", "कुट्छन्",
    # a parent who cannot stop hurting a child, in other languages
    "re:ANAK.{0,40}(SAMPALIN|SAKTAN|PALUIN|BUGBUGIN)", "re:MAPIGILAN.{0,12}(SAMPAL|SAKTAN|PALUIN|BUGBUG)",
    "re:(CAN'?T|CANNOT)STOP(HITTING|HURTING|BEATING)(MY)?(KID|CHILD|SON|DAUGHTER|BABY)",
    "re:(NÃOCONSIGO|NOPUEDO)(PARAR|PARO|DEJAR)DE(BATER|PEGAR|PEGARLE)",
    # a child telling of a parent's violence, in other languages (folded: no spaces, upper case)
    "re:(MEU|MINHA|MI)(PAI|MÃE|MAE|PADRASTO|MADRASTA|PAPÁ|PAPA|MAMÁ|MAMA|PADRE|MADRE|PADRASTRO)(SEMPRE|SIEMPRE)?"
    "(ME|MEBATE|TEME)(BAT|ESPANC|PEG|GOLPE|CHUT|PATE)",
    "re:(PAPAI|MAMÃE|MAMAE|PAPI|MAMI|PAPITO|MAMITA)(ME|SEMPREME|SIEMPREME)(BAT|ESPANC|PEG|GOLPE|CHUT|PATE|BELISC|EMPURR|EMPUJ)",
    "re:MY(DAD|MOM|MUM|FATHER|MOTHER|STEPDAD|STEPFATHER|STEPMOM|STEPMOTHER)(ALWAYS|OFTEN|KEEPS)?"
    "(HITS|BEATS|KICKS|SLAPS|PUNCHES|HITTING|BEATING|KICKING|SLAPPING|PUNCHING)ME",
    "re:(爸爸|妈妈|爸|妈|继父|继母|后爸|后妈|父亲|母亲).{0,10}(打我|踢我|揍我)",
    "re:(아빠|엄마|아버지|어머니|새아빠|새엄마).{0,12}(저를|나를|날|저|나).{0,4}(때려|때린|때리|차요|발로)",
    "re:(BỐ|MẸ|BỐDƯỢNG|CHA|MẸKẾ).{0,8}ĐÁNH(EM|CON|TÔI|TAO)",
    "re:(SINASAKTAN|BINUBUGBOG|SINASAMPAL|PINAPALO|SINIPA|SINAMPAL)AKONI(TATAY|NANAY|ITAY|INAY|PAPA|MAMA)",
    "re:(AYAH|IBU|BAPAK|AYAHTIRI|IBUTIRI)(SAYA|KU)?(SERING|SELALU)?(MEMUKUL|MENAMPAR|MENENDANG|MENGHAJAR)(SAYA|AKU)",
    # children left alone at home for days or with no food, in Portuguese, Spanish and English (round 14)
    "re:(FILH|CRIANÇ|CRIANC|BEBÊ|BEBE|NENÉM|NET|SOBRINH|HIJ|NIÑ|BEBÉ|SOBRIN|NIET)[A-ZÇÃÕÉÍÓÚÑ]{0,24}?(SOZINH|SOL)[OA]S?(EMCASA|ENCASA|ENLACASA)"
    ".{0,30}(PORDIAS|PORDÍAS|SEMCOMIDA|SEMCOMER|SINCOMIDA|SINCOMER|DIASINTEIROS|DÍASENTEROS|DIASENTEROS)",
    "re:(KIDS|CHILDREN|BABY|TODDLER|SON|DAUGHTER)[A-Z'’]{0,16}?(HOME)?ALONE.{0,30}(FORDAYS|WITHOUTFOOD|WITHNOFOOD|NOFOOD|FORAWEEK)",
    *CHILD_OWN_WORDS, *SHAKEN,  # rounds 13, 16 (crisis_signs): a small child's own words; a baby shaken
)

_ELDER = (r"(祖母|祖父|オバアチャン|オジイチャン|バアチャン|ジイチャン|婆チャン|爺チャン|オバアサン|オジイサン|"
          r"高齢|老人|年寄|トシヨリ|認知症|介護|施設|ヘルパー|デイサービス|利用者|障害|障ガイ|障碍|寝タキリ|"
          r"老イタ|年老イタ|老親|母ノ年金|父ノ年金|オ年寄)")
_ELDER_HARM = (r"(叩カ|タタカ|殴ラ|ナグラ|蹴ラ|(?<![一-龯ツヅウアズカタスサミ])ケラ|ツネラ|縛ラ|シバラ(?!ク)|縛リ付|暴言|暴力ヲ|怒鳴ラ|ドナラ|"
               r"(口座|コウザ|通帳|年金|貯金)(カラ)?.{0,30}(引キ出サレ|ヒキダサレ|下ロサレ|オロサレ)|"
               r"(年金|通帳|貯金|キャッシュカード|オ金)(ヲ|モ)?.{0,6}(取ラ|トラ|取リ上ゲ|トリアゲ|使イ込|使ワ|ツカワ|盗|ヌス|パク|勝手|渡サ|ワタサ)|"
               r"(持ッテ行ッ|持ッテイッ|モッテイッ|全部使ッ|全部ツカッ|ゼンブツカッ|勝手ニ使|勝手ニツカ).{0,8}(返シテクレ|カエシテクレ|返サナ|カエサナ|ゴ飯|ゴハン|食ベ|タベ)|"
               r"ドツカレ|シバカレ|パクッ|食事ヲ(与エ|モラエ|抜カ)|(ゴ飯|ゴハン|食事|ショクジ|メシ)(ヲ|モ)?(モラッテ(イ)?ナ|モラエテ(イ)?ナ|"
               r"食ベサセテモラエ|食ベサセテモラッテ(イ)?ナ|与エラレテ(イ)?ナ|出シテモラエ|抜カレ|ヌカレ)(?!(ナ)?イ?ワケ)|ゴ飯ヲ(与エ|モラエ|抜カ)|ゴハンヲ(与エ|モラエ|抜カ)|放置サレ|閉ジ込メ|"
               r"オムツ.{0,6}(替エ|カエ)テモラエ|アザダラケ|ガリガリ)")
ELDER_ABUSE = rule(
    f"re:{_ELDER}.{{0,30}}{_ELDER_HARM}", f"re:{_ELDER_HARM}.{{0,20}}{_ELDER}",
    
    "re:(叩イテ|タタイテ|突キ飛バシテ|ツキトバシテ|殴ッテ|ナグッテ|ツカンデ)シマ.{0,30}(次ハ|限界|怖イ|コワイ)",
    "re:(祖母|祖父|母|父|利用者|オバアチャン|オジイチャン|バアチャン|ジイチャン)ニ.{0,3}(早ク死ネ|死ネ)",
    "re:(職員|ヘルパー|介護士|スタッフ|施設ノ人)ガ.{0,12}(ヲ|ニ)(叩|タタ|殴|ナグ|蹴|ケ|ツネ|縛|シバ)",
    "re:(職員|ヘルパー|先輩|介護士)ガ.{0,10}(利用者|入居者|オ年寄|高齢).{0,12}(叩|タタ|ツネ|殴|ナグ|蹴|ケ)",
    "re:(年金|通帳|キャッシュカード|貯金).{0,20}(持ッテ行ッ|持ッテイッ|モッテイッ|取リ上ゲ|トリアゲ).{0,16}(返シテクレナ|カエシテクレナ|返サナ|滞納)",
    "re:(年金|ネンキン|通帳|ツウチョウ)(ヲ|モ)?.{0,6}(取ラレ|トラレ|使イ込|ツカイコ|盗ラレ|ヌスマレ|パクラレ|取リ上ゲラレ|トリアゲラレ)",
    "re:(年寄リ|トシヨリ|老人)ハ.{0,10}(迷惑|メイワク|邪魔|ジャマ|早ク死|ハヤクシ)",
    "slapping my father", "slapping my mother", "takes her pension", "takes his pension",
)

SEXUAL_ABUSE = rule(
    "性的暴行", "re:性的ナ(暴行|暴力)(ヲ|ニ)?(受ケ|サレ|アッ|遭ッ)", "レイプ", "強姦", "痴漢され", "ちかんされ", "痴漢にあ", "盗撮され",
    "re:無理ヤリ(サレ|ヤラ|シ|触|ホテル|キス)", "re:ムリヤリ(サレ|ヤラ|シ|サワ)", "re:(体|カラダ|胸|ムネ|オ尻|尻|シリ|下半身)(ヲ|ヤ|モ)?.{0,6}(触ラ|サワラ|触ッテクル|サワッテクル)", "re:(体|カラダ)(ヘノ|ヘ)接触",
    "re:(嫌|イヤ)ダ(ッテ|ト).{0,16}(ヤメテクレナ|止メテクレナ|ヤメテモラエナ)", "re:(性的ナ誘イ|関係ヲ迫ラ|関係ヲ強要)",
    "re:性的ナ(コト|写真|画像|動画)", "re:(裸|ハダカ)ノ(写真|画像|動画)", "ワイセツ", "わいせつ", "re:襲ワレ(タ|マシタ)",
    "re:(意識|記憶)ガ(ナイ|無イ)間ニ", "re:(記憶|キオク)ガ(ナク|ナイ|無ク|飛ン|トン).{0,30}(服|フク)ガ(乱|ミダ|脱ガ|ヌガ)",
    "đòi ngủ với", "ép ngủ với", "bắt ngủ với", "ép quan hệ", "forced me to sleep with", "wants to sleep with me or","re:同意(ナク|シテナイ|シテイナイ)",
    "sexually assaulted", "re:(?<![CGT])(?<!PA)RAPED", "re:(?<![A-Z])RAPE(?![A-Z])", "molested", "groped",
    "estuprada", "estuprado", "violada", "violación", "acoso sexual",
    "性侵", "强奸", "强暴", "猥亵", "性骚扰", "sờ soạng", "hiếp dâm", "xâm hại tình dục", "quấy rối tình dục",
    "ginahasa", "minolestiya", "hinipuan", "성폭행", "성추행", "dilecehkan", "diperkosa", 
    "बलात्कार", "यौन दुर्व्यवहार", "यौन शोषण", "re:जबरजस्ती.{0,12}(छु|छो|सुत|करणी|चुम्ब|अँगाल)", "jabarjasti chhun",
    "re:(FORCIBLY|(BOSS|MANAGER|SUPERVISOR|TEACHER|COACH|UNCLE|STEPDAD|STEPFATHER|COWORKER|COLLEAGUE|LANDLORD|EMPLOYER)KEEPS)TOUCH(ING|ES|ED)?(ME(?!SSAGE)|MY(BODY|CHEST|BREAST|BUTT|BOTTOM|BACKSIDE|THIGH|LEG|HIP|WAIST|PRIVATE|CROTCH|SKIRT))", "re:TOUCH(ES|ING|ED)ME.{0,20}(AGAINSTMYWILL|WITHOUTMYCONSENT|BYFORCE)",
    "re:(ME|MI)TOCA(A|ÀS?|POR)?(FORÇA|LAFUERZA|ASFORÇAS)", "sờ mó", "hinihipuan ako", "meraba-raba saya", "meraba saya",
)

VIOLENCE = rule(
    # folded, ストーカー is ストカ (ー is dropped), which sits inside リストカット (round 13)
    "re:(?<!リ)ストカ(?!ット)", "つきまとわれ", "付きまとわれ", "つきまとい", "待ち伏せ", "跡をつけられ", "後をつけられ",
    "あとをつけられ", "脅されて", "おどされて", "殺すぞ", "殺すって言われ", "殺すと言われ", "殺される", "ころされる",
    "殺されそう",
    "re:(知ラナイ|シラナイ|変ナ|ヘンナ|不審ナ|見知ラヌ)(人|男|ヒト|オトコ|奴|ヤツ|女).{0,6}(追ワレ|オワレ|ツケラレ|付ケラレ|追イカケラレ|オイカケラレ)",
    "re:(誰カ|ダレカ|知ラナイ人|知ラナイ男|シラナイヒト|男|泥棒|ドロボウ)ガ(家|イエ|部屋|ヘヤ|ウチ)ニ(入ッテ|ハイッテ)(キタ|キテ|キテル|イル|キマシタ)",
    "re:(今|イマ|サッキ)(刺|サ)サレ", "re:(助ケテ|タスケテ).{0,6}(刺|サ)サレ(タ|マシタ)",
    "re:(無理ヤリ|ムリヤリ|強引ニ).{0,6}(車|クルマ)ニ(乗セラレ|ノセラレ|押シ込|オシコ)",
    *ABDUCTION, *FOLLOWED_NOW, *HIT_ME,  # rounds 11, 16 (crisis_signs)
    *HIT_BY_BOSS,  # round 14 (crisis_signs): at work, at school, the landlord, in other languages
    # what a neighbour hears: a scream and a plea, or blows, through the wall (the police first)
    "re:(隣|トナリ|上ノ階|下ノ階|外|ソト)(ノ部屋|ノ家)?カラ.{0,12}(悲鳴|叫ビ声|サケビゴエ).{0,30}(ヤメテ|助ケテ|タスケテ|叩キツケ|殴|ナグ)",
    "re:(ナイフ|刃物|包丁|凶器|バット|銃|拳銃)(ヲ)?(持ッタ|モッタ)(男|女|人|ヒト|ヤツ|奴)", "re:(ナイフ|刃物|包丁|凶器|銃)ノ(男|女|人|ヤツ)",
    "re:(ナイフ|刃物|包丁|凶器|バット)(ヲ)?(振リ回|フリマワ|突キツケ|ツキツケ|向ケラレ|ムケラレ|(向|ム)ケテ(ク|キ)|持ッテ暴レ|モッテアバレ)",
    "re:(男|女|オトコ|オンナ|ヤツ|奴|隣人|不審者|息子|兄|弟|夫|オット|妻|ツマ|彼氏|カレシ|旦那|ダンナ)ガ.{0,6}(ナイフ|刃物|包丁|凶器)(ヲ)?(持ッ|モッ|振|フ)", "殴られた", "なぐられた",
    "殴られる", "暴力をふるわれ", "暴力を振るわれ", "暴力を受け", "刺されそう", "襲われそう",
    "re:(殴ッテヤル|殺シテヤル|ブッ殺|ブッコロ)", "re:(コロス|殺ス)(ト|ッテ)(イワ|言ワ)", "re:(?<!犬ガ)(?<!猫ガ)(?<!イヌガ)(?<!ネコガ)(ズット|ズーット).{0,4}(ツイテ|ツケテ|付イテ)クル",
    "re:(見張ッテ|ミハッテ)(テ|イ|ル)", "追いかけられ", "re:(刺ス|サス|殺ス|コロス)(ト|ッテ)(書|カ|言|イ)", "re:(家|住所)(ハ|ヲ)(知ッテ|シッテ)",
    "ただじゃおかない", "re:玄関ヲ(蹴|ケ)",
    "re:(VAI|VÃO|VAO|QUER|AMEAÇOU|AMEACOU|TENTOU)MEMATAR", "re:(VAA|QUIERE|AMENAZÓCON|AMENAZOCON|INTENTÓ|INTENTO)MATARME",
    "re:MEVA(A|N)MATAR",  # a threat to kill me in pt / es, not a wish to die (round 13)
    "been following me", "is following me", "stalker", "stalking me", "threatening me", "threatened to kill",
    "with a knife", "has a gun", "hombre armado", "me está siguiendo", "me amenaza",
    "跟踪我", "威胁我", "要杀我", "拿着刀", "theo dõi em", "đe dọa giết", "cầm dao",
    "may hawak na kutsilyo", "sinusundan ako", "papatayin", "스토킹", "따라다녀", "죽이겠다", "칼을 들",
    "menguntit", "mengancam", "membunuh saya", "membawa pisau", "मार्छु", "धम्की",
)

# Round 11: final arrangements and a means got ready, read over the whole message (crisis.detect); each alone is
# everyday, together they are a plan (crisis_signs).
FINAL_ACTS = rule(*FINAL_ACT_PATTERNS)
MEANS_READY = rule(*MEANS_READY_PATTERNS)

# Signs a neighbour notices, not harm seen: a concern (the FAQ answer on 近所の子どもが心配 lists 189 and #7171).
NEGLECT_SIGNS = rule(
    "re:(子ドモ|子供|コドモ|子|小学生|中学生|児童).{0,20}同ジ服.{0,24}(食ベテイナイ|食ベテナイ|オ腹ガ空|オナカガスイ|オナカスイ|オ腹スイ)",
)
# A bare plea for help, the whole message (folded, symbols and emoji dropped): it names no danger and no need, so
# it is no crisis, but nobody who writes only 「たすけて」 should get a menu alone (bot.chat.crisis_assess.assess).
# "help" alone is how people ask how the bot works; "help me" / "please help" are pleas.
PLEA = rule(
    "re:(ダレカ|誰カ|オ願イ|オネガイ)?(助ケテ|タスケテ)(クダサイ|下サイ|クレ|ヨ|ヨー|ー|オ願イ|オネガイ|ホシイ)*(ダレカ|誰カ)?",
    "re:(PLEASE|SOMEBODY|SOMEONE|ANYONE)*HELP(ME|US)(PLEASE)*", "re:(PLEASE|SOMEBODY|SOMEONE|ANYONE)+HELP(PLEASE)*",
    "re:HELPPLEASE", "re:CỨU(TÔI|EM|CHÁU|CON|TÔIVỚI|EMVỚI|VỚI)?", "re:SOCORRO", "re:(ME)?(AJUDA|AJUDE)(ME)?(PORFAVOR)?",
    "re:AYÚDAME|AYUDAME|AYUDA(PORFAVOR)?", "re:救救我|救命|帮帮我|帮我", "re:도와주세요|도와줘|살려주세요|살려줘",
    "re:TULUNG|TULONG|TULUNGAN(MO|NINYO)?AKO|TOLONG(SAYA|AKU)?", "re:मद्दतगर्नुहोस्|बचाउनुहोस्|मलाईबचाउनुहोस्",
)  # read with fullmatch: the whole message is the plea
PLEA_NOISE = re.compile(r"[^\w]|_")  # what fold_up keeps that is no letter: emoji, marks
# a child afraid to go home (round 13): a blow told beside it is the home's (crisis.detect)
HOME_FEARED = rule(*HOME_FEAR)


# Asking what something is or where to report it: with no danger, the FAQ answer (which lists the same lines)
# is given, with the caring line on top, rather than the crisis reply.
ASKING = rule("これって", "re:ッテ(何|ナニ)(?!モ|カ|ヒト|度|回|人|時|日|年|歳|才)", "どこまでが",  # not 「怖がって何も言わない」
              # whether something counts as abuse: 「しつけで叩くのは虐待になるの？」, in other languages too
              "re:(虐待|ギャクタイ|DV|モラハラ)(ニ|ト)(ナル|ナリマス|入ル|ハイル|当タ|アタ|イエ|言エ)",
              "算虐待", "算不算", "是不是家暴", "cóbịcoilà", "cóphảilà", "인가요", "countsas", "isitabuse",
              "éconsiderad", "seconsidera", "considerado")

# Asking where to tell: the FAQ answer fits a bare word or what a neighbour saw, but not harm told as what is done to
# the one writing (round 11: 「夫に生活費をもらえず…物を投げられる。どこに相談すれば」 is a report, with a question).
WHERE_TO_TELL = rule("どこに知らせ", "どこに相談", "どこに連絡", "どこへ相談")

# Bare topic words: a resident who writes only 「虐待」 may be in danger, so they count unless the message is
# plainly about policy, learning or where to ask (then the FAQ entry, which lists the same lines, fits better).
TOPIC = {
    "suicide": rule("自殺", "じさつ", "自死", "suicide", "suicidal", "suicidio", "suicídio", "自杀", "re:(?<!혼)자살", "tự tử",
                    "tự sát", "bunuh diri", "आत्महत्या", "magpakamatay"),
    "child_abuse": rule("虐待", "ぎゃくたい", "児童虐待", "虐待儿童", "아동학대", "ネグレクト"),
    "elder_abuse": rule("高齢者虐待", "障害者虐待", "障がい者虐待"),
    "sexual_abuse": rule("性被害", "性暴力", "性的虐待", "sexual assault", "abuso sexual", "성폭력", "pelecehan"),
    "dv": rule("re:(?<![A-Z])DV(?![A-Z])", "でぃーぶい", "家暴", "domestic violence", "violencia doméstica",
               "bạo lực gia đình", "kdrt", "kekerasan dalam rumah tangga", "가정폭력"),
}
INFORMATIONAL = rule(
    "予防", "防止", "対策", "研修", "講座", "計画", "啓発", "施策", "取組", "取り組み", "統計", "ボランティア",
    "勉強", "学び", "講演", "授業", "キャンペーン", "レポート", "論文", "ドラマ", "映画", "小説", "ニュース", "漫画",
    "相談でき", "相談先", "相談窓口", "窓口", "教えて", "知りたい", "どこまで", "とは", "これって", "って何",
    "とき", "場合", "できますか", "連絡先", "避難", "防災", "備え", "ゲーム", "セミナー", "パンフ", "ポスター",
    "なくす", "無くす", "ゲートキーパー", "卒論", "発表", "運動", "早期発見", "事業", "調べて", "概要",
    "遺族", "亡くし", "教えたい", "ドキュメンタリー", "documentary", "documental", "documentário", "workshop",
    "what counts", "纪录片", "事件", "報道", "テレビで", "新聞で", "the news", "on the news",  # round 13: a case seen
    # round 8: where the line is, what the duty is, how many: 「しつけと虐待の線引き」「通報義務って」 (a question
    # about the thing, not a report of it); 「しらべてる」 typed in kana
    "線引き", "境目", "境界線", "違い", "区別", "義務", "件数", "しらべて", "宿題", "しゅくだい", "仕組み",
    "一般的な", "一般論", "通報", "つうほう", "おしえて", "しりたい", "ばあい", "そうだんさき", "まどぐち",  # (kana: r16)
    "prevention", "training", "volunteer", "awareness", "statistics", "course", "seminar", "research",
    "预防", "防止", "讲座", "培训", "志愿", "统计", "예방", "교육", "강좌", "prevención", "cursos", "voluntari",
    "prevenção", "palestra", "phòng chống", "tập huấn", "pencegahan", "pelatihan", "pag-iwas", "रोकथाम", "तालिम",
)

# Learning and fiction: a sentence about a training course or a film quotes crisis words without being one.
# Homework and reports, read over the whole message: 「DVって…本当ですか？ 大学のレポートで書きます」 puts the bare
# topic word in one sentence and the reason in the next. Only a bare topic word yields to it (crisis.detect); a
# sentence that tells of harm (「宿題をしないと父に殴られる」) is read as it is.
_CLASSWORK = ("授業", "論文", "卒論")  # homework (STUDY) and a lesson (LEARNING) alike
_STORIES = ("ドラマ", "映画", "小説", "漫画", "主人公", "电视剧", "movie", "novel")  # FICTION and LEARNING alike
STUDY = rule("レポート", "宿題", "しゅくだい", "自由研究", *_CLASSWORK, "講義", "課題で", "ゼミ",
             "homework", "assignment", "essay", "for school", "for a class", "作业", "论文", "숙제", "과제")
# Round 9: a film, a drama or a book, read over the whole message as homework is: 「映画で夫が妻を殴るシーンが
# あって…。DVの問題って深いね」 names the topic in the sentence after the scene. Only a bare topic word yields to it.
FICTION = rule(*_STORIES, "アニメ", "マンガ", "シーン", "最終回", "电影", "드라마", "영화", "film", "tv show")

LEARNING = rule("研修", "講座", "勉強会", "セミナー", "講演", "講習", "救命訓練", "first aid", "first-aid", "cpr class", *_CLASSWORK, *_STORIES, "歌詞", "ゲートキーパー",
                "training", "course", "lecture", "seminar", "培训", "讲座",
                # round 9: a story's own words (「復讐劇で、毎話だれか刺される」「电视剧里主角跳楼了」)
                "毎話", "劇中", "復讐劇", "主角", "电影里")

# Round 10: a story named in order to deny it (「ドラマの話じゃなくて、さっき…飲んだ」, "this is not a movie") is no
# story: removed before LEARNING and FICTION look, so the rest of the sentence is read as it is.
_STORY = r"(ドラマ|映画|アニメ|漫画|マンガ|小説|フィクション|作リ話|ツクリバナシ|ゲーム|宿題|レポート)"
DENIED_FICTION = rule(
    rf"re:{_STORY}(ノ(中ノ)?(話|ハナシ|コト|セリフ|台詞))?(ジャ|デハ|デワ|ヂャ)(ナ|ア|ネ)",
    r"re:(NOT|ISNT|AINT|WASNT).{0,16}?(MOVIE|FILM|DRAMA|NOVEL|TVSHOW|STORY|MANGA|ANIME|SCENE)",
    r"re:(不是|并不是|不是在说)(电视剧|电影|小说|动画|漫画|游戏)", r"re:(드라마|영화|소설|만화|게임)(얘기|이야기)?(가|이)?아니",
    r"re:N[AÃ]O[EÉ](UM|UMA|DE|O|A)?(FILME|NOVELA|SERIE|SÉRIE|LIVRO|JOGO)",
)

# Ordinary idioms built from alarming words: removed before the rules look, so 「死ぬほど眠い」 or
# 「笑い死ぬ」 never reach the 死ぬ rules. Only whole idioms, never a bare word.
IDIOMS = rule(
    # a warning someone else gave, quoted: 「このままだと死にますよ」って言われた (the doctor's "you will die", not a wish)
    "re:(死|シ)(ニマスヨ|ヌヨ|ヌゾ|ンジャウヨ|ンジャイマスヨ)(ッテ|ト)(言ワレ|イワレ|脅サレ|オドサレ|注意サレ|怒ラレ|叱ラレ)",
    "死に体", "死ぬほど", "死ぬかと思った", "死ぬまでに", "死ぬ前に一度", "笑い死", "笑死", "尊死", "萌え死", "しんだw",
    "死んだw", "充電死", "充電しんだ", "充電が死", "電池死", "死亡届", "死亡診断", "死亡保険", "死亡した場合", "死語",
    "死角", "必死", "死守", "瀕死w", "殺虫", "殺菌", "殺風景", "悩殺", "相殺", "忙殺", "暴力団", "暴力追放",
    "飛び込み営業", "飛び込み台", "飛び込みで", "飛び込み参加", "首が痛", "首を寝違", "首がこ", "首こり", "手首が痛",
    "手首を痛", "自殺対策", "自殺予防", "虐待防止", "DVD", "終活", "遺言書", "killer spray", "bug killer",
    "killing it", "could kill for", "dying to", "die laughing", "dead tired", "drop dead gorgeous",
    # hyperbole 「宿題多すぎて死ぬ」「尊すぎて死んだ」: too much of something, not a wish
    "re:スギテ(死|シ)(ヌ|ンダ)(?!.{0,3}(タイ|ツモリ))",
    # a needle or an insect, not a knife: 「献血で針を刺される」「蜂に刺された」
    "針を刺さ", "針が刺さ", "蚊に刺さ", "蜂に刺さ", "虫に刺さ",
    # asking whether a dose is all right is a question, not an overdose: 「まとめて飲んでいいですか」
    "飲んでいいですか", "飲んでもいい", "飲んでも大丈夫", "飲んで大丈夫", "のんでいいですか", "のんでもいい",
    # a simile for a sound, not an act: 「猫が殺されるみたいな声で鳴く」 (not 「死んだような顔」: someone may be lying there)
    "re:(殺|コロ)[^、。]{0,5}(ミタイ|ヨウ)ナ(声|音|悲鳴|叫ビ)",
    # a report that someone did NOT say it: 「死にたいとは言っていませんが」
    "re:(死ニタイ|シニタイ|消エタイ)(トカ|ナンテ|ト)ハ?(言ッテ|イッテ|言ワ|イワ)(イ)?(ナイ|マセン|ナカッタ|ナイ)",
    # a word someone says out of habit, quoted: 「『死ね』が口癖の兄」 (round 7; what he does is still read:
    # 「『殺すぞ』が口癖の夫に殴られる」 keeps its DV rule)
    "re:(殺|コロ|死|シ)[^。！？!?]{0,8}(口癖|口グセ)",
    # children's fighting games: 「戦いごっこで『ころすぞー』」
    "re:(戦イ|タタカイ|ヒーロー|忍者|ニンジャ|戦隊|センタイ)ゴッコ",
    # said laughing: 「親に殺される（笑）」「課題終わらなくて死ぬｗ」 (never a wish: 死にたい(笑) stays a crisis)
    "re:(殺|コロ)サレ(ル|チャウ|ソウ|タ|ルワ|ルカモ|テ)?(笑|ワラ|W|草|🤣|😂)", "re:(死|シ)(ヌ|ンダ|ニソウ)(笑|ワラ|W|草|🤣|😂)",
    "re:(殺|コロ)(ス|シテヤル)ゾ?ー*(笑|ワラ|W|草|🤣|😂)",
    # ... and told as a laugh shared: 「会社に殺されるーって同僚と笑ってた」 (round 9)
    "re:(殺|コロ)サレ(ル|チャウ|ソウ)ー*ッテ[^。！？!?]{0,12}(笑ッ|ワラッ)",
    # what happens in a game or a bout: 「ゲームで殺されまくった」「空手の試合で殴られて鼻血」
    "re:ゲー?ム(デ|ノ中デ|ノナカデ|内デ|ノ)?.{0,10}(殺サレ|コロサレ|死ン|シン)",
    *TOLD_IN_PLAY,  # round 13 (crisis_signs): games, a fright's degree, shame, joke threats, first-aid questions
    "re:(試合|練習|稽古|スパー?リング|部活|組手)(デ|中ニ|ノ時ニ).{0,6}(殴ラ|ナグラ|蹴ラ|ケラ|投ゲラ|ナゲラ)", "re:CUTMYSELF(SHAVING|COOKING|ONA|WHILE|BY)",
    # a hyperbole of tiredness, heat or hunger in vi / id: "mệt muốn chết", "capek banget sampai mau mati"
    "re:(MỆT|ĐÓI|NÓNG|LẠNH|BUỒNNGỦ|CHÁN)(MUỐN|GẦN)CHẾT",
    # ... and in Tagalog ("Ang init, mamamatay na ako"), and a threat said laughing ("papatayin ako ng boss ko
    # pag late ako haha"): a laugh right after it, as 「殺される（笑）」 above
    "re:(INIT|GUTOM|PAGOD|ANTOK|LAMIG)(NA)?(AKO|KO)?(PARANG)?MAMAMATAY",
    # a crisis told as past and over: 「昔、自殺を考えた時期もあったけど今はすっかり元気」 (what follows is read)
    "re:(昔|ムカシ|以前|若イ頃|学生ノ頃|学生時代|何年モ前|10代ノ頃|十代ノ頃)[^。！？!?]{0,24}(ケド|ケレド|ガ|モノノ)"
    "(今ハ|イマハ)(スッカリ|モウ|スッカリモウ)?(元気|ゲンキ|大丈夫|ダイジョウブ|落チ着|オチツ|立チ直)",
    "re:(PAPATAYIN|MAMAMATAY|GONNAKILLME|GOINGTOKILLME|WILLKILLME|VAIMEMATAR|MEVAAMATAR|MEMATA)"
    "[^。！？!?]{0,60}(HAHA|JAJA|LOL|LMAO|KKKK|RSRS|WKWK|😂|🤣)",
    "re:(CAPEK|CAPE|PANAS|DINGIN|LAPAR|NGANTUK|GERAH).{0,30}(SAMPAI|SAMPE|RASANYA|KAYAK|BANGET)(MAU|PENGEN)MATI",
    # asking whether two doses at once are all right is a question, not an overdose
    "re:(飲ン|ノン)デ(モ)?(イイ|ヘイキ|平気|大丈夫)(ノ|カナ|デスカ|デショウカ|カ)?$",
)

# Who harms whom, in any language (over the prepared text, lower case): a CHILD telling of a parent's violence is
# child abuse (189 first), not DV, even where the words are the ones a partner's violence uses (「就打我」, 저를 때려).
PARENT_NAMED = re.compile(
    r"\b(?:dad|daddy|mom|mommy|mum|father|mother|stepdad|stepfather|stepmom|stepmother|pai|mãe|mae|padrasto|"
    r"madrasta|papá|mamá|padre|madre|tatay|nanay|itay|inay|bố|mẹ|bố dượng|ayah|ibu|bapak)\b|"
    r"爸爸|妈妈|父亲|母亲|继父|继母|后爸|后妈|아빠|엄마|아버지|어머니|새아빠|새엄마|बुबा|आमा|"
    r"お父さん|お母さん|おとうさん|おかあさん|父さん|母さん|パパ|ママ|父親|母親|継父|継母|義父|義母|親父|おやじ|おふくろ|"
    r"(?<![両母父])親(?:に|から)|おやに",  # 「家に帰ると親に殴られる」 (round 16)
    re.IGNORECASE)
PARTNER_NAMED = re.compile(
    r"\b(?:husband|wife|boyfriend|girlfriend|partner|spouse|ex|marido|esposo|esposa|namorado|namorada|companheiro|"
    r"companheira|novio|novia|pareja|asawa|nobyo|kasintahan|chồng|vợ|bạn trai|suami|istri|pacar)\b|"
    r"老公|丈夫|男朋友|女朋友|妻子|老婆|남편|남자친구|여자친구|아내|श्रीमान|लोग्ने|श्रीमती|"
    r"(?<!丈)夫(?!婦)|妻|旦那|主人(?!公)|亭主|嫁|彼氏|彼女|恋人|パートナー|配偶者|元彼|同居人|内縁",
    re.IGNORECASE)
_FATHERS = re.compile(r"\b(?:dad|daddy|father|stepdad|stepfather|pai|padrasto|papá|padre|tatay|itay|bố|ayah|bapak)\b|"
                      r"爸爸|父亲|继父|后爸|아빠|아버지|새아빠|बुबा|父|パパ|おとうさん|親父|おやじ", re.IGNORECASE)
_MOTHERS = re.compile(r"\b(?:mom|mommy|mum|mother|stepmom|stepmother|mãe|mae|madrasta|mamá|madre|nanay|inay|mẹ|ibu)\b|"
                      r"妈妈|母亲|继母|后妈|엄마|어머니|새엄마|आमा|母|ママ|おかあさん|おふくろ", re.IGNORECASE)
# A parent's partner (「お母さんの彼氏」「母の再婚相手」) who harms: the one harmed is the child (189), not a partner.
PARENTS_PARTNER = re.compile(
    r"(お母さん|おかあさん|母さん|母親|母|ママ|お父さん|おとうさん|父親|父|パパ)の(彼氏|彼女|恋人|再婚相手|交際相手|内縁の夫|内縁の妻)|"
    r"(新しい|あたらしい)\s*(お父さん|おとうさん|父さん|とうさん|パパ|お母さん|おかあさん|母さん|かあさん|ママ)|継父|継母|"
    r"\b(?:mom's|mum's|mother's|dad's|father's) (?:new )?(?:boyfriend|girlfriend|partner|husband|wife)\b|"
    r"\bstep(?:dad|father|mom|mother)\b|namorado da minha mãe|padrasto|madrasta|padrastro|"
    r"novio de mi (?:mamá|madre)|妈妈的男朋友|엄마 남자친구|엄마의 남자친구|bạn trai của mẹ|pacar ibu", re.IGNORECASE)
# An elder or a disabled person named in another language: then the parent is the one harmed, not the speaker.
ELDERS_NAMED = re.compile(r"\b(?:grandma|grandpa|grandmother|grandfather|pension|care home|nursing home|disabled|lola|lolo|"
                          r"avó|avô|aposentadoria|abuela|abuelo|pensión|bà|ông|lương hưu|nenek|kakek|pensiun)\b|"
                          r"奶奶|爷爷|外婆|外公|养老金|退休金|할머니|할아버지|연금|हजुरआमा|हजुरबुबा|年金|認知症|介護",
                          re.IGNORECASE)
# The one speaking is the one harmed: a first-person object or a child's own word for itself.
SELF_HARMED = re.compile(
    r"\b(?:me|i'm|i am|em|ako|saya|aku)\b|我|저를|나를|저한테|나한테|저를|ぼく|僕|わたし|あたし|おれ|俺|うち",
    re.IGNORECASE)


def child_of_parent(prepared: str) -> bool:
    """A parent named as the one who acts (one parent, not both: 「父が母を殴る」 is the parents' DV), and no
    partner named."""
    return (bool(PARENT_NAMED.search(prepared)) and not PARTNER_NAMED.search(prepared)
            and not (_FATHERS.search(prepared) and _MOTHERS.search(prepared)))
