"""Round 13: a partner's violence told as over, or as something that happened once and not now.

「元夫に何年も殴られてきました。離婚して今は安全ですが、誰かに話したい」, 「夫に殴られたことがあります。どこに相談すれば」,
"My ex used to hit me…": a DV disclosure with no danger now. The crisis reply stays (the DV lines, よりそい), but it
leads with DV相談＋ and the DV窓口 (#8008), not 110: the rules used to read 殴られた / 暴力を受け as violence (police
first) and a bare "now" word (「今は別れて」, agora, 现在) or a past strangling as danger now.

`told_as_past` holds when the message marks the violence as past (an ex-partner, a divorce or separation, 〜ことが
ある, 昔 / 以前, "used to", a past tense of habit: batia, pegaba) and says nothing of danger now (the partner near or
coming, a threat, a weapon, harm going on, a plea: `_STILL`). Patterns are over the folded text (NFKC, katakana,
no spaces or punctuation, upper case), as in crisis_rules.
"""

from __future__ import annotations

from bot.chat.crisis_fold import rule

_PAST = rule(
    # an ex-partner, a divorce or a separation
    r"re:(前ノ|元|モト)(夫|妻|旦那|ダンナ|主人|彼氏|カレシ|彼|カレ|パトナ|配偶者|嫁)", "元カレ", "元カノ", "元彼",
    r"re:(離婚|リコン)(シ(タ|テ|マシタ)|ガ成立|後|済ミ|調停中)", r"re:(別レ|ワカレ)(タ(?!イ|ク|ラ)|テ(イ|カラ|ル|マス)|マシタ)",
    r"re:(別居|ベッキョ)(シ(タ|テ|マシタ)|中)", r"re:(家|イエ|実家)ヲ出(タ|テ(キ|イ)|マシタ)", "シェルター",
    # told as once, or as long ago
    r"re:(レ|サ)タコトガ(ア|有)(ル|リ|ッタ)", "昔", "ムカシ", "以前", "イゼン", "過去ニ", "カコニ", r"re:(若イ|結婚シテ(イ)?タ|付キ合ッテ(イ)?タ|ツキアッテ(イ)?タ)(頃|コロ|時|トキ)",
    r"re:(\d+|何|数)年(前|マエ)", "去年マデ", "キョネンマデ", "当時", "トウジ",
    r"re:(今ハ|イマハ)(安全|別|ベツ|離レ|ハナレ|一緒ニ住ンデ|イッショニスンデ|実家|ジッカ|一人|ヒトリ|落チ着|オチツ|平和|大丈夫)",
    "used to", "my ex", "ex-husband", "exhusband", "ex-boyfriend", "exboyfriend", "ex-partner", "ex-wife", "divorced",
    "separated", "years ago", "in the past", "back then", "when i was married", "i left him", "i left her",
    "ex-marido", "exmarido", "ex-namorado", "ex-companheiro", "me batia", "separada", "separado", "divorciad",
    "anos atrás", "ex esposo", "exesposo", "ex pareja", "expareja", "exnovio", "me pegaba", "hace años",
    "前夫", "前男友", "前妻", "以前", "曾经", "离婚", "分手", "过去", "chồng cũ", "người yêu cũ", "trước đây", "ly hôn",
    "ly dị", "dating asawa", "hiwalay na", "naghiwalay", "전남편", "전 남편", "예전에", "이혼했", "헤어졌", "mantan suami",
    "bercerai",
)

