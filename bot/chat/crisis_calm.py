"""Round 13: everyday contexts told calmly, which the head reads as crises (its false crises on the blind writers
train8 and train9, read out of fold, by class; no text of theirs is here).

`told_calmly` (used by crisis_everyday.everyday_beside, so only where no sign of real harm or fear is told): a
quarrel told as made up, an incident seen on the news, a death remembered at a memorial or with a photo or an
everyday act, a carer worn out asking for a service, a wish that the world would end before Monday or a meeting,
shame about a messy room told with the clean-up, a small child's play with a parent told happily; round 15: a
young carer's or a family carer's everyday; round 17: a kindness done for the writer, loneliness told and
nothing darker.

`over_and_fine`: a dark time told as over and fine now (「人生終わったと思ったけど、無事…」, "I thought my life was
over, but now…"); `a_scene_watched`: harm told as a scene in a film or the news; `a_dream_told` (round 17): harm
told as what happened in a dream. These name the dark words themselves, so each has its own, narrower list of what
would make it a crisis still (crisis_everyday reads them before its alarm words; crisis_assess also lets
over_and_fine turn a rules hit on a wish to die into a concern, and a_dream_told any rules hit).

Each is a caring line at most (crisis_assess turns the head's crisis into a concern), never nothing. Patterns are
over the folded text (NFKC, katakana, no spaces or punctuation, upper case), as in crisis_rules.
"""

from __future__ import annotations

from bot.chat.crisis_fold import rule

_QUARREL = rule("喧嘩", "ケンカ", "ゲンカ", "口論", "取リ合", "トリア", "叩キ合", "タタキア", "言イ合", "イイア", "吵架", "cãi nhau",
                "nag-away", "싸웠", "brigamos", "discutimos", "peleamos", "argued", "had a fight", "had an argument",
                "bertengkar")
_MADE_UP = rule("仲直リ", "ナカナオリ", "和好", "làm hòa", "làm lành", "nagkabati", "nagbati", "화해", "fizemos as pazes",
                "hicimos las paces", "we made up", "made up now", "baikan", "nói chuyện lại rồi")
_NEWS = rule("ニュース", "報道", "ホウドウ", "新闻", "新聞", "the news", "on the news", "notícia", "noticia", "tin tức",
             "balita", "뉴스", "berita")
_MEMORIAL = rule(r"re:(写真|シャシン|遺影|イエイ|仏壇|ブツダン|オ供エ|オソナエ|思イ出|オモイデ).{0,30}(亡|ナクナ|天国|テンゴク|他界|タカイ)",
                 r"re:(亡|ナクナ|天国|テンゴク|他界|タカイ).{0,30}(写真|シャシン|遺影|イエイ|仏壇|ブツダン|オ供エ|オソナエ|思イ出|オモイデ)",
                 "一周忌", "三回忌", "七回忌", "命日", "法事", "法要", "墓参リ", "ハカマイリ", "周年忌", "忌日", "faz um ano que",
                 "anniversary of", "giỗ", "기일", "death anniversary", "aniversário de morte")
# ... but a grief told as a wish to follow the dead is no memorial (「一周忌が終わったら、私も母のところへ」)
_FOLLOW = rule(r"re:(トコロ|トコ|所|ソバ|側)(ヘ|ニ)(行|イ|逝)", "後ヲ追", "アトヲオ", "会イニ行", "アイニイ", "私モ", "ワタシモ",
               "join", "be with", "follow", "também vou", "我也", "theo", "나도", "too")
_CARER = rule("介護", "カイゴ", "看病", "世話デ", "セワデ", "간병", "cuido a", "caring for", "chăm sóc", "照顾")
_WORN_OUT = rule("ヘトヘト", "疲レ", "ツカレ", "シンドイ", "クタクタ", "지쳤", "agotad", "exhausted", "worn out", "mệt", "累")
_HELP_ASKED = rule("手伝", "テツダ", "サービス", "ショートステイ", "デイ", "相談", "窓口", "service", "help with", "servicio",
                   "서비스", "dịch vụ", "服务")
