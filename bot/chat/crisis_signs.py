"""Round 11's phrasings of danger now and of a plan told calmly, as pattern strings for crisis_rules (which folds
and compiles them, as its own lists): someone collapsed who does not answer (119), a partner's violence going on
this minute or a door locked against him (danger now: 110), an abduction tried, a leaving of this world with a
time to it or a death's money as the way to pay, and final arrangements beside a means got ready.

Patterns are written over the folded text (NFKC, katakana, no spaces or punctuation, upper case); a pattern that
starts with "re:" is a regular expression, plain strings are folded by crisis_rules.rule. Each class pairs two
signs where one alone is everyday (倒れそうなほど忙しい; 呼んでも起きない子; rope for camping; 母はもうこの世にいない).
"""

from __future__ import annotations

# Lying collapsed, and not answering or waking (folded; dialect endings 〜とって / 〜ん / 〜へん too).
_COLLAPSED = (r"(倒レ(テ|タ|トッ|チョッ|トル|テル|込ン)|タオレ(テ|タ|トッ|トル|テル|コン)|ウズクマッ|グッタリ|ぐったり|白目(ヲ|ムイ)|"
              r"泡ヲ(吹|フ)|崩レ落チ|クズレオチ|床ニ(横|ヨコ|転ガ)|意識ヲ失)")
_NO_RESPONSE = (r"(起キ(ナイ|ン|ネエ|ヘン|マセン)|オキ(ナイ|ン(?!ト)|ネエ|ヘン|マセン)|目(ヲ|エ|ェ)?(開ケ|アケ|覚マサ|サマサ)(ナイ|ン|ネエ|ヘン|マセン)|"
                r"返事(ガ|モ)?(ナイ|無イ|ナク|セ|シナイ|ネエ|アリマセン)|ヘンジ(ガ|モ)?(ナイ|ナク|セ|シナイ|ネエ)|反応(ガ|モ)?(ナイ|無イ|ナク|シナイ|セ)|"
                r"ハンノウ(ガ|モ)?(ナイ|ナク|シナイ)|息(ヲ|ガ)?(シテ(イ)?(ナイ|ネエ|ヘン)|シテナ|止マッテ|トマッテ|シトラ)|イキ(ヲ)?シテ(イ)?ナ|"
                r"意識(ガ)?(ナイ|無イ|ナク|ネエ)|"  # not 意識が戻らない: that one is in hospital already
                # round 14: a breath gone wrong beside lying limp (「ぐったりして呼吸がおかしい」); not 荒い / 浅い, which a
                # run or a fever gives
                r"呼吸(ガ)?(オカシ|変|ヘン|弱|ヨワ|止マ|トマ|シテナ|シテイナ)|息(ガ)?(弱|ヨワ|オカシ|変ダ|ヘンダ))")

# ... unless the rest of the sentence says they are asleep or worn out (「ソファに倒れ込んで、返事もしないで寝てる」,
# 「床に寝転んで返事もしない」): a nap, not an emergency (lead, round 11: these read as 119 before).
_AWAKE_LATER = r"(?!.*(寝テ|寝テル|寝転|ネテ|ネコロ|昼寝|眠ッ|ネムッ|グッスリ|イビキ|疲レ|ツカレ|イツモノ|笑))"

# ... or who does not wake or answer with a bad breath or colour (「昼寝から起きない。…息が浅い」, round 12): a nap guard
# (crisis_everyday.napping) never holds beside these, so they are 119 however the sleep began.
_BAD_SIGN = (r"(息ガ(浅|変|ヘン|荒|苦|弱|オカシ|止)|イキガ(アサ|ヘン|アラ|クルシ|ヨワ)|顔色ガ(悪|ワル|青|アオ|真ッ青|マッサオ|土気色)|"
             r"唇ガ(紫|青|ムラサキ|アオ)|(体|カラダ)ガ(冷タ|ツメタ)|痙攣|ケイレン)")

# Someone collapsed or lying there who does not answer now, in dialect too (「倒れとって…目ぇ開けん」).
COLLAPSE = (
    f"re:{_COLLAPSED}{_AWAKE_LATER}.{{0,24}}{_NO_RESPONSE}", f"re:{_NO_RESPONSE}{_AWAKE_LATER}.{{0,12}}{_COLLAPSED}",
    f"re:{_NO_RESPONSE}.{{0,30}}{_BAD_SIGN}", f"re:{_BAD_SIGN}.{{0,30}}{_NO_RESPONSE}",
    "re:(?!.*(ASLEEP|SLEEP|NAP|TIRED|EXHAUSTED|AFTERWORK|LOL|HAHA))(COLLAPSED|PASSEDOUT|FAINTED|FELLDOWN|ONTHEFLOOR|ONTHEGROUND).{0,40}(NOTRESPONDING|UNRESPONSIVE|WON['’]?TWAKE|"
    "CAN['’]?TWAKE(HIM|HER|THEM)|DOESN['’]?TRESPOND|ISN['’]?TRESPONDING|NOTMOVING|ISN['’]?TMOVING|ISN['’]?TBREATHING|"
    "WON['’]?TOPENHISEYES|WON['’]?TOPENHEREYES)",
    "re:(晕倒|昏倒|倒在地|倒在|倒下|摔倒).{0,16}(叫不醒|没反应|没有反应|不省人事|没有呼吸|没呼吸|叫也不|不动了|睁不开)",
    "昏迷不醒", "不省人事", "没有呼吸了",
    "re:(DESMAI|CAIU|CAÍD|CAID|CAÍ).{0,50}(NÃORESPONDE|NAORESPONDE|NÃOACORDA|NAOACORDA|NÃORESPIRA|NAORESPIRA|NÃOSEMEXE|NAOSEMEXE)",
    "re:(DESMAY|SECAYÓ|SECAYO|TIRAD|CAÍD|CAID).{0,50}(NORESPONDE|NODESPIERTA|NORESPIRA|NOSEMUEVE|NOREACCIONA)",
    "bất tỉnh", "re:(NGẤT|NGÃ|TÉ|GỤC).{0,24}(KHÔNGTỈNH|KHÔNGTRẢLỜI|GỌIKHÔNG|GỌIMÃIKHÔNG|KHÔNGTHỞ|KHÔNGCỬĐỘNG|KHÔNGMỞMẮT)",
    "walang malay", "hindi humihinga", "re:(HINIMATAY|NAHIMATAY|BUMAGSAK|NATUMBA).{0,30}(HINDI|AYAW)(GUMIGISING|SUMASAGOT|HUMIHINGA|MAGISING|GUMALAW)",
    "의식이 없", "숨을 안 쉬", "숨을 쉬지 않", "re:쓰러(져|졌|진).{0,20}(안일어나|반응이없|대답이없|대답을안|깨어나지|눈을안떠|안움직)",
    "tidak sadarkan diri", "tidak bernapas", "re:PINGSAN.{0,24}(TIDAK|GAK|NGGAK|ENGGAK)(BANGUN|SADAR|MERESPON|BERNAPAS|NAPAS|BERGERAK)",
    "बेहोस", "सास फेर्दैन", "सास फेरेको छैन",
)