# Danger now, whatever else the message says: the partner near or coming back, a threat, a weapon, harm going on.
_STILL = rule(
    r"re:(今モ|イマモ|マダ|今日モ|キョウモ|毎日|マイニチ|毎晩|マイバン|時々|トキドキ|最近モ|サイキンモ).{0,8}(殴|ナグ|叩|タタ|蹴|ケラ|ケッ|"
    r"暴力|ボウリョク|続|ツヅ|来ル|来マス|クル|キマス|連絡|レンラク|家ノ前|イエノマエ)",
    # harm going on, told in the present: 殴られています, 叩かれる (not 殴られていました, 殴られたことがある)
    r"re:(殴ラ|ナグラ|叩カ|タタカ|蹴ラ|ケラ|暴力ヲ(振|フ)ルワ|怒鳴ラ|ドナラ)レ(ル|マス(?!シ)|テ(イ)?(ル|マス(?!シ)))",
    r"re:暴力ヲ(受|ウ)ケテ(イ)?(ル|マス(?!シ))",
    r"re:(家|イエ|部屋|ヘヤ|玄関|ゲンカン|アパト|マンション|職場|ショクバ|会社|カイシャ)ノ(前|マエ|外|ソト|近ク|チカク)",
    r"re:(来|キ)テ(ル|イル|イマス|マス)", "インターホン", "チャイム", "近ヅクナ", "チカヅクナ", "接近禁止", "保護命令", "待チ伏セ", "マチブセ", "ツキマト", "付キマト",
    "押シカケ", "オシカケ", "追イカケ", "オイカケ", "追ッテ", "オッテ", "ツイテク", "付イテク", "逃ゲテ", "ニゲテ", "居場所", "イバショ", r"re:(見ツカ|ミツカ)(ッ|リ|ル)", r"re:(殺|コロ)(ス|サレ|サレル)", "包丁", "刃物", "ナイフ",
    "助ケテ", "タスケテ", "サッキ", "タッタ今", "今夜", "コンヤ", "今日", "キョウ", r"re:(?<![一-龯])(今|イマ)(殴|ナグ|叩|タタ|蹴|ケ|来|キ|外|ソト|家|イエ)",
    "right now", "just now", "still hits", "still beats", "outside my", "is here", "came back", "coming back",
    "found me", "follow", "chasing", "kill", "knife", "tonight", "today", "help me", "agora mesmo", "me ameaç", "está aqui", "ahora mismo",
    "me amenaza", "现在还", "刚才", "正在", "找到我", "杀", "đang", "vừa", "giết", "지금", "죽이", "ngayon", "papatayin",
)


def told_as_past(folded: str) -> bool:
    """A partner's violence told as over or as once, with no sign of danger now."""
    return bool(_PAST.search(folded)) and not _STILL.search(folded)


# What a partner's violence is called in the violence rules (crisis_rules.VIOLENCE reads it as the police's first):
# told as past, it is the DV reply's, unless something else in the message is violence (a weapon, a stalker).
PARTNER_HARM_WORDS = rule("殴られた", "なぐられた", "殴られる", "暴力をふるわれ", "暴力を振るわれ", "暴力を受け")


# Old self-harm scars, told as over (「昔のリストカットの跡が気になって…今はもうしていません。跡の治療は」): the caring
# line on top of the answer, not the crisis reply, unless cutting or a wish to die is told as now.
_SCARS = rule("跡", "痕", "キズアト", "傷アト", "re:(リストカット|リスカ|キズ|傷)ノアト(ガ|ヲ|ハ|モ)")  # (in kana: r16)
_SCARS_OVER = rule(r"re:(今ハ|イマハ)(モウ)?(シテ(イ)?ナイ|シテイマセン|シテマセン|ヤメ|ヤッテ(イ)?ナイ|ヤッテマセン)",
                   "no longer", "don't anymore", "stopped years", "years ago")
_SELF_HARM_NOW = rule(r"re:(今|イマ)(モ|デモ)?.{0,4}(切|キ)(ッ|リ|ル)", "サッキ", "血ガ", "死ニタイ", "シニタイ", "消エタイ",
                      "キエタイ", r"re:(マタ|又)(切|キ)(リタ|ッテシマ|ッチャ)", "ヤメラレナイ", "止メラレナイ")


def scars_told_as_past(folded: str) -> bool:
    """Old self-harm scars, told as over, with nothing of harm now."""
    return bool(_SCARS.search(folded) and _SCARS_OVER.search(folded)) and not _SELF_HARM_NOW.search(folded)