# Round 15: a young carer's or a family carer's everyday (「学校から帰ったら毎日弟の世話と家事」, "I take care of my grandma
# every day"): the head reads caring for an elder as elder abuse. With _HARM_DONE (below), food withheld or being made
# to (_NEGLECT), it is not.
_CARE_GIVEN = rule(r"re:(世話|セワ)(ヲ|ト|モ|バカリ)", "面倒ヲ見", "メンドウヲミ", "メンドウミ", "介護シ", "カイゴシ", "take care of",
                   "taking care of", "takes care of", "look after", "looking after", "care for", "cuido de", "cuido da",
                   "cuido do", "cuidar de", "cuidando", "chăm sóc", "nag-aalaga", "inaalagaan", "alagaan", "照顾", "돌보", "merawat",
                   "mengurus")
_EVERY_DAY = rule("毎日", "マイニチ", "毎晩", "マイバン", "家事", "カジ", "every day", "everyday", "every night", "housework",
                  "chores", "todos os dias", "todos los días", "todos los dias", "mỗi ngày", "hằng ngày", "hàng ngày",
                  "araw-araw", "gabi-gabi", "매일", "每天", "setiap hari")
_NEGLECT = rule("食ベサセ", "タベサセ", "ゴハンヲ", "サセラレ", "forced", "made me", "makes me",
                "won't let", "no food", "sem comida", "sin comida", "không cho", "pinipilit")
# what a worn-out carer does to the one cared for: then it is no everyday tiredness (elder abuse, #7171)
_HARM_DONE = rule("叩", "タタイ", "タタク", "手ヲ上ゲ", "手ヲアゲ", "手ガ出", "テガデ", "怒鳴", "ドナ", "放置", "ホウチ", "縛", "シバッ",
                  "閉ジ込", "トジコ", "ツネ", "hit", "slap", "shout", "yell", "đánh", "打", "때리")


# an end or a last arrangement told beside them (「墓参りに来たけど、もう帰るつもりはない。ここで終わりにする」, a carer who
# leaves the bankbook out and asks someone to take over): never everyday
_DESPAIR = rule("終ワリ", "オワリ", "最後", "サイゴ", "楽ニナ", "ラクニナ", "帰ルツモリ", "カエルツモリ", "帰ラナイ", "通帳", "印鑑", "遺書",
                "手紙ヲ", "オ願イデキル", "オネガイデキル", "頼メル人", "モウ疲レタ", "モウツカレタ", "the end", "last time", "goodbye",
                "letter", "结束", "最后", "마지막", "cuối cùng", "huling")

# the world ending before Monday or a meeting: a wish to skip a day, not to die
_WORLD_ENDS = rule(r"re:(地球|チキュウ|世界|セカイ|隕石|インセキ)(ガ|ゴト)?.{0,4}(爆発|バクハツ|滅|ホロ|終ワ|オワ|消エ|落チ)",
                   "thế giới tận thế", "tận thế", "세상이 끝", "world would end", "world ended", "world ends", "meteor", "asteroid",
                   "世界末日", "fim do mundo", "fin del mundo", "katapusan ng mundo")
_A_DAY_TO_SKIP = rule("月曜", "ゲツヨウ", "会議", "カイギ", "仕事", "シゴト", "学校", "ガッコウ", "テスト", "試験", "出勤", "締メ切",
                      "monday", "work", "school", "exam", "meeting", "thứ hai", "đi làm", "월요일", "출근", "lunes", "segunda",
                      "星期一", "上班", "lunes", "trabaho")
# shame about a messy room, told with the clean-up (「散らかりすぎて恥ずかしくて死にそう。明日から掃除する」)
_MESS = rule("散ラカ", "チラカ", "グチャグチャ", "汚部屋", "オヘヤ", "ゴミ屋敷", "ゴミヤシキ", "messy", "mess", "clutter", "bagunça")
_CLEAN_UP = rule("片付", "カタヅ", "掃除", "ソウジ", "捨テ", "ステタ", "頑張", "ガンバ", "clean", "tidy", "throw out", "limpar")