# A partner's harm going on this minute (「いま夫が…物を投げてて」), a door locked against him, shut in by him, or the
# one who did it still near: added to crisis_rules.DV_NOW (not 今は, 今日, 今まで: not now).
HARM_NOW = (
    "re:(?<![一-龯])(今|イマ)(?!ハ|日|朝|年|度|回|月|週|夜|マデ|頃|ゴロ|更|イチ|サラ|ニ|デモ|ス|シ|セ)(、)?.{0,16}"
    "(投ゲテ(ル|テ|イ)|ナゲテ(ル|テ|イ)|暴レテ|アバレテ|蹴ッテ|ケッテ|蹴ラレ|ケラレ|殴ッテ|ナグッテ|殴ラレ|ナグラレ|叩カレ|タタカレ|"
    "叩イテ|タタイテ|怒鳴ッテ|ドナッテ|壊シテ|コワシテ|ドアヲ(叩|タタ|蹴|ケ))",
    "re:(鍵|カギ)ヲ(カケ|掛ケ|シメ|閉メ)(テ)?(マス|ル|イル|イマス|隠レ|カクレ|閉ジコモ|トジコモ|籠ッ|コモッ)",
    "re:(トイレ|寝室|部屋|ヘヤ|風呂|浴室|押入レ|押シ入レ|オシイレ|車)ニ(隠レ|カクレ|逃ゲ込ン|ニゲコン|閉ジコモッ|トジコモッ|立テコモッ)(テ)?(マス|ル|イル|イマス)",
    "re:(閉ジ込メ|トジコメ)ラレ(テ(ル|イル|マス|イマス)?|テテ)(?!タ)",
    "re:(マダ|今モ|イマモ)(近ク|チカク|ソコ|外|ソト|家ノ前|イエノマエ|家ノ外|隣|トナリ|下|玄関|ゲンカン|ドアノ前)(ニ)?(イル|居ル|イマス|オル|イテ)",
    # round 17: a message that ends on "now" (「なぐってくる いま」), and harm told in the progressive, going on as
    # it is written ("me está persiguiendo", "está me seguindo", "is chasing me")
    "re:(?<![一-龯])(今|イマ)$", "re:ME(ESTÁ|ESTA)[A-ZÁÉÍÓÚÑ]*(ANDO|IENDO)", "re:(ESTÁ|ESTA)ME[A-ZÃÁÉÍÓÚÇ]*(ANDO|ENDO|INDO)",
    "re:IS(CHASING|FOLLOWING|HITTING|BEATING|CHOKING|KICKING|ATTACKING|THREATENING)(ME|US)",
    "locked me in", "locked us in", "won't let me out", "wont let me out", "hiding in the", "still outside",
    "me trancou", "me encerró", "把我锁在", "把我关在", "nhốt em", "nhốt tôi", "가뒀", "가두고", "ikinulong ako",
)

# Round 17: a partner's blows in Tagalog in any aspect (sinasampal, binubugbog: going on; sinampal: done) and in
# either order ("ang asawa ko … sinasaktan", "sinasaktan ako ng mister ko"): DV
_TL_PARTNER = r"(ASAWA|DANNA|MISTER|NOBYO|KINAKASAMA|LIVE-?IN)"
_TL_BLOWS = (r"(SINASAMPAL|SINAMPAL|BINUBUGBOG|BINUGBOG|SINUSUNTOK|SINUNTOK|SINISIPA|SINIPA|SINASAKAL|SINAKAL|"
             r"SINASAKTAN|SINAKTAN)")
TAGALOG_PARTNER_BLOWS = (f"re:{_TL_PARTNER}(KO|NIYA)?.{{0,30}}{_TL_BLOWS}", f"re:{_TL_BLOWS}(AKO)?NG{_TL_PARTNER}")

