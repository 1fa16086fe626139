"""Round 13: a medical emergency happening now, told in everyday Japanese, puts 119 first (issue 10).

The head catches these in other languages, but Japanese ones told as what is seen (「ジェルボールをかじった」,
「ろれつが回ってない」, 「胸を押さえて冷や汗」) often read as an ordinary question. MEDICAL is added to
crisis_rules.OVERDOSE_INJURY beside crisis_signs.COLLAPSE, so a hit is a crisis with 119 on top. Each class
pairs a sign with what makes it acute (a product *in the mouth*, a fall *and* not getting up, a chest pain *with*
a cold sweat, a breath *after* a sting or a food, a stroke sign *of a sudden*, a heater *and* headache with nausea),
because each sign alone is everyday (a spilt detergent, a fall last year, 笑いすぎて息ができない).

Each pattern carries its guards as lookaheads over the whole sentence (the crisis layer judges one sentence, a
pair, or a short message at a time): told as a question, a prevention or a lesson (_ASKED), or as past and
over (_PAST), unless something happens now; plus the guards of its own class (drunk ろれつ, an eyelid twitch, an
engine's noise). `everyday_medical` is the other way round: it is read by crisis_assess, and turns a crisis the
head alone read in a product handled as meant, a drunk's slurring, a fear of going out after a past fall, or a
seizure of long ago into a concern.

Patterns are over the folded text (NFKC, katakana, no spaces, punctuation or ー, upper case); `_k` writes one as
it is read (hiragana, long vowels) in that form.
"""

from __future__ import annotations

from bot.chat.crisis_fold import rule