# a small child's play with a parent, told happily (「ママにおされてブランコ たのしかった」): the head reads kana play with
# a parent as harm; a pain told beside it keeps the guard off
_PLAY = rule("アソ", "遊", "ブランコ", "スモウ", "相撲", "タカイタカイ", "ダッコ", "オンブ", "カタタタキ", "肩タタキ", "肩叩キ", "ゴッコ",
             "プロレス", "クスグ", "オイカケッコ", "ボール", "カタヲタタ", "肩ヲタタ", "肩ヲ叩", "カタモミ", "肩モミ", "肩ヲモ", "肩ヲ揉")
# ... told happily, or as a kindness given or received (「たかいたかい してもらった」「かたを たたいてあげた」)
_HAPPY = rule("タノシ", "楽シ", "ウレシ", "嬉シ", "ダイスキ", "大好キ", "オモシロ", "面白", "ワーイ", "ヤッター", "😊", "😄", "😆", "🥰", "❤",
              "テモラッタ", "テアゲタ", "テクレタ", "シテッテ")
_PAIN = rule("イタイ", "イタカッ", "イテエ", "痛", "ケガ", "怪我", "血", "アザ", "😢", "😭", "🤕")


# An old person's everyday decline told as a worry (「同じことを何回も聞いてくるし、財布をなくしたと大騒ぎ」, 「寝たきりの
#父の面倒を見ている」: lead, twelfth session, from residents2-tune and match12's probes): the head reads an elder
# plus trouble as abuse. Harm done to them, money taken or food kept from them keeps it a crisis (#7171).
_ELDER_DECLINE = rule("認知症", "ニンチショウ", "物忘レ", "モノワスレ", "寝タキリ", "ネタキリ", "年老イタ", "トシオイタ", "年ヲ取ッタ",
                      "トシヲトッタ", "面倒ヲ見", "メンドウヲミ", "メンドウミ", "足腰ガ", "アシコシガ",
                      r"re:同ジコト(ヲ|バッ?カリ)?.{0,6}(何回モ|ナンカイモ|何度モ|ナンドモ|繰リ返|クリカエ)",
                      "dementia", "forgetful", "bedridden", "认知症", "치매", "sa sút trí tuệ", "demência")
_ELDER_HARMED = rule("叩", "タタイ", "タタカ", "殴", "ナグ", "蹴", "ケラ", "ケッ", "突キ飛", "ツキトバ", "手ヲ上ゲ", "手ヲアゲ", "手ガ出",
                     "テガデ", "怒鳴", "ドナ", "放置", "ホウチ", "縛", "シバッ", "閉ジ込", "トジコ", "ツネ", "アザ", "怪我", "ケガ",
                     "年金ヲ", "ネンキンヲ", "使イ込", "ツカイコ", "食事ヲ与エ", "ゴハンヲアゲ", "勝手ニ", "カッテニ", "一円モ", "渡サ",
                     # neglect: left alone for days, nappies not changed, bedsores, an empty fridge
                     "ホッタラカ", "放ッテオ", "ホウッテオ", "ホッテオ", "放ッタラカ", "床ズレ", "トコズレ", "何日モ", "ナンニチモ",
                     r"re:(オムツ|ムツキ)(モ|ヲ)?.{0,6}(替エ|カエ)(テ(イ)?ナイ|ナイ|ズ|テモラエ)", "部屋ニ入リモ", "冷蔵庫ガ空", "怖ガ",
                     "hit", "slap", "bruise", "lock", "pension", "money", "encierra", "pensión", "dinero", "tranca", "pensão",
                     "dinheiro", "đánh", "nhốt", "打", "关", "钱", "때리", "가두")

# Getting an old or sick person away from a flood or a quake, thought about beforehand (「大雨のたびに、寝たきりの父を連れて
# どうやって逃げればいいのか考えてしまいます」): preparing, not fleeing now. It names 逃げる, so it has its own list: the
# water or the quake here now, someone trapped or hurt, or a wish to die keeps it a crisis.
_DISASTER = rule("大雨", "オオアメ", "台風", "タイフウ", "地震", "ジシン", "洪水", "コウズイ", "水害", "スイガイ", "浸水", "シンスイ",
                 "土砂", "ドシャ", "災害", "サイガイ", "避難所", "ヒナンジョ", "flood", "typhoon", "earthquake")