# An abduction tried or happening (「腕つかまれて車に乗せられそうに」): forced into a car, or grabbed toward one.
ABDUCTION = (
    "re:(車|クルマ)ニ(乗セラレ|ノセラレ|連レ込マレ|ツレコマレ|押シ込マレ|オシコマレ|引キズリ込マレ|ヒキズリコマレ|"
    "引ッ張リ込マレ|ヒッパリコマレ)(ソウ|カケ)",
    "re:(車|クルマ)ニ(連レ込マレ|ツレコマレ|押シ込マレ|オシコマレ|引キズリ込マレ|ヒキズリコマレ|引ッ張リ込マレ|ヒッパリコマレ)",
    "re:(腕|ウデ|手首|テクビ|髪|カミ)(ヲ)?(掴|ツカ|引ッ張|ヒッパ)(マレ|ラレ).{0,16}(車|クルマ)(ニ|ノ方|ヘ)",
    "re:(PULL|DRAG|FORC|PUSH|SHOV|GRABB|TRI(ED|ES)TOTAKE)[A-Z]*(ME|HER|HIM|MY[A-Z]+|THE[A-Z]+|A[A-Z]+)?INTO(A|HIS|THE|THEIR|HER)?(CAR|VAN|TRUCK)",
    "re:(拉|拽|拖|塞|推|抱)(我|她|他|孩子|女儿|儿子)?(上|进)(了)?(他的|一辆)?(车|面包车)",
    "re:(PUX|ARRAST|EMPURR|FORÇ|FORC)[A-ZÇÃÕ]*.{0,14}(PARADENTRODO|PARAO|PRO|NO|DENTRODO)(CARRO|VAN|AUTOMÓVEL)",
    "re:(JAL|ARRASTR|METER|SUBIR|EMPUJ)[A-ZÁÉÍÓÚ]*.{0,14}(AL|EN|A|DENTRODEL|ADENTRODEL)(COCHE|CARRO|AUTO|FURGONETA)",
    "re:(KÉO|LÔI|BẮT|ÉP|NÉM)[A-ZĐÀ-Ỹ]{0,8}(LÊN|VÀO)XE", "re:차에.{0,4}(태우려|끌고|끌려|억지로|강제로|밀어)", "re:(억지로|강제로).{0,6}차에",
    "re:(HINILA|KINALADKAD|ISINAKAY|SINAKAY|TINULAK).{0,24}(SASAKYAN|KOTSE|VAN)",
)

# Someone at work, at school or the landlord who hits me, or says he will kill me, in the languages foreign workers
# and students write (Japanese already reads 「社長に毎日殴られて」 through 殴られ): a technical intern's boss, a
# dormitory manager. The one who hits is named, so "it hits me", "beats me (I don't know)" and "kicked me out"
# (an eviction) are not read; Portuguese pegar (to pick up) is left out, Spanish pegar is to hit.
_BOSS_EN = r"(BOSS|EMPLOYER|MANAGER|SUPERVISOR|COWORKER|CO-WORKER|COLLEAGUE|LANDLORD|TEACHER|CLASSMATE|FOREMAN|SENPAI|COACH)"
HIT_BY_BOSS = (
    f"re:{_BOSS_EN}S?[A-Z'’]{{0,40}}?(HITS|HIT|HITTING|BEATS|BEAT|BEATING|KICKS|KICKED|KICKING|SLAPS|SLAPPED|PUNCHES|PUNCHED)"
    r"(ME|US)(?!OUT|OFF|TOIT|(AT|IN)(A|THE)?(GAME|MATCH|RACE|CHESS|SHOGI|TENNIS|GOLF|CARDS|POKER|BOWLING|POOL))",
    "re:(ÔNGCHỦ|BÀCHỦ|CHỦNHÀ|CHỦXƯỞNG|QUẢNLÝ|SẾP|ĐỒNGNGHIỆP|GIÁMĐỐC|TỔTRƯỞNG|THẦYGIÁO|CÔGIÁO|BẠNCÙNGLỚP|SENPAI)"
    ".{0,30}(ĐÁNH|ĐẤM|TÁT|ĐÁ)(TÔI|EM|CHÚNGTÔI|BỌNTÔI|MÌNH|CHÁU)",
    "re:(SẼ|ĐÒI|DỌA|DOẠ|NÓISẼ)GIẾT(TÔI|EM|CHÁU|CẢNHÀ|MÌNH|CHÚNGTÔI)",
    "re:(PATRÃO|PATRAO|CHEFE|GERENTE|ENCARREGADO|SUPERVISOR)(SEMPRE)?(ME|NOS)(BAT|ESPANC|CHUT|AGRED|SOC)",
    "re:(JEFE|PATRÓN|PATRON|ENCARGADO|CAPATAZ|GERENTE)(SIEMPRE)?(ME|NOS)(PEG|GOLPE|AGRED)",
    "re:(老板|老闆|老板娘|社长|社長|经理|主管|上司|同事|前辈|组长|班长|房东|老师|同学).{0,16}(打我|踢我|揍我|打我们|殴打我)",
    "re:(AMO|BOSS|MANAGER|SUPERBISOR|KATRABAHO)(KO|NAMIN)?.{0,20}(SINASAKTAN|BINUBUGBOG|SINAMPAL|SINUNTOK|SINIPA)(AKO|KAMI)",
    "re:(SINASAKTAN|BINUBUGBOG|SINASAMPAL|SINUNTOK|SINIPA)(AKO|KAMI)NG(AMO|BOSS|MANAGER|SUPERBISOR)",
    "re:(사장|상사|관리자|반장|선배|동료|집주인|선생님).{0,12}(때려|때리|때린|폭행)",
    "re:(BOS|MAJIKAN|ATASAN|MANDOR|SENIOR)(SAYA|KU|KAMI)?.{0,20}(MEMUKUL|MENAMPAR|MENENDANG|MENGHAJAR)(SAYA|KAMI|AKU)",
)