def _k(source: str) -> str:
    """A regular expression written with hiragana and ー, in the folded form: katakana, no ー."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in source).replace("ー", "")


def _guarded(guards: str, body: str) -> str:
    """A crisis_fold.rule pattern: `body`, in a sentence where none of `guards` is told (a lookahead from the
    start of the text, which is one sentence, a pair or a short message)."""
    return "re:" + _k(rf"\A(?!.*({guards})).*?(?:{body})")


# Something happens now: lifts the question / lesson / past guards (「前に習ったけど、今…」).
# (kana いま and けさ only as words: 「〜ています」 and 「気をつけさせ」 hold them too)
_NOW = r"今(?!日|年|度|回|月|週|まで|頃|ごろ|は|朝|夜|後)|(?<![てでっしになまきみりぎびちぢじ])いま(?!まで|は|す|せ|し)|さっき|今朝|(?<!つ)けさ|目の前|めのまえ|どうしよう|助けて|たすけて"
# Told as a question, a prevention or a lesson, or of a story or a game: not someone in trouble now.
_ASKED = (r"場合|ないように|ないため|ないこと|予防|対策|防ぐ|防ぎ|防止|講習|講座|教室|研修|勉強|訓練|知りたい|教えて|"
          r"教えたい|教わ|習っ|対処|応急手当|注意点|気をつけ|気を付け|きをつけ|たらどう|たら何|たらなに|ときは|時は|"
          r"ときの|時の|について|って本当|ってほんと|症状は|サイン|見分け|みわけ|前兆|兆候|予兆|テレビ|"
          r"ニュース|ドラマ|映画|漫画|マンガ|アニメ|ゲーム|キャラ|小説|と困る|とこまる|たら困る|ための|備え|そなえ|装置|"
          r"サービス|グッズ|道具|器具|補助|制度|申請|手すり|見守り|多い|増え|ふえ|って聞|と聞|ふりを|ふりし|真似|まねを|まねし|ても大丈夫|ても平気|てもいい")

# Told as past and over, or as the after-effect of an old illness.
_PAST = (r"去年|昨年|一昨年|おととし|先月|先週|昨日|きのう|先日|この前|このあいだ|こないだ|以前|昔|むかし|年前|ヶ月前|カ月前|ケ月前|か月前|"
         r"週間前|小さい頃|小さいころ|ちいさいころ|子供の頃|子どもの頃|こどものころ|幼い頃|後遺症|既往|入院して|入院中|入院し|退院|"
         r"見舞|みまい|搬送|運ばれ|はこばれ|治っ|なおっ|ことがある|ことがあっ|こともある|ことがあり|経験|今は(もう)?(元気|大丈夫|歩け|平気)")


def _timely(guards: str, body: str) -> str:
    """`body` in a sentence not told as a question, a lesson or past and over (unless something happens now), and
    where none of `guards` is told. Each lookahead reads the sentence once (nested ones made the rules slow)."""
    own = f"(?!.*({guards}))" if guards else ""
    return "re:" + _k(rf"\A(?=.*({_NOW})|(?!.*({_ASKED}|{_PAST}))){own}.*?(?:{body})")


# ---------------------------------------------------------------- a household product in a child's mouth
# Only 飲んだ / 食べた were caught (crisis_rules._POISON); a child bites, licks or holds a gel pack or beads in its
# mouth. Not medicine (口に入れて水で飲む is how it is taken) nor a product handled as meant (everyday_medical).
_PRODUCT = (r"洗剤|せんざい|ジェルボール|柔軟剤|じゅうなんざい|芳香剤|ほうこうざい|芳香ビーズ|消臭ビーズ|消臭剤|防虫剤|"
            r"ぼうちゅうざい|ナフタリン|樟脳|乾燥剤|かんそうざい|保冷剤|入浴剤|にゅうよくざい|漂白剤|ハイター|カビキラー|"
            r"除菌|消毒液|殺虫剤|ゴキブリ|ホウ酸|ほうさん|殺鼠剤|蚊取り|灯油|とうゆ|ガソリン|除光液|香水|シャンプー|"
            r"ボディソープ|ハンドソープ|石鹸|石けん|せっけん|ボタン電池|電池|でんち|磁石|マグネット|タバコ|たばこ|煙草|"
            r"吸い殻|すいがら|農薬|除草剤|肥料|不凍液|ウォッシャー液|パイプクリーナー|クレンザー|水銀|保湿剤|化粧水")
_MOUTHED = (r"(口|くち)(に|の中に|のなかに)(入れ|いれ|含|ふく)(た|て|ちゃ|ん)|(かじ|齧)(っ|り)|噛ん|かん(じゃ|で(た|る|い|し|ま))|"
            r"(なめ|舐め)(た|て|ちゃ|まし)|しゃぶ(っ|り)|(飲|の)み(込|こ)ん|ごっくん|ごくん|ごくごく|"
            r"(飲|の)ん(だ|じゃ|じま|で(しま|た|る|い))|(食|た)べ(た|て|ちゃ)|口の(まわり|周り)")
# between the product and the mouth, no て / で / から: 「石鹸で手を洗ってから食べた」 is washing, not eating it
_GAP = r"(の.{0,6})?(を|が|も)?((?:(?!て|で|から).){0,6}|間違えて|まちがえて|誤って|あやまって)"
PRODUCT_IN_MOUTH = _timely("", rf"({_PRODUCT}){_GAP}({_MOUTHED})")

# ---------------------------------------------------------------- a fall, and not getting up
# An elderly person down after a fall who cannot move or stand (「トイレで転んで立てへん」); a limb at a wrong
# angle. Not a mood or a figure that "falls" (気分が落ちて動けない is no injury), nor a fall onto the sofa tired.
_FELL = r"落ち(?!込|こ|着|つ)|おち(?!こ|つ|ゃ)|転ん|ころん|転げ|ころげ|転倒|てんとう|こけ|転び|ころび|滑っ|すべっ|倒れ|たおれ|尻もち|しりもち|踏み外"
_STUCK = (r"(動け|うごけ)(な|ん|へん|ね|ませ)|(動か|うごか)(な|ん|へん|ね|せな|せませ|せん)|起き上がれ|おきあがれ|起きあがれ|"
          r"(起き|おき)(られ|れ)(な|ん|へん|ませ)|(立|た)て(な|ん|へん|ね|ませ)|立ち上がれ|たちあがれ|(足|腕)が(変|へん)|"
          r"(変|へん)な(方向|ほうこう|向き|角度)|骨が(出|で|見え|みえ)|うめ(い|き|いて)|呻")
_NOT_A_FALL = (r"気分|気持ち|きもち|テンション|成績|点数|試験|受験|面接|メンタル|心が|こころが|体重|体力|食欲|速度|電源|充電|"
               r"アプリ|サイト|サーバ|ネット|パソコン|スマホ|携帯|画面|アカウント|(ソファ|ベッド|布団|ふとん)に(倒|たお|転が)|"
               r"疲れ|つかれ|寝不足|筋肉痛|だるい|だるく|笑|わらっ|わらい|わろ|ずっと|以来|足腰|リハビリ")
FELL_AND_STUCK = _timely(f"{_NOT_A_FALL}", rf"({_FELL}).{{0,20}}({_STUCK})|({_STUCK}).{{0,10}}({_FELL})")

# ---------------------------------------------------------------- a stroke's signs
# Slurred or lost speech, one side that will not move, a drooping face: of a sudden, or two of them together.
# Not a drunk's slurring, nerves (緊張して言葉が出てこなかった), or an old stroke's after-effect (_PAST).
_SUDDEN = r"急に|きゅうに|突然|とつぜん|いきなり|さっき|今朝|(?<!つ)けさ|起きたら|おきたら|気がついたら|きがついたら"
_SPEECH = (r"(呂律|ろれつ)(が)?(回|まわ)(ら|って(な|いな|ね)|ん|へん)|(言葉|ことば)が(出|で)(な|てこな|てこん|へん|ん)|"
           r"(喋|しゃべ|話|はな)(れ|せ)(なく|ない|ん|へん|ませ)|(話し方|はなしかた|喋り方|しゃべりかた|言ってること|いってること|"
           r"言うこと|いうこと)が(おかし|変|へん|めちゃくちゃ|支離滅裂)")
_SIDE = (r"(片方|片側|かたほう|かたがわ|半身|はんしん|右|左|みぎ|ひだり|片手|片足|片腕)(の|半分)?(手足|手|足|腕|うで|顔|かお|"
         r"半身|側|目|口|頬)?(だけ)?(が|に|の)?")
_SIDE_GONE = (r"(動か|うごか|動け|うごけ|力が入ら|ちからがはいら|力がはいら|しびれ|痺れ|上がら|あがら|だらん|ぶらん|麻痺|まひ|"
              r"感覚がな|握れ|にぎれ|持てな|もてな)")
_ONE_SIDE = rf"{_SIDE}.{{0,6}}{_SIDE_GONE}"
_FACE = (r"(顔|かお)(の)?(片方|片側|半分|右|左|かたほう|かたがわ|はんぶん|みぎ|ひだり)?(が|だけ)?.{0,4}(ゆが|歪|下が|さが|"
         r"垂れ|たれ|曲が|まが)|(口|くち)(の端|のはし|元|もと)?(が)?(曲が|まが|ゆが|歪|下が|さが|垂れ)")
_STROKE = f"{_SPEECH}|{_ONE_SIDE}|{_FACE}"
_STROKE_TOO = r"よだれ|ふらつ|(目|め)が(見え|みえ)な|二重に見え|ものが二重|頭が割れ|激しい頭痛"  # beside a sign, not alone
_NOT_A_STROKE = (r"酔|よっぱ|酒|さけ|飲み会|のみかい|ビール|晩酌|泥酔|緊張|きんちょう|あがっ|恥ずか|はずか|驚い|おどろい|"
                 r"びっくり|感動|かんどう|(?<!先)(?<!さき)ほど|英語|外国語|日本語|ぶつけ|捻|ひねっ|ねんざ|寝違|正座|"
                 r"腱鞘炎|四十肩|五十肩|つっ(て|た)|攣っ|障害|障がい|麻痺があ|まひがあ|片まひ|片麻痺|リハビリ|デイ|"
                 r"介護|前から|昔から|生まれつき|(脳梗塞|脳卒中|脳出血|手術|病気|事故)(の)?(あと|後)|以来")
STROKE = _timely(f"{_NOT_A_STROKE}",
                  rf"({_SUDDEN}).{{0,20}}({_STROKE})|{_SIDE}.{{0,6}}({_SUDDEN}).{{0,6}}{_SIDE_GONE}|({_STROKE}).{{0,30}}({_STROKE}|{_STROKE_TOO})|({_STROKE_TOO}).{{0,30}}({_STROKE})")

# ---------------------------------------------------------------- a chest pain with what makes it a heart attack
_CHEST = (r"(胸|むね|心臓|しんぞう)(が|を|の|も)?(辺り|あたり|奥|おく)?(が|を)?(痛|いた|苦し|くるし|しめつけ|締め付け|締めつけ|"
          r"押さえ|おさえ|抑え|圧迫|ぎゅ|重く|おもく)")
_CHEST_WITH = (r"冷や汗|ひやあせ|脂汗|あぶらあせ|汗だく|うずくま|蹲|しゃがみ込|しゃがみこ|しゃがんで|座り込|すわりこ|倒れ|"
               r"たおれ|動け|うごけ|顔色|真っ青|まっさお|息が|いきが|息苦|いきぐる|呼吸|吐|はきけ|急に|きゅうに|突然|とつぜん|"
               r"いきなり|意識|苦しそう|くるしそう|うめ|呻")
_NOT_A_HEART = (r"話を|話だ|話で|話に|ニュース|思い|おもいが|おもいで|気持ち|きもち|切な|せつな|悲し|かなし|(?<!先)(?<!さき)ほど|失恋|恋|感動|事件|"
                r"記事|映画|ドラマ|緊張|ドキドキ|どきどき")
CHEST_PAIN = _timely(f"{_NOT_A_HEART}", rf"({_CHEST}).{{0,30}}({_CHEST_WITH})|({_CHEST_WITH}).{{0,20}}({_CHEST})")

# ---------------------------------------------------------------- breath: allergy, choking, wheezing
# A breath that goes wrong after a sting or a food, a swelling, a swallowed thing or an asthma attack. Not a
# hyperbole (笑いすぎて息ができない), a run, a cold or hay fever.
_BREATH = (r"(息|いき)(が|も)?(苦し|くるし|でき(な|てな|ていな|ん|へん|ね)|しづら|しずら|しにく|吸え|すえ|詰ま|つま|止まり|"
           r"浅|あさ|荒|あら|変|へん|おかし)|息苦|いきぐる|呼吸(が)?(苦し|くるし|でき|おかし|荒|あら|浅|あさ|変|へん|困難|"
           r"しづら|しずら)|ひゅーひゅー|ヒューヒュー|ぜーぜー|ゼーゼー|ぜいぜい|ゼイゼイ|ぜえぜえ|ぜろぜろ|"
           r"(喉|のど|気道)(が|の奥が)?(しま|締ま|閉ま|腫|はれ|詰ま|つま|塞が|ふさが|狭)")
# crisis_rules.IDIOMS takes 「蜂に刺さ」 out before the rules read (a sting is no stabbing): what is left is 「・れた」
_AFTER = (r"(刺さ|さされ|刺され|噛まれ|かまれ|・れ(た|て))|ハチ|はち|ムカデ|むかで|クラゲ|くらげ|マムシ|まむし|(食べ|たべ|飲ん|のん|注射|摂っ)(て|た)(から|あと|後|ら)|アレルギー|アナフィラキシー|"
          r"腫れ|はれて|はれた|はれあが|むくん|ぶつぶつ|じんましん|蕁麻疹|発疹|湿疹|唇|くちびる|顔(が|中)|詰まらせ|つまらせ|(飲み|のみ)(込|こ)ん|"
          r"誤飲|誤嚥|喘息|ぜんそく|発作|溺|おぼ|紫|青く|真っ青|まっさお|顔色")
_NOT_BREATHLESS = (r"笑|わらっ|わらい|わろ|(?<!先)(?<!さき)ほど|忙し|いそがし|緊張|きんちょう|感動|ドキドキ|どきどき|推し|尊|走っ|はしっ|"
                   r"マラソン|運動|坂|花粉|かふん|鼻|はな(が|づ)|マスク|風邪|かぜ|季節|ジム|筋トレ|水泳|潜|もぐ|満員|"
                   r"タバコ|たばこ|煙草|喫煙")
BREATH_AFTER = _timely(f"{_NOT_BREATHLESS}", rf"({_AFTER}).{{0,30}}({_BREATH})|({_BREATH}).{{0,20}}({_AFTER})")

# Something stuck in the throat (a rice cake, a grape, a marble), not a feeling of it (喉が詰まった感じ).
_STUCK_IN_THROAT = r"詰まらせ|つまらせ|詰まっ(た|て)|つまっ(た|て)"
_FOOD_OR_THING = (r"餅|おもち|団子|だんご|飴|あめ|パン|ご飯|ごはん|肉|ぶどう|葡萄|トマト|ナッツ|ピーナッツ|豆|こんにゃく|ゼリー|"
                  r"ビー玉|びーだま|おもちゃ|玩具|ボタン|硬貨|コイン|キャップ|部品")
CHOKING = _timely("感じ|かんじ|ような|違和感|いがいが|風邪|かぜ|鼻",
                   rf"(喉|のど|気管)(に|へ)?.{{0,2}}({_STUCK_IN_THROAT})|({_FOOD_OR_THING})(を|が)?.{{0,8}}"
                   rf"({_STUCK_IN_THROAT}|喉に|のどに)")

# ---------------------------------------------------------------- drowning, or found sunk in a bath
_OBJECT = (r"ゴーグル|おもちゃ|玩具|ボール|石|スマホ|携帯|指輪|鍵|かぎ|メガネ|眼鏡|人形|物|もの|ボトル|缶|夕日|太陽|月|船|"
           r"ボート|葉|枝")
_WATER = r"風呂|ふろ|浴槽|よくそう|湯船|ゆぶね|浴室|お湯|おゆ|プール|池|いけ|川|かわ|海|うみ|用水路|水路|田んぼ|水"
DROWNING = _timely(
    f"(酒|さけ|恋|こい|愛|仕事|しごと|快楽|ギャンブル|趣味|情報|借金|睡魔)に(溺|おぼ)|({_OBJECT})(が|も)",
    rf"(溺れ|おぼれ)(た(?!ら|時|とき|こと|際|場合)|て(る|い|た|ま)|かけ|ちゃ|てしま|そうになっ)|({_WATER}).{{0,12}}(沈ん(で|だ|じゃ)|しずん(で|だ|じゃ)|"
    rf"(浸か|つか)ったまま|顔(まで|を)(つけ|浸け|漬け|つか|浸か))")

# ---------------------------------------------------------------- a seizure going on or not stopping
_SEIZURE = r"痙攣|けいれん|ひきつけ|引きつけ|引き付け"
_NOT_A_SEIZURE = (r"瞼|まぶた|目の下|めのした|目尻|まゆ|眉|頬|ほほ|胃|足がつ|こむら|ふくらはぎ|筋肉|腹筋|横隔膜|しゃっくり|"
                  r"歴|体質|(起こし|おこし)やす|寒|さむ|緊張|怖|こわ")
SEIZURE = _timely(
    f"{_NOT_A_SEIZURE}",
    rf"({_SEIZURE})(を|が)?(もう|まだ|ずっと|なかなか)?(\d+分(以上)?|数分|何分も)?(起こし|おこし|起き|おき(て|た)|始ま|はじま|止まら|とまら|止まん|とまん|止まりませ|とまりませ|おさまら|"
    rf"収まら|治まら|おさまりませ|収まりませ|治まりませ|"
    rf"続|つづ|して(る|い|ま)|しとる|しちょる|中|しだし|しはじめ)|(ガクガク|がくがく|ビクビク|びくびく|"
    rf"ビクンビクン|びくんびくん)(して|させて|震え|ふるえ).{{0,16}}(意識|白目|しろめ|泡|あわ|呼んでも|返事|"
    rf"手足|全身|{_SEIZURE})|全身(を|が)?(ガクガク|がくがく|ビクビク|びくびく|突っ張|つっぱ|硬直)|"
    rf"(喘息|ぜんそく|てんかん|癲癇|{_SEIZURE})(の)?発作(が|を)?(止まら|とまら|おさまら|収まら|治まら|続いて|つづいて|"
    rf"起きてる|おきてる|起こしてる|おこしてる|起こしてい|おこしてい|中)")

# ---------------------------------------------------------------- carbon monoxide
# A heater, a charcoal grill or an engine in a closed place, with headache and nausea, or several people ill.
# Not an engine's noise or car sickness.
_SOURCE = (r"ストーブ|ファンヒーター|ヒーター|暖房|だんぼう|七輪|しちりん|練炭|れんたん|炭(?!酸|水)|コンロ|エンジン|発電機|ガス|"
           r"湯沸かし|ボイラー|薪|車庫|ガレージ|シャッター|閉め切|しめき|締め切|換気|かんき|不完全燃焼|焼き肉|バーベキュー|BBQ|"
           r"テント")
_HEADACHE = r"頭痛|ずつう|(頭|あたま)(が|も)?(痛|いた|がんがん|ガンガン|割れ|われ|重|おも)"
_SICK = (r"吐|はき|もどし|嘔吐|気持ち悪|きもちわる|むかむか|ふらふら|フラフラ|めまい|目まい|眩暈|目が回|めがまわ|ぼーっ|"
         r"ぼんやり|意識|ぐったり|グッタリ|倒れ|動け|うごけ|手足が(しびれ|動か)")
_SEVERAL = (r"家族|かぞく|みんな|皆|全員|ぜんいん|二人|2人|三人|3人|両方|家中|うちじゅう|子どもも|子供も|夫も|妻も|私も|"
            r"わたしも|僕も|俺も|ペットも|犬も|猫も")
_NOT_CO = (r"音|うるさ|騒音|振動|渋滞|運転|酔|よっぱ|乗り物|代|料金|請求|値上|節約|風邪|かぜ|熱が|インフル|コロナ|生理|妊娠|つわり|肩こり|"
           r"片頭痛|偏頭痛")
_ILL = f"{_HEADACHE}|{_SICK}"
# an engine, a grill or a heater burning in a closed place: one sign is enough (「車庫でエンジンかけたまま…頭がガンガン」)
_CLOSED = r"車庫|ガレージ|シャッター|閉め切|しめき|締め切|窓を閉|まどをしめ|テント|車内|車の中|室内|換気(し|せ)(ず|な|てな|ていな)"
_BURNING = r"エンジン|七輪|しちりん|練炭|れんたん|炭火|コンロ|発電機|ストーブ|ヒーター"
CARBON_MONOXIDE = _timely(
    f"{_NOT_CO}",
    rf"({_SOURCE}).{{0,40}}(({_HEADACHE}).{{0,24}}({_SICK})|({_SICK}).{{0,24}}({_HEADACHE})|({_SEVERAL}).{{0,20}}({_ILL})|"
    rf"({_ILL}).{{0,24}}({_SEVERAL}))|({_CLOSED}).{{0,30}}({_BURNING}).{{0,30}}({_ILL})|({_BURNING}).{{0,30}}({_CLOSED}).{{0,30}}"
    rf"({_ILL})|({_HEADACHE}).{{0,24}}({_SICK}).{{0,40}}({_SOURCE})|一酸化炭素中毒(かも|みたい|っぽ|らし|"
    rf"かな|かしら|と思|では|じゃ|の症状が)")

# ---------------------------------------------------------------- someone lying collapsed now
# crisis_signs.COLLAPSE needs "and does not answer"; a passer-by often sees only someone down (「道で人が倒れてる」).
# Lying there now, not 倒れたとき (past) or 倒れそう (a figure); not a bicycle, a tree or a sign; not asleep.
_LYING = (r"(倒れ|たおれ)(て(る|いる|います|ます|た(?!ら|り|と|時|こと|けど|が))|とる|とっ|ちょ|とん|てん)|"
          r"(倒れ|たおれ)(込|こ)ん(で(る|いる|います|た(?!ら|り))|だ(?!ら|り|時|とき|こと))|(倒れ|たおれ)た$|"
          r"(倒れ|たおれ)た(どうしよう|どうしたら|助けて|たすけて|救急|きゅうきゅう|動か|うごか)|(倒れ|たおれ)たまま|"
          r"(うずくま|蹲)って(る|いる|います|ます)|(道|みち)(ばた|端)?(に|で)(寝て|横になって|よこになって|転がって|ころがって)"
          r"(る|いる|います|ます)")
_THINGS = (r"自転車|じてんしゃ|チャリ|バイク|原付|看板|かんばん|木|樹|植木|鉢|電柱|標識|ブロック|塀|フェンス|棚|家具|ドミノ|"
           r"ボトル|瓶|ペットボトル|コップ|花|稲|いね|苗|傘|ロボット|人形|キャラ|ゲーム|駒|墓石|灯籠|ゴミ箱|ポスト|物干|竿|"
           r"テレビ|スタンド|ライト|バリケード|コーン|ポール|椅子|いす|イス|積み木")
_NOT_LYING = (rf"({_THINGS})(が|も|は)|(倒れ|たおれ)て(る|いる)?({_THINGS})|寝て|ねて|寝転|ねころ|昼寝|ひるね|眠って|ねむって|"
              r"いびき|疲れ|つかれ|笑|わらっ|わらい|わろ|ソファ|ベッド|布団|ふとん|ごろごろ|入院|病院に|退院|手術|介護|見舞|リハビリ|試合|"
              r"相撲|プロレス|柔道|ボクシング|ノックダウン|忙し|いそがし|"
              # a fear of what may have happened to someone out of reach, not someone seen lying there
              r"のでは|んじゃない|ではないか|じゃないか|かもしれ|かと心配|と心配|かも(と|って)|"
              # someone down where a man with a knife is: the police first (the violence rule), not 119 before them
              r"殴|なぐ|刃物|ナイフ|包丁|刺さ|刺し|振り回|ふりまわ|暴れ|あばれ|襲|銃")
# ... and where or who: a bare 「人が倒れてる」 after 「男が刃物を振り回してる」 is the attack's victim (110 first, the
# violence rule), so the place or the person is part of the sign (「道で」「庭で」「おじいさんが」)
_WHERE = (r"道|みち|路上|駅|ホーム|公園|庭|にわ|畑|はたけ|田んぼ|店|家の前|玄関|トイレ|風呂|ふろ|浴室|階段|廊下|台所|部屋|へや|床|"
          r"ゆか|ベンチ|駐車場|歩道|外で|そとで|裏|前で|前に|横で|そこで|そこに|あそこ|向こう|近く|隣|となり|近所|知らない|"
          r"おじいさん|おばあさん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お年寄り|高齢|老人|男の人|女の人|男性|女性|"
          r"子ども|子供|こども|母|父|祖母|祖父|夫|妻|主人|旦那|息子|娘|孫|兄|姉|弟|妹|友達|友だち|ともだち|同僚|おかん|おとん|"
          r"親|家族|おじさん|おばさん")
LYING_NOW = _timely(f"{_NOT_LYING}", rf"({_WHERE}).{{0,24}}({_LYING})")

# ---------------------------------------------------------------- heatstroke, and a weak response
# Heatstroke with a sign that it is serious; a response gone dull or vague beside an acute sign (a nap, a
# grumpy reply or a message left unread is no emergency: the acute sign is needed).
_SERIOUS = (r"ぐったり|グッタリ|ぼーっ|ぼんやり|ぼけっ|朦朧|もうろう|意識|返事|反応|受け答え|うけこたえ|話しかけ|はなしかけ|"
            r"呼びかけ|よびかけ|倒れ(?!る)|たおれ(?!る)|動け|うごけ|立て|たて|吐|はき|汗(が|も|を)?(かか|出な|でな|止)|痙攣|けいれん|"
            r"ふらふら|フラフラ|歩け|あるけ|水(が|も)?(飲め|のめ)|熱(が)?(高|たか|\d)|体(が)?(熱|あつ)")
_WEAK = (r"(反応|返事|返答|へんじ|はんのう|受け答え|うけこたえ)(が|も)?(にぶ|鈍|うす|薄|あいまい|曖昧|ろくに|おかし|変|へん|遅|"
         r"おそ|弱|よわ|ぼんやり|はっきりしな|とんちんかん)|意識(が)?(ぼんやり|ぼーっ|朦朧|もうろう|はっきりしな|うすい|薄い|"
         r"遠の|とおの|おかし|変|へん|混濁)|(目|め)(が)?(うつろ|虚ろ|焦点が合わ|とろん)")
_ACUTE = (r"急に|きゅうに|突然|とつぜん|いきなり|暑|あつ(い|さ)|熱(?!心|意|血)|汗|倒れ|たおれ|吐|ぐったり|グッタリ|ぼーっ|顔色|真っ青|"
          r"立てな|たてな|立て(ん|へん)|動けな|うごけな|ふらふら|フラフラ|痙攣|けいれん|冷た|つめた|息(?!子)|いき(が|を)")
_NOT_WEAK = (r"寝|ねて|ねお|眠|ねむ|うとうと|いびき|酔|よっぱ|酒|さけ|認知症|耳が遠|難聴|補聴器|いつも|最近|さいきん|"
             r"年のせい|反抗期|思春期|スマホ|ゲーム|LINE|既読|メール|メッセージ|上司|彼氏|彼女")
HEAT_OR_WEAK = _timely(
    f"{_NOT_WEAK}",
    rf"熱中症.{{0,30}}({_SERIOUS})|({_SERIOUS}).{{0,30}}熱中症|({_WEAK}).{{0,30}}({_ACUTE})|({_ACUTE}).{{0,30}}({_WEAK})")

# ---------------------------------------------------------------- a head struck, with what follows it
_HEAD_STRUCK = r"(頭|あたま|後頭部|頭部)(を)?.{0,6}(打|うっ|うち|ぶつけ)(て|た|って|った)"
_AFTER_BLOW = (r"吐|はき|もどし|意識|ぼーっ|ぼんやり|(変|へん)(だ|な|に|で)|様子が|おかし|眠|ねむ|痙攣|けいれん|血|動か|うごか|返事|反応|"
               r"耳から|鼻から")
HEAD_STRUCK = _timely("元気|大丈夫|平気|止まっ|とまっ|治|なおっ", rf"({_HEAD_STRUCK}).{{0,24}}({_AFTER_BLOW})")

# ---------------------------------------------------------------- trapped in a disaster now (lead, twelfth session)
# 「いま地震で家具の下敷きになって逃げられない」, 「台風で家に水が入ってきて父が逃げられない」: a quake, a flood or a fire
# named beside someone pinned, trapped or cut off now. Not 閉じ込められ alone: shut in by a person is DV's (110).
_DISASTER_NAMED = (r"地震|じしん|津波|つなみ|台風|たいふう|大雨|おおあめ|洪水|こうずい|水害|浸水|土砂|崖|がけ|崩れ|くずれ|家具|"
                   r"瓦礫|がれき|倒壊|火事|かじ|煙|けむり|川が|かわが|水が|みずが")
_PINNED = r"下敷き|下じき|したじき|生き埋め|いきうめ|取り残され|とりのこされ|挟まれ|はさまれ|閉じ込められ|とじこめられ"
# swept away only while it happens (「流された車の保険」「車が流された」 is a loss to claim for)
_SWEPT = r"(流され|ながされ)(て(い)?(る|ます)|そう)"
# (the past only at the end or beside a plea: 「洪水で流された車の保険」 is paperwork)
_CUT_OFF = (r"(になって|になり|て|で)?(逃げ|にげ|動け|うごけ|出|で|抜け|ぬけ)(られ)?(ない|なく|ません|ん)|"
            r"(て|で)(い)?(る|ます)|た(?=$|みたい|かも|っぽ|ぽい|助け|たすけ|どうし)|助けて|たすけて")
_WATER_IN = r"(水|みず)(が)?(入って|はいって|上がって|あがって)(き|く)"
TRAPPED_NOW = _timely(
    "",
    rf"({_DISASTER_NAMED}).{{0,30}}({_PINNED}).{{0,12}}({_CUT_OFF})|({_PINNED}).{{0,12}}({_CUT_OFF}).{{0,20}}({_DISASTER_NAMED})|"
    rf"({_DISASTER_NAMED}).{{0,30}}{_SWEPT}|{_SWEPT}.{{0,20}}({_DISASTER_NAMED})|"
    rf"{_WATER_IN}.{{0,20}}(逃げられ|にげられ|動けな|うごけな|出られな|でられな|助けて|たすけて|二階に|屋根に)")

# ---------------------------------------------------------------- a fall from a height (round 15)
# A person who fell from a balcony, a window, a roof or a ladder: 119 (the head read a child's fall as abuse). Not
# the stairs (a child who tumbled and cries is fine more often), not "nearly", nor a fall told as unhurt.
_PERSON = (r"子|こども|息子|むすこ|娘|むすめ|赤ちゃん|あかちゃん|孫|まご|母|はは|父|ちち|祖母|祖父|おばあ|おじい|ばあちゃん|"
           r"じいちゃん|夫|妻|旦那|主人|兄|姉|弟|妹|人|ひと|友達|ともだち|彼")
_HEIGHT = r"ベランダ|べらんだ|[2-9２-９]階|二階|三階|にかい|屋根|やね|屋上|おくじょう|窓|まど|脚立|きゃたつ|はしご|梯子"
_FELL_DOWN = r"(落ち|おち)(?!そう|な|る|ま|か)|転落|てんらく"
FELL_FROM_HEIGHT = _timely("大丈夫|だいじょうぶ|無事|ぶじ|元気|げんき|平気|へいき|怪我(は|も)な|けが(は|も)な|ように",
                           rf"({_PERSON})(が|は|も).{{0,16}}({_HEIGHT}).{{0,6}}(から|より).{{0,4}}({_FELL_DOWN})|"
                           rf"({_HEIGHT}).{{0,12}}(から|より|越えて|こえて).{{0,10}}({_PERSON})(が|も).{{0,4}}({_FELL_DOWN})")
FELL_FROM_HEIGHT_ELSEWHERE = (
    r"re:(SON|DAUGHTER|CHILD|KID|BABY|TODDLER|MOM|MUM|DAD|MOTHER|FATHER|GRANDMA|GRANDPA|HUSBAND|WIFE|BROTHER|SISTER|"
    r"FRIEND|SOMEONE)(JUST)?(FELL|HASFALLEN|HADFALLEN)(OFF|FROM|OUTOF|OUT)(OF)?(THE|A|HIS|HER|OUR|MY)?(BALCONY|ROOF|"
    r"WINDOW|LADDER|SECONDFLOOR|2NDFLOOR|THIRDFLOOR)",
    r"re:(FILH[OA]|CRIANÇA|CRIANCA|BEBÊ|BEBE|MÃE|MAE|PAI|AVÓ|AVÔ|AVO|MARIDO|ESPOSA)CAIU(DA|DO|DE|PELA|PELO)(VARANDA|SACADA|"
    r"JANELA|TELHADO|LAJE)",
    r"re:SE(CAYÓ|CAYO)(DEL|DELA|POR|DESDE)(EL|LA)?(BALCÓN|BALCON|VENTANA|TECHO|TEJADO|AZOTEA)",
    "ngã từ ban công", "rơi từ ban công", "ngã từ cửa sổ", "rơi từ cửa sổ", "ngã từ mái", "rơi từ mái",
    "从阳台摔", "从窗户摔", "从楼上摔", "从阳台掉下", "从窗户掉下", "从楼上掉下", "从屋顶摔",
)

MEDICAL = (PRODUCT_IN_MOUTH, FELL_AND_STUCK, STROKE, CHEST_PAIN, BREATH_AFTER, CHOKING, DROWNING, SEIZURE,
           CARBON_MONOXIDE, LYING_NOW, HEAT_OR_WEAK, HEAD_STRUCK, TRAPPED_NOW, FELL_FROM_HEIGHT, *FELL_FROM_HEIGHT_ELSEWHERE)

# ---------------------------------------------------------------- everyday look-alikes the head reads as crises
# Read by crisis_assess over the whole folded message, for a crisis the head alone found: a product handled as
# it is meant (spilt, refilled, used, put away), a drunk's slurring, a fear or a worry after a past fall. Each
# holds only with nothing alarming told anywhere in the message (a mouth, a breath, a wound, a blow, pain).
# a household product (not tobacco or fuel, which harm in other ways) spilt, refilled, bought or used as meant
_HOUSEHOLD = (r"洗剤|せんざい|ジェルボール|柔軟剤|芳香剤|芳香ビーズ|消臭ビーズ|消臭剤|防虫剤|入浴剤|漂白剤|ハイター|カビキラー|除菌|"
              r"消毒液|殺虫剤|シャンプー|ボディソープ|ハンドソープ|石鹸|石けん|化粧水|保冷剤|乾燥剤|クレンザー")
_HANDLED = (r"こぼ|零|拭|ふい|ふき|詰め替|つめかえ|薄め|うすめ|使ってみ|つかってみ|使って(る|い)|買っ|買い|もらっ|貰っ|しまっ|"
            r"片付け|かたづけ|保管")
# ... and no child left alone or unfed beside it (a neglect told with a product in it keeps the head's reading)
_LEFT = r"置いて|置き去り|おいて|ほったらかし|放って|一人で|ひとりで|留守|帰ってこ|かえってこ|ご飯|ごはん|食事"
_FALL_PAST = r"(転倒|てんとう|転ん|ころん|こけ|転び|ころび|落ち|おち)(して|て|で)?から"
_WARY = (r"外に出|外出|出かけ|でかけ|家から出|歩く|あるく|散歩|引きこも|ひきこも|こもりがち|閉じこも|とじこも")  # going out, not a person
_DRUNK = r"酔|よっぱ|酒|さけ|飲み会|のみかい|ビール|晩酌|泥酔"
_BODY_ALARM = (rf"{_BREATH}|息(?!子)|血|吐|意識|痛|いたい|いたく|いたむ|動け|うごけ|動かな|うごかな|倒れ|たおれ|起き上がれ|"
             r"殴|叩|蹴|暴|押し付け|おしつけ|根性焼|怒鳴|絡|からむ|からま|脅|おど|怖が|こわが|投げ|壊|逃げ|無理やり|閉じ込|放置|年金|あざ|アザ|傷|けが|ケガ|怪我|"
             r"骨|腫|はれ|赤く|泣|苦し|"
             r"片方|片側|半身|右|左|顔|痙攣|けいれん|死|殺|消え|目に|めに|肌|皮膚|かぶれ|しみ")
_ALARMING = rf"({_MOUTHED})|{_BODY_ALARM}"
# a seizure or an asthma attack of long ago told as history (「小さいころよくひきつけを起こしていた」), nothing now;
# not injuries (骨折, あざ), whose history is how a child's abuse is often told
_LONG_AGO = (r"昔|むかし|小さい頃|小さいころ|ちいさいころ|子供の頃|子どもの頃|こどものころ|幼い頃|幼児期|乳児期|赤ちゃんの頃|"
             r"赤ちゃんのころ|年前")
_HISTORY = rf"{_SEIZURE}|発作|喘息|ぜんそく"
_HARMED = (r"死|殺|殴|叩|蹴|暴|怒鳴|乱暴|虐待|怒ら|無視|無理やり|閉じ込|放置|年金|食事を|ご飯を|あざ|アザ|消え|骨折|傷|"
           r"やけど|火傷|説明")
_CARED_FOR = (r"ご飯|ごはん|食事|作ってくれ|つくってくれ|面倒|世話|子ども|子供|こども|ぼく|僕|あたし|"
              r"帰ってこ|かえってこ|放って|ほっと|毎日|毎晩|いつも|ママ|パパ|お母さん|おかあさん|お父さん|おとうさん")
EVERYDAY_MEDICAL = rule(
    _guarded(f"{_NOW}|{_HARMED}", rf"({_LONG_AGO}).{{0,30}}({_HISTORY})"),
    _guarded(f"{_ALARMING}|{_LEFT}", rf"({_HOUSEHOLD}).{{0,12}}({_HANDLED})"),
    _guarded(_ALARMING, rf"{_FALL_PAST}.{{0,24}}({_WARY})"),
    # a drunk parent told by a child, or drinking as a habit, is how neglect is told: the head's reading stands
    _guarded(rf"{_BODY_ALARM}|{_CARED_FOR}", rf"({_DRUNK}).{{0,24}}(呂律|ろれつ)|(呂律|ろれつ).{{0,24}}({_DRUNK})"),
)


def everyday_medical(folded: str) -> bool:
    """A product handled as meant, a drunk's slurring or a worry after a past fall, with nothing alarming told:
    what the head reads as someone hurt or an elder harmed, but what needs no hotline first."""
    return bool(EVERYDAY_MEDICAL.search(folded))