_FLEEING = rule("逃ゲ", "ニゲ", "避難", "ヒナン", "evacuat")
# 今 as "now", not 今日, 今年, 今朝… (and not inside a kanji word); いま only at the start or as いますぐ: folded,
# 「しまいます」 holds イマ
_NOW_WORD = r"re:(?<![一-龯])今(?!日|年|度|回|後|マデ|ノウチ|朝|夜|週|月|頃)"
_DISASTER_NOW = rule(_NOW_WORD, "re:^イマ", "イマスグ", "入ッテキ", "ハイッテキ", "流サレ", "ナガサレ",
                     "取リ残", "トリノコ", "閉ジ込", "トジコ", "下敷", "シタジキ", "助ケテ", "タスケテ", "死", "殺", "消エ", "終ワリ",
                     "楽ニ", "ラクニ", "薬", "クスリ", "血", "怪我", "ケガ", "now", "help", "trapped", "die")


def disaster_prepared(folded: str) -> bool:
    """Fleeing a flood or a quake thought about beforehand, with nothing of now, harm or despair told."""
    return bool(_DISASTER.search(folded) and _FLEEING.search(folded)) and not _DISASTER_NOW.search(folded)


def _made_up_or_news(folded: str) -> bool:
    return bool((_QUARREL.search(folded) and _MADE_UP.search(folded)) or _NEWS.search(folded))


def _remembered(folded: str) -> bool:
    return bool(_MEMORIAL.search(folded)) and not _FOLLOW.search(folded)


def _carer_worn_out(folded: str) -> bool:
    return bool(_CARER.search(folded) and _WORN_OUT.search(folded) and _HELP_ASKED.search(folded)) \
        and not _HARM_DONE.search(folded)


def _everyday_care(folded: str) -> bool:
    return bool(_CARE_GIVEN.search(folded) and _EVERY_DAY.search(folded)) \
        and not (_HARM_DONE.search(folded) or _NEGLECT.search(folded))


# Round 17: a kindness done for the writer (「夫が毎朝肩を叩いてくれる」「生活費はちゃんと渡してくれます」): the head reads a
# partner and a hand as harm. Only a kindness not denied after it (助けてくれない is no kindness).
_KINDNESS = rule(r"re:テ(クレ|モラッ|モラエ)(ル|マス|タ|テ(ル|イ|マス))(?!.{0,3}(ナイ|ナカッ|ナク|マセン))",
                 "優シクシテクレ", "ヤサシクシテクレ", "kind to me", "takes care of me", "对我很好", "잘해줘")
# ... where nothing told beside it hurts (叩く alone is a kindness here: 肩を叩いてくれる)
_HURTS = rule("殴", "ナグ", "蹴", "ケラ", "怒鳴", "ドナ", "縛", "シバ", "閉ジ込", "トジコ", "ツネ", "痛", "イタ", "アザ", "ケガ", "hit",
              "slap", "shout", "yell", "hurt", "đánh", "打我", "때리")


# Round 17: loneliness told, and nothing darker (「ここには知り合いがいなくてさびしい」 in Nepali read as a wish to die;
# e5 reads some languages poorly): a welfare worry, cared for. Its own list of what keeps it a crisis: death, living,
# disappearing or an end, in the languages served.
_LONELY = rule("寂シイ", "サビシイ", "サミシイ", "寂シク", "サビシク", "孤独", "コドク", "lonely", "loneliness", "孤单", "寂寞",
               "cô đơn", "me sinto sozinh", "sinto-me sozinh", "solidão", "malungkot ako", "nalulungkot",
               "me siento sol", "soledad", "외로", "kesepian", "एक्लो महसुस", "एक्लो लाग्छ", "एक्लोपन")