# A leaving of this world with a time to it, or planned (「明日の朝にはこの世におらん予定」); money a death would bring
# as the way to pay, or worth more dead. Not grief's 「母はもうこの世にいない」, which has neither.
FAREWELL = (
    "re:(明日|アシタ|アス|今夜|コンヤ|今晩|コンバン|来週|週末|朝|アサ|夜明ケ)(ノ朝|ノアサ)?(ニハ|ハ|ニ|マデニハ|マデニ|ニナッタラ|ニナレバ)?"
    ".{0,6}コノ世(ニ|ニハ|カラ)?.{0,3}(オラ|イナ|居ナ|イネ|イマセ|オリマセ|消エ|キエ|サヨナラ|オサラバ)",
    "re:コノ世(ニ|カラ)(ハ)?(モウ)?(オラン|オラヘン|イナイ|居ナイ|イネエ|イマセン|オリマセン|消エル|キエル)(予定|ヨテイ|ツモリ)",
    # ... in other languages, always with the speaker and the future (grief says "is no longer in this world")
    "re:(WON['’]?T|WILLNOT|WONT|WILLNOLONGER|NOTGOINGTO|WON['’]?TEVEN)BE(IN|ON|OF|AROUND)(THIS|THE)(WORLD|EARTH)",
    "re:I(['’]M|AM|WILL|['’]LL)(BE)?LEAV(E|ING)THIS(WORLD|EARTH|LIFE)",
    "re:(明天|今晚|今天晚上|下周|到时候|明早)(我)?(就|应该|大概)?(已经)?(不在|离开)(这个|这)?(世界|人世|人间)",
    "re:我(就|会|将|要|打算)(要)?离开(这个|这)?(世界|人世|人间)",
    "re:N[ÃA]OESTAREI(MAIS)?(NESTE|NESSE|NO|AQUI)", "re:YANOESTAR[ÉE](EN|AQU[ÍI])", "re:NOESTAR[ÉE](MÁS|MAS)?ENESTEMUNDO",
    "re:(NGÀYMAI|TỐINAY|SÁNGMAI|TUẦNSAU).{0,16}KHÔNGCÒN(TRÊN|Ở)(CÕI|ĐỜI|THẾ)", "re:WALANAAKO(SA)?(MUNDO|DAIGDIG)",
    "re:(내일|오늘밤|다음주|아침).{0,12}세상에(없을|없겠)", "re:세상(을|에서)떠날(거|게|예정)",
    # money one's own death would bring, as the way to pay, or worth more dead (not the policy alone: 「生命保険で
    # 住宅ローンが返せるなら安心」 is household planning)
    "re:(死ネバ|シネバ|イナクナレバ|居ナクナレバ|消エレバ|キエレバ).{0,12}(保険金|生命保険|保険デ|保険ガ)",
    "worth more dead", "vale mais morto", "vale mais morta", "valgo más muerto", "valgo más muerta",
    "re:(MY|THE)LIFEINSURANCE.{0,20}(PAY|COVER|CLEAR|SETTLE).{0,24}(IFI(['’]M|AM|WERE|WAS)GONE|WHENI(['’]M|AM)GONE|AFTERI(['’]M|AM)GONE|ONCEI(['’]M|AM)GONE)",
)

# Final arrangements and a means got ready, read over the whole message (crisis.detect): a pet or one's
# things given away for good, goodbyes to everyone, AND a rope, charcoal or pills bought. Each alone is everyday (a
# pet rehomed before a move, rope for camping); together they are a plan.
_PET_OR_THINGS = (r"(犬|イヌ|猫|ネコ|ペット|インコ|ウサギ|ハムスター|金魚|ウチノ子|愛犬|愛猫|持チ物|モチモノ|私物|荷物|服|"
                  r"DOG|CAT|PET|BIRD|RABBIT|HAMSTER|THINGS|STUFF|BELONGINGS|GUITAR|CACHORRO|GATO|PERRO|狗|猫咪|CHÓ|MÈO|강아지|고양이|PUSA)")
_FOR_GOOD = (r"(ズット|一生|最後マデ|二度ト|ニドト|モウ戻ラ|モウモドラ|返サナクテ|カエサナクテ|モウ要ラナイ|モウイラナイ|モウ必要ナイ|"
             r"FORGOOD|FOREVER|FORKEEPS|PERMANENTLY|WON['’]?TNEED|PARASEMPRE|DEFINITIVAMENTE|永远|再也|MÃIMÃI|영원히|PANGHABANGBUHAY)")
FINAL_ACT_PATTERNS = (
    f"re:{_PET_OR_THINGS}.{{0,40}}{_FOR_GOOD}", f"re:{_FOR_GOOD}.{{0,30}}{_PET_OR_THINGS}", "身辺整理",
    "re:(ミンナ|皆|今マデ|イママデ)(本当ニ)?(アリガトウ|元気デ|ゲンキデ|サヨナラ|サヨウナラ|サイナラ)",
    "re:(SAID|SAY|SAYING)GOODBYETO(EVERYONE|EVERYBODY|ALLMY|MYFRIENDS|MYFAMILY)", "goodbye everyone", "thank you for everything",
    "adeus a todos", "adiós a todos", "再见了大家", "谢谢大家的一切", "tạm biệt mọi người", "모두 안녕", "paalam sa inyong lahat",
)
MEANS_READY_PATTERNS = (
    "re:(ロープ|縄|ナワ|ヒモ|紐|練炭|レンタン|七輪|睡眠薬|眠剤|農薬)(ヲ|モ)?.{0,8}(買ッ|カッ(?!ト)|購入|用意|ヨウイ|準備|"
    "ジュンビ|手ニ入|テニイ|揃エ|ソロエ|注文)",
    "re:(BOUGHT|GOT|ORDERED|PICKEDUP|PURCHASED)(A|SOME|THE|MORE)?(LENGTHOF|COILOF|BAGOF|BOXOF)?(ROPE|CHARCOAL|NOOSE|SLEEPINGPILLS)",
    "re:买(了)?(绳子|绳|木炭|炭|安眠药)", "re:COMPREI(UMA)?(CORDA|CARVÃO)", "re:COMPR[ÉE](UNA)?(CUERDA|CARBÓN|SOGA)",
    "re:MUA.{0,4}(DÂYTHỪNG|THANHOẠT|THUỐCNGỦ)", "re:(밧줄|번개탄|수면제)(을|를)?(샀|구했|준비)", "re:BUMILI(AKO)?NGLUBID",
    "re:BELI(TALI|ARANG|OBATTIDUR)",
)

# Round 13: a small child's own words about a parent who hurts it, in kana, with emoji, often as a passive
# (「ままに ぶたれた。あたまいたい」, 「おかあさんにつきとばされた😭」, 「パパがぼくをなぐった」): child abuse, 189 first. A harm
# that can be play or an accident (押された, ぶつけられた, ひっぱられた) counts only beside pain or fear in the message.
_PARENT = (r"(?<![祖叔伯])(パパ|ママ|オトウサン|オカアサン|オトサン|オカサン|トウサン|カアサン|オトン|オカン|オ父サン|オ母サン|"
           r"父サン|母サン|父|母)(?!友|トモ|サン|活|カツ)")
_HURT_BY = (r"(ブタレ(?!バ)|打タレ|ツキトバサレ|突キ飛バサレ|オシタオサレ|押シ倒サレ|ツネラレ|抓ラレ|ビンタサレ|ヒッパタカレ|"
            r"ナゲトバサレ|投ゲ飛バサレ|シメラレ|絞メラレ|ナグラレ|殴ラレ|タタカレ|叩カレ|(?<![一-龯ツヅウアズカタスサミ])ケラレ|蹴ラレ)")
_HURT_MAYBE = r"(オサレ|押サレ|ブツケラレ|ヒッパラレ|引ッ張ラレ|ツカマレ|掴マレ|ナゲラレ|投ゲラレ|オサエツケラレ|押サエツケラレ)"
_PAIN_OR_FEAR = (r"(イタイ|痛イ|イタカッタ|痛カッタ|イテエ|コワイ|怖イ|コワカッタ|怖カッタ|コワイヨ|ヤメテ|タスケテ|助ケテ|ナイチャ|泣イ|"
                 r"ナイタ|😢|😭|😿|🥺|😣|😖|😰|😱|🤕)")
_SELF = r"(ボク|僕|ワタシ|私|アタシ|オレ|俺|ウチ)(ヲ|ノコト(ヲ)?)?"
_HITS = r"(タタイ|叩イ|タタク|叩ク|ナグッ|殴ッ|ナグル|殴ル|ケッ(タ|テ)|ケル|蹴ッ|蹴ル|ブッ(タ|テ)|ブツ(?!ブ|カ|ケ)|ツキトバ|突キ飛バ|ツネ|ヒッパタ)"
CHILD_OWN_WORDS = (
    f"re:{_PARENT}(ニ|カラ|ガ|ハ)?{_HURT_BY}", f"re:{_PARENT}(ニ|カラ).{{0,12}}{_HURT_BY}",
    f"re:{_PARENT}(ニ|カラ)?.{{0,12}}{_HURT_MAYBE}.{{0,30}}{_PAIN_OR_FEAR}",
    f"re:{_PAIN_OR_FEAR}.{{0,30}}{_PARENT}(ニ|カラ)?.{{0,12}}{_HURT_MAYBE}",
    f"re:{_PARENT}.{{0,6}}{_PAIN_OR_FEAR}.{{0,24}}{_HURT_MAYBE}",  # 「パパこわい😭 きのう かべに あたま ぶつけられた」
    f"re:{_PARENT}(ガ|ハ)?{_SELF}.{{0,3}}{_HITS}",
    # what a parent does, the whole sentence (「おかあさんが ぶつ」「ママ すぐ たたく」)
    f"re:^{_PARENT}(ガ|ハ)?(イツモ|マイニチ|スグ|マタ)?(ブツ|ブッタ|タタク|タタイタ|ナグル|ナグッタ|ケル|ケッタ|ツネル|ツネッタ)(ノ|ヨ|ンダ|ン)?\\W*$",
    # a parent who hits when angry or drunk, told by the child: 「おとうさん おこると たたく こわい」
    f"re:{_PARENT}(ガ|ハ)?(オコルト|怒ルト|オコッタラ|怒ッタラ|キレルト|キレタラ|ヨウト|酔ウト|ヨッパラウト|オサケノムト|オ酒飲ムト)"
    f".{{0,6}}{_HITS}",
    # round 14: what a parent does to me, with くる (「ぱぱが いつも けってくる」), and being put out of the house by a
    # parent or a parent's partner at night, in the cold, every day (「ままの かれしに よる そとに だされる」; not
    # 「母に外に出された洗濯物」)
    f"re:{_PARENT}(ガ|ハ)?(イツモ|マイニチ|毎日|スグ|マタ)?(タタイテ|叩イテ|ナグッテ|殴ッテ|ケッテ|蹴ッテ|ブッテ|ツネッテ)(クル|キタ|キマス)",
    f"re:{_PARENT}(ノ(カレシ|彼氏|カノジョ|彼女))?.{{0,16}}(ヨル|夜|サムイ|寒イ|ハダシ|裸足|マイニチ|毎日|イツモ)"
    f".{{0,10}}(ソト|外|ベランダ)ニ(ダサレ|出サレ|オイダサレ|追イ出サレ|シメダサレ|締メ出サレ)",
)