# (alone is not lonely: a child left alone at home is neglect, so sozinho, nag-iisa or ひとりぼっち alone is not here;
# nor is anything about being left without food or care)
_DARKER = rule("死", "シニ", "シヌ", "消エ", "キエ", "終ワ", "オワリ", "生キ", "イキテ", "イキル", "置キ去", "放置", "ホウチ",
               "die", "dead", "death", "live", "living", "kill", "disappear", "end it", "gone", "left alone", "chết",
               "sống", "biến mất", "morrer", "morte", "viver", "sumir", "comida", "mamatay", "mabuhay", "mawala",
               "morir", "muerte", "vivir", "desaparecer", "죽", "살고", "사라", "mati", "hidup", "hilang", "活着", "消失",
               "मर्न", "मर्छु", "मरे", "बाँच", "हराउ")


def told_calmly(folded: str) -> bool:
    """One of the everyday contexts above, with no end or last arrangement told beside it."""
    return bool(
        _made_up_or_news(folded) or _remembered(folded) or _carer_worn_out(folded) or _everyday_care(folded)
        or (_WORLD_ENDS.search(folded) and _A_DAY_TO_SKIP.search(folded))
        or (_MESS.search(folded) and _CLEAN_UP.search(folded))
        or (_PLAY.search(folded) and _HAPPY.search(folded) and not _PAIN.search(folded))
        or (_ELDER_DECLINE.search(folded) and not _ELDER_HARMED.search(folded))
        or (_KINDNESS.search(folded) and not _HURTS.search(folded))
        or (_LONELY.search(folded) and not _DARKER.search(folded))
    ) and not _DESPAIR.search(folded)


# A dark time told as over: what was thought then, a "but", and now or the way it ended well.
_THOUGHT_THEN = (r"(思ッ(タ|テ(タ|イタ))|オモッ(タ|テ(タ|イタ))|思イマシタ|オモイマシタ|THOUGHT|PENSÉ|PENSEI|ACHEI|생각했(?=는데|지만)|以为|觉得|"
                 r"TƯỞNG|NGHĨ|AKALA|KIRA)")
_BUT_NOW = (r"(ケド|ケレド|ガ|デモ|BUT|PERO|MAS|는데|지만|但|可是|NHƯNG|PERO|PERO|TAPI).{0,12}(今ハ|イマハ|今デハ|無事|ブジ|普通ニ|フツウニ|"
            r"NOW|TODAY|AHORA|HOY|AGORA|HOJE|지금은|现在|BÂYGIỜ|GIỜ|NGAYON|SEKARANG|ITTURNEDOUT|EVERYTHINGWASFINE)")
_BACK_THEN = r"(昔|ムカシ|以前|イゼン|若イ頃|ワカイコロ|学生ノ頃|学生時代|代ノ頃|代ノコロ|子供ノ頃|子ドモノ頃|コドモノコロ)"
_OVER = rule(f"re:{_THOUGHT_THEN}.{{0,40}}{_BUT_NOW}",
             f"re:{_BACK_THEN}ハ?.{{0,40}}(今ハ|イマハ|今デハ)(ソウ|モウ)?(思ワナイ|オモワナイ|思イマセン|オモイマセン)",
             f"re:{_BACK_THEN}ハ?.{{0,40}}(今ハ|イマハ|今デハ).{{0,16}}"
             r"(幸セ|シアワセ|元気|ゲンキ|楽シ|タノシ|大丈夫|ダイジョウブ|平気|ヘイキ|前向キ|マエムキ)")
# ... unless what follows the "but now" is dark: a wish to die, harm, pills, a plan, or "again"
_STILL_DARK = rule("マタ", "最近", "サイキン", "今モ", "イマモ", "今デモ", "イマデモ", "死ニタイ", "シニタイ", "消エタイ", "キエタイ",
                   "イナクナリタイ", "終ワリニシタイ", "オワリニシタイ", "楽ニナリタイ", "ラクニナリタイ", "死", "殺", "ツモリ", "薬", "クスリ", "血", "助ケテ",
                   "タスケテ", "again", "still", "want to", "wish", "pill", "blood", "plan", "tonight", "lại", "muốn", "또", "다시",
                   "还是", "又", "ainda", "todavía", "otra vez", "gusto ko")