# Round 13: a whole bottle, box or strip swallowed, in Spanish and Portuguese (「se tomó entero un frasco de jarabe」,
# "bebeu a cartela inteira"); a bottle of water or one pill is no overdose, so a whole or all of them is asked for.
WHOLE_SWALLOWED = (
    "re:(TOMÓ|TOMO|TOMÉ|BEBIÓ|BEBIO|TRAGÓ|TRAGO)(ENTERO|ENTERA|COMPLETO|TODO|TODA)(EL|LA|UN|UNA)?(FRASCO|BOTE(?!LLA)|CAJA|BLÍSTER|BLISTER|TIRA)",
    "re:(TOMÓ|TOMO|TOMÉ|BEBIÓ|BEBIO|TRAGÓ|TRAGO)(EL|LA|UN|UNA)(FRASCO|BOTE(?!LLA)|CAJA|BLÍSTER|BLISTER|TIRA).{0,24}(ENTERO|ENTERA|COMPLETO)",
    "re:(TOMÓ|TOMO|TOMÉ|TOMOU|TOMEI|BEBIÓ|BEBEU|ENGOLIU|TRAGÓ)(TODAS|TODOS)(LAS|LOS|AS|OS|MIS|MEUS|MINHAS|SUS|SEUS|SUAS)"
    "(PASTILLAS|COMPRIMIDOS|REMÉDIOS|REMEDIOS|PÍLULAS|TABLETAS|CÁPSULAS)",
    "re:(TOMOU|BEBEU|TOMEI|BEBI|ENGOLIU)(O|A|UM|UMA)(VIDRO|CAIXA|CARTELA|FRASCO).{0,24}(INTEIRO|INTEIRA|TODO|TODA)",
    # round 14: a small child who swallowed medicine, a battery or a cleaner (any amount: 119 first, as in Japanese),
    # and someone bleeding heavily, in English, Portuguese and Spanish ("my son is bleeding a lot")
    "re:(BEBÊ|BEBE|NENÉM|NENEM|FILH[OA]|CRIANÇA|CRIANCA|BEBÉ|NIÑ[OA]|HIJ[OA]|BABY|TODDLER|SON|DAUGHTER|KID|CHILD)"
    "[A-ZÇÃÕÉÍÓÚÑ'’]{0,16}?(ENGOLIU|COMEU|BEBEU|TRAGÓ|TRAGO|COMIÓ|BEBIÓ|SWALLOWED|ATE|DRANK)[A-ZÇÃÕÉÍÓÚÑ]{0,16}?"
    "(REMÉDIO|REMEDIO|COMPRIMIDO|PILHA|BATERIA|DETERGENTE|ÁGUASANITÁRIA|AGUASANITARIA|VENENO|PASTILLA|MEDICINA|"
    "MEDICAMENTO|PILA|LEJÍA|LEJIA|PILL|MEDICINE|TABLET|BATTERY|BLEACH|DETERGENT|POISON|LAUNDRYPOD)",
    "re:(IS|ARE|WAS|['’]S|HE|SHE|I['’]M|IAM)BLEEDING(ALOT|SOMUCH|HEAVILY|BADLY|EVERYWHERE)",
    "re:(SANGRANDO|SANGRA|SANGROU)(MUITO|DEMAIS|SEMPARAR|MUCHO|SINPARAR)", "re:(MUITO|MUCHA|TANTA|TANTO)SANGUE?(?!FRIO)",
)
# Round 13: a jump from a height with a time or a goodbye, in Tagalog ("Mamaya tatalon na ako mula sa building");
# round 14: the edge, a friend's goodbye and silence, insurance as the only way (suicide).
JUMP_FROM = (
    "re:TATALON(NA)?(AKO)?(MULA)?(SA)?.{0,16}(BUILDING|GUSALI|BUBONG|TULAY|BINTANA|ROOFTOP|BALKONAHE|RILES|TRENPO|TREN)",
    # round 14: at the edge now — a foot on the balcony's or the bridge's railing (「ベランダの柵に足をかけてる」)
    "re:(ベランダ|屋上|橋|陸橋|歩道橋|窓|マンション)(ノ)?(柵|サク|手スリ|手摺|フェンス|欄干|ランカン|窓枠|枠)(ニ|ヲ)(足|アシ)(ヲ)?(カケ|掛ケ)",
    # a friend's goodbye come to me, then silence (「『もう限界、さよなら』ってLINEが来て既読にならない」; not a goodbye
    # I sent): the third person's crisis
    "re:(サヨナラ|サヨウナラ|今マデアリガトウ|イママデアリガトウ|モウ会エナイ|モウアエナイ).{0,16}(来|キテ|キタ|届|送ッテキ|送ラレ).{0,16}"
    "(既読ニナラ|既読ガツカ|既読ツカ|キドクニナラ|キドクガツカ|電話ニ出ナ|デンワニデナ|連絡ガツカ|連絡ガ取レ|返事ガ(ナイ|コナイ|来ナイ))",
    # better if I were not here, in dialect too (「ワシなんかおらん方がええんや」, 「うちなんかおらんほうがよかった」)
    "re:(私|ワタシ|ワシ|オレ|俺|ウチ|僕|ボク|アタシ|自分)(ナンカ|ナンテ|ナド)(オラン|イナイ|居ナイ|オラヘン|イネエ|オラ|イナ)"
    "(カッタ)?(ホウ|方)ガ(イイ|エエ|マシ|ヨカッ|ヨイ|イインダ|エエンヤ)",
    # one's death's insurance money as the only way left (「家族に保険金を残すしかない」); not buying a policy
    "re:保険金(ヲ|デモ)?(残ス|ノコス|遺ス)(シカ|ホウガ|方ガ|ツモリ|ノガ一番|ノガイチバン)",
)