def over_and_fine(folded: str) -> bool:
    """A dark time told as over and fine now, with nothing dark told of now (after the "but now")."""
    over = _OVER.search(folded)
    return over is not None and not _STILL_DARK.search(folded, over.end())


# A scene in a film, a drama or the news, told as watched (「映画で夫が妻を殴るシーンがあって、見ていてつらかった」): the blow is
# the scene's. It names the harm, so it too has its own list: the writer's own life told beside it keeps it a crisis.
_SCENE = rule(r"re:(映画|エイガ|ドラマ|アニメ|漫画|マンガ|小説|番組|テレビ|ニュス|MOVIE|FILM|SHOW|DRAMA|SERIES)(デ|ノ|ニ|IN)?.{0,24}"
              r"(シン(?!デ|ダ|ジ)|場面|バメン|SCENE|EPISODE|エピソド)")
_OWN_LIFE = rule("私", "ワタシ", "アタシ", "自分", "ジブン", "ウチモ", "ウチノ", "僕", "ボク", "俺", "オレ", "同ジ", "オナジ", "me", "my",
                 "i'm", "myself", "same", "今", "イマ", "助ケテ", "タスケテ")


def a_scene_watched(folded: str) -> bool:
    """Harm told as a scene watched, with nothing of the writer's own life beside it."""
    return bool(_SCENE.search(folded)) and not _OWN_LIFE.search(folded)


# Round 17: harm told as a dream's (「ゆうべの夢で知らない人に追いかけられた」, "I had a nightmare that…"): the blow is
# the dream's. Not a dream wished for (夢であってほしい, 夢なら: the harm is real), like a dream (夢みたい), or one that
# came true (正夢). It names the harm, so it too has its own list: the real world, now, or a wish to die told beside
# it keeps it a crisis.
_DREAM = rule(r"re:(夢|ユメ)(デ(?!アッ|アレ|アリ|ハナ|ワナ|ナイ|モナイ)|ノ中|ノナカ|ノ話|ノハナシ|ヲ見|ヲミ|見タ|ミタ(?!イ)|見ル|ミル|ニ出|ニデ)",
              "悪夢ヲ", "アクムヲ", "悪夢デ", "アクムデ", r"re:(怖イ|コワイ|嫌ナ|イヤナ|変ナ|ヘンナ)(夢|ユメ)",
              r"re:(IN(MY|A|THE)(BAD)?DREAM|IDREAM(T|ED)|HADA(BAD|SCARY|WEIRD)?(DREAM|NIGHTMARE)|NIGHTMARES?(ABOUT|LAST|AGAIN))",
              "梦里", "梦见", "做梦", "做了个梦", "噩梦", "夢裡", "夢見", "꿈에서", "꿈속", "꿈을", "악몽", "MƠTHẤY", "GIẤCMƠ",
              "ÁCMỘNG", "TRONGMƠ", "SONHEI", "NOSONHO", "PESADELO", "SOÑÉ", "ENELSUEÑO", "ENMISUEÑO", "PESADILLA",
              "PANAGINIP", "BANGUNGOT", "MIMPI")
_AWAKE = rule("正夢", "マサユメ", "現実", "ゲンジツ", "本当ニ", "ホントニ", "実際", "ジッサイ", "夢ジャナ", "ユメジャナ", "夢ナラ",
              "ユメナラ", _NOW_WORD, "イマモ", "イマスグ", "死ニタイ",
              "シニタイ", "消エタイ", "キエタイ", "助ケテ", "タスケテ", "血", "REAL", "ACTUALLY", "RIGHTNOW", "WANTTODIE",
              "HELPME", "现实", "真的", "现在", "THẬT", "BÂYGIỜ", "DEVERDADE", "AGORA", "DEVERDAD", "AHORA", "TOTOO",
              "NGAYON", "NYATA", "SEKARANG", "진짜", "실제", "지금")


def a_dream_told(folded: str) -> bool:
    """Harm told as a dream's, with nothing of the waking world, now or a wish to die beside it."""
    return bool(_DREAM.search(folded)) and not _AWAKE.search(folded)