# Round 14: cutting oneself, in the languages the head reads least surely ("se corta los brazos", "cắt tay mình",
# 「自分の腕を切って」 is the rules' リストカット / 自傷 already): the writer or someone they name, now or as a habit.
SELF_CUT = (
    "re:(SE|ME|TE)(CORTA|CORTO|CORTÓ|CORTOU|CORTEI|CORTAS|ESTÁCORTANDO|ESTACORTANDO)(LOS|LAS|EL|LA|SUS|MIS|OS|AS|O|A|SEUS|MEUS)?"
    "(BRAZOS?|MUÑECAS?|MUNECAS?|PIERNAS?|VENAS|BRAÇOS?|BRACOS?|PULSOS?|PERNAS?)",
    "re:(CUTS|CUTTING|CUT)(HIM|HER|MY|THEM)SELF", "re:(CUTS|CUTTING)(HIS|HER|THEIR|MY)(ARMS?|WRISTS?|LEGS?|THIGHS?)",
    "re:(TỰ)?(CẮT|RẠCH)(TAY|CỔTAY)(MÌNH|CỦAMÌNH)", "re:(割|划)(自己的)?(手腕|腕|胳膊)", "自残",
    "re:(NAGLALASLAS|HINIWA|HINIHIWA|SINUSUGATAN)(NG|ANG)?(PULSO|BRASO)",
)  # not Korean: the head reads 「손목을 긋고 있어요」 (cutting now) as an injury, 119 first, which a rule would take away


# Round 13: a child afraid to go home, in kana as well as kanji: the harm is at home (189), not a stranger's (110)
HOME_FEAR = ("家に帰りたくない", "家帰りたくない", "いえにかえりたくない", "おうちにかえりたくない", "うちにかえりたくない",
             "おうちかえりたくない", "おうちこわい", "おうちがこわい", "いえがこわい", "家が怖い",
             # round 16: hit when home (「家に帰ると殴られるって」), by whoever is there
             "re:(家|イエ|ウチ)ニ(帰|カエ)(ルト|ッタラ|レバ).{0,4}(殴|ナグ|叩|タタ|蹴|ケ)ラレ")

# Round 13: a wish to follow the dead (「一周忌が済んだら、私も母のところへ行きます」, 「はやく おじいさんの ところへ
# いきたい」): a death named, then "me too" or a wish to go to where they are. Not a visit to the living or the grave.
_DEATH = r"(亡|ナクナ|死ン|シン(デ|ダ)|天国|テンゴク|他界|一周忌|三回忌|七回忌|命日|四十九日|先立|サキダ)"
_TO_THEM = r"(ノ)?(トコロ|トコ|所|ソバ|側|元|モト)(ヘ|ニ|サ)(行|イ|逝)"
FOLLOW_THE_DEAD = (
    f"re:{_DEATH}.{{0,40}}(私モ|ワタシモ|僕モ|ボクモ|俺モ|オレモ|アタシモ|ウチモ|オラモ).{{0,16}}{_TO_THEM}",
    f"re:{_DEATH}.{{0,40}}(早ク|ハヤク).{{0,16}}{_TO_THEM}(キタイ|キテエ|ケタラ)",
)

# Round 13: idioms (crisis_rules.IDIOMS: taken out before the rules read): killed in a game, a threat typed in a game's
# voice chat told as a worry about manners, a fright told by its degree, shame told as dying of it, a joke threat or
# "I'm dead" with a laugh, a first-aid question about anyone in general.
TOLD_IN_PLAY = (
    # killed by a zombie in a horror game, a threat typed in a game's voice chat, and a fright told by its degree
    # (「殺されるかと思うくらい怖いお化け屋敷」; a blow beside it is still read)
    "re:(ゾンビ|ホラゲ|モンスタ|敵キャラ)(ニ|カラ).{0,6}(殺サレ|コロサレ)",
    "re:(殺スゾ|コロスゾ|死ネ|シネ)(トカ|ナンテ|ッテ)?.{0,8}(ボイチャ|チャット|言葉ヅカイ|言葉遣イ|コトバヅカイ)",
    "re:(殺|コロ)サレル?カト(思|オモ)ウ?(クライ|グライ|ホド)",
    # shame told as dying of it (「散らかりすぎて恥ずかしくて死にそう」), and a joke threat or "I'm dead" with a laugh
    "re:(恥ズカシ|ハズカシ)(クテ|スギテ|スギ)(死|シ)(ニソウ|ヌ|ンダ)", "穴があったら入りたい",
    "re:(シバイタ|シバク|ドツイタ|ドツク|ボコッタ|ボコル)(ロ|ル|ゾ)?カ?.{0,8}(笑|ワラ|W|草|🤣|😂)",
    "re:(I['’]?MDEAD|I['’]?LLBEDEAD|I['’]?MSODEAD|(HE|SHE)['’]?(LL|WILL|SGONNA)KILLME)"
    "((?!DIE|KILLMYSELF|SUICID|ENDIT).){0,60}(HAHA|LOL|LMAO|😂|🤣)",  # a wish to die inside is not swallowed
    "re:मार्छ.{0,20}(हाहा|HAHA|😂)",
    # a first-aid question about anyone, in general: "what to do if a resident overdoses"
    "re:(WHATTODO|WHATSHOULD(I|WE)DO|HOWTOHELP|HOWTORESPOND)(IF|WHEN)(A|AN|SOMEONE|SOMEBODY|ANYONE)"
    "(RESIDENT|PATIENT|CLIENT|PERSON|CHILD|KID|STUDENT|GUEST|CUSTOMER|PARTICIPANT)?"
    "(OVERDOSES|COLLAPSES|FAINTS|STOPSBREATHING|CHOKES|HASASEIZURE)",
)

# Round 16: someone following me, with it going on now (「同じ人が毎日ついてきて、いまも後ろにいる」), or a stranger or a
# car that keeps coming after me: 110.
FOLLOWED_NOW = (
    "re:(ツイテ|付イテ)(キ|ク).{0,30}(今|イマ)(モ)?(後ロ|ウシロ|近ク|チカク|外|ソト)ニ?(イ|居|オ)",
    "re:(同ジ|オナジ|知ラナイ|シラナイ|変ナ|ヘンナ|不審ナ)(人|ヒト|男|オトコ|女|オンナ|車|クルマ).{0,20}(ツイテ|付イテ)(キテ|クル|キマス)",
)

# Round 16: a baby or a small child shaken hard, done or about to be (「泣くとつい揺さぶってしまう」): 189. Not the
# syndrome asked about (揺さぶられっ子症候群: a passive).
SHAKEN = (
    "re:(赤チャン|アカチャン|赤ン坊|乳児|子|娘|ムスメ|息子|ムスコ).{0,30}(揺サブ|ユサブ|揺スブ|ユスブ)"
    "(ッチャ|ッテシマ|ッテル|ッタ|リソウ|ッテイ|ッテヤ)",
    "shake my baby", "shook my baby", "shaking my baby", "sacudi meu bebê", "sacudo a mi bebé", "lắc mạnh con",
)

# Round 16: my child harmed by my partner (「my boyfriend hits my son」, 「แฟนตีลูกฉัน」): the child line leads (189),
# the DV lines follow (crisis_assess). What is done to "my child" in each served language, folded.
_MY_CHILD = r"(MY|OUR)(CHILD|KID|SON|DAUGHTER|BABY|CHILDREN|KIDS|LITTLEONE)"
MY_CHILD_HARMED = (
    f"re:(HITS|HIT|BEATS|BEAT|HURTS|HURT|SLAPS|SLAPPED|KICKS|KICKED|PUNCHES|PUNCHED|CHOKED|BURNED){_MY_CHILD}",
    "re:(BATE|BATEU|BATENDO|ESPANCA|ESPANCOU|MACHUCA|MACHUCOU)(NO|NA|NOS|NAS|EM)?(MEU|MINHA|MEUS|MINHAS)"
    "(FILHO|FILHA|FILHOS|FILHAS|BEBÊ|BEBE)",
    "re:(LE|LES)?(PEGA|PEGÓ|PEGO|GOLPEA|GOLPEÓ|GOLPEO|MALTRATA)(A)?(MI|MIS)(HIJO|HIJA|HIJOS|HIJAS|BEBÉ|BEBE|NIÑO|NIÑA)",
    "re:(ĐÁNH|ĐẤM|ĐÁ|DANH)(CON|CÁCCON|BÉ)(TÔI|EM|CHỊ|MÌNH|TOI)",
    "re:打(我|我的)(孩子|儿子|女儿|小孩)", "re:(SINASAKTAN|BINUBUGBOG|SINASAMPAL|PINAPALO|SINAMPAL|SINIPA)(ANG|SI)?ANAKKO",
    "re:(ตี|ทำร้าย|ต่อย|เตะ)ลูก", "re:(아이|아들|딸|애)(를|을)?.{0,4}때(려|리|렸)", "re:(MEMUKUL|MENAMPAR|MENENDANG)ANAK(SAYA|KU)",
)

# Round 16: someone hitting me, told actively (「会社の人が俺を殴って、今も外で待ってる」; the rules read the passive
# 殴られた already): violence, the police first. A partner's is read as DV by the other stages, as before.
_NOT_PARTNER = "".join(f"(?<!{w})" for w in ("夫", "妻", "嫁", "主人", "彼氏", "旦那", "オット", "ツマ", "カレシ", "ダンナ"))
HIT_ME = (f"re:^(?!.*(夢|ユメ|ボクシング|スパー?リング)).*{_NOT_PARTNER}(ガ|ハ)(オレ|俺|私|ワタシ|僕|ボク|アタシ|ウチ)ヲ"
          "(殴|ナグ)(ッテ|ッタ|ル|リ)",)

# Round 16: a topic word told as suffered (「虐待を受けています」「DVされてる」): a question in another sentence of the
# message (「相談窓口を教えて」) does not make it the subject of a question (crisis.detect).
TOPIC_SUFFERED = ("re:(虐待|ギャクタイ|DV|デイブイ|暴力|ボウリョク|性被害|ネグレクト)(ヲ|ニ)?(受ケ|ウケ|サレ|サレテ|遭ッ|アッ|ニアッ)",)
