#!/usr/bin/env python3
"""residents5: a blind set of resident questions for つながりナビ (鴻巣市).

Every case is a literal tuple (q, expect, also, style[, lang]); lang omitted = ja.
Messages were written first (draft.txt), labels added afterwards from entry-ids.tsv / desk-ids.tsv.
Run: python3 make.py  -> all.yaml, tune.yaml, holdout.yaml, README.md next to this file.
"""
import collections
import os
import random
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ISSUE = os.path.join(HERE, 'issue11.md')  # the issue text the writer was given
SEED = 20261206
CLASSES = ['topical', 'desk', 'directory', 'act', 'out-of-scope', 'fallback']

CASES = [
    ('家賃が払えなくなりそうで、何か支援の制度があれば教えていただけますか。', 'yachin', ('seikatsu-komaru',), 'polite'),
    ('先月会社を辞めたのですが、次の仕事が決まるまでの生活費について相談できる窓口はありますか。', 'seikatsu-komaru', ('yachin', 'shigoto-sagashi'), 'polite'),
    ('母の物忘れがひどくなってきたので、どこに相談すればよいでしょうか。', 'ninchisho', ('kaigo-hoken',), 'polite'),
    ('介護保険のサービスを使うには、まず何をすればよいのでしょうか。', 'kaigo-hoken', (), 'polite'),
    ('地域でボランティアをしてみたいのですが、どのように始めればよいですか。', 'volunteer-start', ('plan-measure-3',), 'polite'),
    ('民生委員の方にはどんなことを相談できるのでしょうか。', 'soudan-minseiin', (), 'polite'),
    ('障害のある息子の将来のお金の管理が心配です。成年後見について詳しく知りたいです。', 'kouken-about', ('shougai-shourai',), 'polite'),
    ('災害のときに一人で避難できるか不安なので、支援してもらえる仕組みはありますか。', 'hinan-tedasuke', ('saigai-shien',), 'polite'),
    ('子どもが学校に行きたがらなくなりました。相談先を教えてください。', 'kosodate-nayami', (), 'polite'),
    ('鴻巣市の地域福祉計画の基本理念を教えてください。', 'plan-philosophy', (), 'polite'),
    ('刑務所から出てきた弟の生活の立て直しを手伝いたいのですが、相談できるところはありますか。', 'shussho-shien', ('hogoshi',), 'polite'),
    ('電気代とガス代の支払いが滞っていて、止められそうで困っています。', 'shakkin', ('seikatsu-komaru',), 'polite'),
    ('どこに相談したらいいか分からない悩みがあるのですが、まとめて聞いてもらえる窓口はありますか。', 'soudan-general', ('plan-kotowaranai', 'soudan-fukugou'), 'polite'),
    ('市の福祉に関するお知らせは、どこで見ることができますか。', 'fukushi-jouhou', ('plan-measure-4',), 'polite'),
    ('心の不調で仕事を休んでいます。話を聞いてもらえる場所はありますか。', 'kokoro-soudan', ('tsurai-kimochi',), 'polite'),
    ('食料 もらえる 場所', 'tabemono-nai', (), 'blunt'),
    ('借金 相談', 'shakkin', (), 'blunt'),
    ('介護 認定 手続き', 'kaigo-hoken', (), 'blunt'),
    ('ひとり親 手当', 'hitorioya', (), 'blunt'),
    ('高齢者 見守り', 'mimamori-katsudou', ('oya-hitorigurashi', 'kinjo-koureisha'), 'blunt'),
    ('通院 送迎 高齢', 'tsuin-kaimono', ('noriai-taxi',), 'blunt'),
    ('障害者手帳', 'shougai-service', (), 'blunt'),
    ('生活保護 条件', 'seikatsu-hogo', (), 'blunt'),
    ('引きこもり 相談 30代', 'soudan-hikikomori', (), 'blunt'),
    ('訪問販売 解約', 'akushitsu-houmon', (), 'blunt'),
    ('計画 期間 いつまで', 'plan-period', (), 'blunt'),
    ('防犯パトロール 参加', 'bouhan-katsudou', ('plan-measure-21',), 'blunt'),
    ('やちんが はらえません どうしたらいいですか', 'yachin', ('seikatsu-komaru',), 'kana'),
    ('おかねがなくて ごはんが かえない', 'tabemono-nai', ('seikatsu-komaru',), 'kana'),
    ('おばあちゃんが ひとりぐらしで しんぱいです', 'oya-hitorigurashi', ('kinjo-koureisha',), 'kana'),
    ('にんちしょうかもしれない おとうさん どこにそうだんする', 'ninchisho', (), 'kana'),
    ('こどもを あずけるところが なくて しごとに いけない', 'kosodate-nayami', ('hitorioya',), 'kana'),
    ('ぼらんてぃあ やってみたい', 'volunteer-start', (), 'kana'),
    ('みんせいいいんさん って なにをするひと', 'soudan-minseiin', (), 'kana'),
    ('しょうがいがあって はたらけるところを さがしてる', 'shougai-shigoto', (), 'kana'),
    ('さいがいのとき だれが たすけに きてくれるの', 'saigai-shien', ('hinan-tedasuke', 'bousai-sonae'), 'kana'),
    ('せいねんこうけん の てつづき しりたい', 'kouken-about', (), 'kana'),
    ('かいごほけん の おかね どのくらい かかる', 'kaigo-hoken', (), 'kana'),
    ('ひきこもりの むすこが もう40さいです', 'soudan-hikikomori', (), 'kana'),
    ('こそだてが つらくて だれかに はなしを きいてほしい', 'kosodate-nayami', ('tsurai-kimochi',), 'kana'),
    ('成年後険制度を使いたいのですが', 'kouken-about', (), 'typo'),
    ('生活歩語を受けたい', 'seikatsu-hogo', (), 'typo'),
    ('介語疲れでつらいです', 'kaigo-tsukare', (), 'typo'),
    ('認知賞の母のことで相談', 'ninchisho', (), 'typo'),
    ('民生委因さんに連絡したい', 'soudan-minseiin', (), 'typo'),
    ('住居確保級付金ってまだもらえますか', 'yachin', ('sumai',), 'typo'),
    ('ボランテア募集してますか', 'volunteer-start', (), 'typo'),
    ('不当校の子供の相談したい', 'kosodate-nayami', (), 'typo'),
    ('障がい者の就労しえんについて', 'shougai-shigoto', (), 'typo'),
    ('災害じの要援護者名簿に登録したい', 'hinan-tedasuke', ('saigai-shien',), 'typo'),
    ('借金がかさんで返せなくて困ってまう', 'shakkin', (), 'typo'),
    ('一人親家庭の支縁制度', 'hitorioya', (), 'typo'),
    ('健康こおのすの取り組みってなんですか', 'kenkou-zukuri', ('plan-measure-14',), 'typo'),
    ('年金だけじゃ暮らしていけねえんだけど、どうすりゃいいんだんべ', 'seikatsu-komaru', ('seikatsu-hogo',), 'dialect'),
    ('ばあちゃんの介護で疲れちゃってさ、どっか相談できるとこあるん？', 'kaigo-tsukare', (), 'dialect'),
    ('仕事クビになってもうて家賃払われへんねん、なんか制度あらへん？', 'yachin', (), 'dialect'),
    ('うちのオカン、最近もの忘れ多いねん。どこ行ったらええ？', 'ninchisho', (), 'dialect'),
    ('隣のばっちゃ、最近見かけねえども、大丈夫だべか', 'anpi-kakunin', ('kinjo-koureisha',), 'dialect'),
    ('病院さ通うのに車ねぐて難儀してるんだわ', 'tsuin-kaimono', ('noriai-taxi',), 'dialect'),
    ('息子が家から出てこんで、もう十年になるがね', 'soudan-hikikomori', (), 'dialect'),
    ('ボランティアしてみたいんじゃけど、どこで受け付けしとるん？', 'volunteer-start', (), 'dialect'),
    ('障害のある子の放課後、どこで過ごさせたらよかと？', 'shougai-service', ('shougai-shourai',), 'dialect'),
    ('民生委員ってのは誰がやってんだい、うちの地区は', 'soudan-minseiin', (), 'dialect'),
    ('災害んときに近所で助け合う仕組みってあるん？', 'bousai-sonae', ('plan-measure-20', 'saigai-shien'), 'dialect'),
    ('ひとりで寂しいさー、話し相手ほしいさ', 'hanashiaite', (), 'dialect'),
    ('フラワー号だっけ、あれって年寄りは安くなるん？', 'flower-bus', (), 'dialect'),
    ('わしは八十を過ぎて一人暮らしでな、買い物に出るのが難儀になってきたんじゃ', 'tsuin-kaimono', (), 'elderly'),
    ('家内を亡くしてから誰とも話さん日が続いております。どこか集まれるところはありませんかね。', 'ibasho-atsumari', ('hanashiaite',), 'elderly'),
    ('年寄りでも出来るボランティアはございますか', 'koureisha-ikigai', ('volunteer-start',), 'elderly'),
    ('主人を施設に入れるかどうか、介護のことで相談したいのですが', 'kaigo-hoken', (), 'elderly'),
    ('近ごろどうも物覚えが悪くなって、自分でも心配でしてね', 'ninchisho', (), 'elderly'),
    ('年金の管理を誰かにお願いしたいと思っております。身寄りがないもので。', 'kouken-jibun', ('kouken-about',), 'elderly'),
    ('足腰が弱って、バスの停留所まで歩くのもやっとでございます', 'tsuin-kaimono', ('noriai-taxi',), 'elderly'),
    ('近所の者に様子を見てもらうような仕組みはあるのかね', 'plan-measure-16', ('mimamori-katsudou',), 'elderly'),
    ('詐欺のような電話が何度もかかってきて、気味が悪いのです', 'sagi-denwa', (), 'elderly'),
    ('市の健康づくりの集まりに顔を出してみたいのですが', 'kenkou-zukuri', ('ibasho-atsumari',), 'elderly'),
    ('孫が毎日母親の世話をしていて学校も休みがちで、見ていて不憫でなりません', 'young-carer', (), 'elderly'),
    ('地震が来たら、この体で一人で逃げられるかどうか', 'hinan-tedasuke', ('saigai-shien',), 'elderly'),
    ('子どもたちと年寄りが一緒に過ごせる催しはありませんか', 'sedai-kouryu', (), 'elderly'),
    ('夫が亡くなって三年になります。子どもたちは東京に出ていて、めったに帰ってきません。最近は膝も痛くて外に出るのが億劫になり、気づけば一週間誰とも話していないこともあります。年金も少なくて、この先どうなるのか不安です。', 'soudan-fukugou', ('hanashiaite', 'seikatsu-komaru'), 'long'),
    ('50歳の兄が20年近く部屋にこもっています。父は80を過ぎて体が弱り、母が一人で兄の食事の世話をしています。私は遠方に住んでいて、たまに電話するくらいしかできません。両親がいなくなったら兄はどうなるのか、誰に相談したらいいのか分かりません。', 'soudan-hikikomori', (), 'long'),
    ('中学二年の娘がいます。夏休み明けから朝になるとお腹が痛いと言って、もう一か月学校に行けていません。担任の先生とは話しましたが、親としてどう接すればいいのか迷っています。私も仕事を休みがちになってしまいました。', 'kosodate-nayami', (), 'long'),
    ('派遣の契約が切られて、今月からもう収入がありません。貯金もほとんどないし、家賃の引き落としが来週です。実家には頼れない事情があります。何か使える制度はないでしょうか。', 'yachin', ('seikatsu-komaru',), 'long'),
    ('母が認知症と診断されて一年です。最初は私一人で何とかなると思っていましたが、夜中に何度も起こされて、正直ほとんど眠れていません。仕事にも影響が出ていて、夫にもあまり理解してもらえません。', 'kaigo-tsukare', ('ninchisho',), 'long'),
    ('定年して半年、毎日家にいるのが退屈で。妻からも何かしたらと言われています。昔は町内会の役員もやっていたので、人の役に立つことなら嬉しいです。', 'koureisha-ikigai', ('volunteer-start',), 'long'),
    ('息子は知的障害があって、今は私たち夫婦と暮らしています。私たちももう七十代で、いつまで面倒をみられるか分かりません。息子のお金や契約のことを将来誰が見てくれるのか、考えると夜も眠れません。', 'shougai-shourai', ('kouken-about',), 'long'),
    ('小学生の子が二人いるシングルマザーです。パートを掛け持ちしていますが、月末になると食費が足りなくなります。子どもにはお腹いっぱい食べさせてあげたいのですが。', 'hitorioya', ('kodomo-shokudo', 'tabemono-nai'), 'long'),
    ('ネットで買ったサプリがいつの間にか定期購入になっていて、解約しようとしても電話がつながりません。もう三回も請求が来ています。どうしたらいいのか分からなくて。', 'akushitsu-houmon', ('sagi-denwa',), 'long'),
    ('隣のおじいさんを最近まったく見かけなくなりました。親戚がいるのかも知らないし、こちらから押しかけるのも気が引けます。ただ、一人暮らしなので少し気になっています。どこかに伝えた方がいいのでしょうか。', 'anpi-kakunin', ('kinjo-koureisha',), 'long'),
    ('去年出所しました。仕事を探していますが、前のことを話すとどこも断られます。保護観察ももうすぐ終わるのですが、その後に頼れる人がいません。', 'shussho-shien', ('shigoto-sagashi',), 'long'),
    ('父が運転免許を返納しました。それ自体はほっとしたのですが、父は週二回病院に通っていて、私も平日は仕事で送れません。タクシー代もばかになりません。', 'menkyo-hennou', ('tsuin-kaimono',), 'long'),
    ('冷蔵庫がほぼ空っぽで、給料日まであと十日あります', 'tabemono-nai', ('seikatsu-komaru',), 'indirect'),
    ('家で母を見ているのは私だけで、ここ半年まともに休めた日がない', 'kaigo-tsukare', (), 'indirect'),
    ('母が同じことを何度も聞くようになって、鍋を焦がすことも増えた', 'ninchisho', (), 'indirect'),
    ('夫が亡くなってから、話すのはスーパーのレジの人くらいです', 'hanashiaite', ('ibasho-atsumari',), 'indirect'),
    ('高校生の娘が、祖母の世話のために部活をやめてしまった', 'young-carer', (), 'indirect'),
    ('玄関で勧められて契約書にサインしたけど、よく考えたらいらない浄水器だった', 'akushitsu-houmon', (), 'indirect'),
    ('督促の電話が毎日来て、出るのが怖い', 'shakkin', (), 'indirect'),
    ('息子が部屋から出てこなくなって三年、もう三十五です', 'soudan-hikikomori', (), 'indirect'),
    ('引っ越してきたばかりで、近所に知り合いが一人もいない', 'ibasho-atsumari', ('hanashiaite',), 'indirect'),
    ('毎日時間が余っているので、誰かのために使えたらと思う', 'volunteer-start', ('koureisha-ikigai',), 'indirect'),
    ('台風が来るたびに、寝たきりの父をどう連れ出すか考えてしまう', 'hinan-tedasuke', ('saigai-shien',), 'indirect'),
    ('夫婦で年金暮らし、来月の支払いを考えると通帳を見るのが怖い', 'seikatsu-komaru', ('shakkin',), 'indirect'),
    ('妊娠中だけど、夫は単身赴任で近くに頼れる人がいない', 'kosodate-nayami', ('ninshin-idou',), 'indirect'),
    ('バイト減らされて家賃やばいんだけどなんかない？', 'yachin', ('seikatsu-komaru',), 'youth'),
    ('ばあちゃんの介護毎日やってて学校きついんだけど誰に言えばいいの', 'young-carer', (), 'youth'),
    ('学校行けてないんだけど、相談できるとこある？', 'soudan-general', ('kosodate-nayami',), 'youth'),
    ('ボランティアってどんなのあるの？高校生でもいける？', 'volunteer-start', ('fukushi-kyouiku',), 'youth'),
    ('生活費たりなすぎて詰んでる、どうにかならん？', 'seikatsu-komaru', (), 'youth'),
    ('親が離婚して母子家庭なんだけど、塾代とか無理っぽい。支援ある？', 'hitorioya', (), 'youth'),
    ('友達いなくて家にずっといる、外出るきっかけほしい', 'ibasho-atsumari', ('hanashiaite',), 'youth'),
    ('スマホのサブスク勝手に契約されてた、どこに相談すればいい？', 'akushitsu-houmon', ('sagi-denwa',), 'youth'),
    ('じいちゃんが最近ボケてきてるっぽい、どうすれば', 'ninchisho', (), 'youth'),
    ('障害者手帳ってどうやってもらうん？', 'shougai-service', (), 'youth'),
    ('このボットって何ができるの？', 'bot-about', (), 'youth'),
    ('地域福祉計画ってなに？ざっくり教えて', 'plan-purpose', ('plan-about',), 'youth'),
    ('学校で福祉の授業あったけど、実際に体験できるとこある？', 'fukushi-kyouiku', (), 'youth'),
    ("I lost my job last month and can't pay the rent. Is there any help from the city?", 'yachin', ('seikatsu-komaru',), 'plain', 'en'),
    ('my mother have dementia, where i can ask about kaigo?', 'ninchisho', ('kaigo-hoken',), 'broken', 'en'),
    ('Where can I volunteer in Konosu? I speak English and a little Japanese.', 'volunteer-start', ('soudan-gaikokujin',), 'plain', 'en'),
    ("I'm raising two kids on my own. Is there any financial support for single parents?", 'hitorioya', (), 'plain', 'en'),
    ("How do I get to the hospital if I can't drive anymore? I'm 72.", 'tsuin-kaimono', ('menkyo-hennou', 'noriai-taxi'), 'plain', 'en'),
    ('What is this chatbot for?', 'bot-about', (), 'plain', 'en'),
    ('Hi, my neighbor old man living alone, I not see him many days. who I tell? minsei-iin?', 'anpi-kakunin', ('kinjo-koureisha', 'soudan-minseiin'), 'broken', 'en'),
    ('我失业了，房租交不起，市里有补助吗？', 'yachin', ('seikatsu-komaru',), 'plain', 'zh'),
    ('我妈妈一个人住，我在外地工作，很担心她。有没有人可以定期去看看她？', 'oya-hitorigurashi', (), 'plain', 'zh'),
    ('孩子不想去学校，在哪里可以咨询？', 'kosodate-nayami', (), 'plain', 'zh'),
    ('我没有钱买吃的了，哪里可以领到食物？', 'tabemono-nai', (), 'plain', 'zh'),
    ('发生地震的时候，外国人应该去哪里避难？', 'saigai-shien', ('soudan-gaikokujin', 'hinan-tedasuke'), 'plain', 'zh'),
    ('Tôi bị mất việc, không có tiền trả tiền nhà. Tôi phải làm sao?', 'yachin', ('seikatsu-komaru',), 'plain', 'vi'),
    ('Chồng tôi bị bệnh, tôi phải chăm sóc một mình, rất mệt.', 'kaigo-tsukare', (), 'plain', 'vi'),
    ('Ở Konosu có chỗ nào cho thực phẩm miễn phí không?', 'tabemono-nai', (), 'plain', 'vi'),
    ('con toi khong di hoc duoc, toi muon hoi tu van', 'kosodate-nayami', (), 'broken', 'vi'),
    ('Tôi nợ nhiều tiền, không trả được. Ai có thể giúp tôi?', 'shakkin', (), 'plain', 'vi'),
    ('Perdi meu emprego na fábrica e não consigo pagar o aluguel. Existe ajuda?', 'yachin', ('seikatsu-komaru',), 'plain', 'pt'),
    ('Minha sogra está ficando muito esquecida, onde posso pedir ajuda com o kaigo?', 'ninchisho', ('kaigo-hoken',), 'mixed', 'pt'),
    ('Quero fazer trabalho voluntário aqui na cidade, como faço?', 'volunteer-start', (), 'plain', 'pt'),
    ('sou mãe solteira, tenho 3 filhos, preciso de ajuda com dinheiro', 'hitorioya', ('seikatsu-komaru',), 'plain', 'pt'),
    ('Comprei uma coisa pela internet e não consigo cancelar o contrato', 'akushitsu-houmon', ('sagi-denwa',), 'plain', 'pt'),
    ('Nawalan ako ng trabaho, hindi ko na mabayaran ang upa. May tulong ba?', 'yachin', ('seikatsu-komaru',), 'plain', 'tl'),
    ('Ang nanay ko ay matanda na at mag-isa sa bahay, sino ang pwedeng bumisita sa kanya?', 'oya-hitorigurashi', (), 'plain', 'tl'),
    ('Wala na kaming pagkain sa bahay, saan pwedeng humingi?', 'tabemono-nai', (), 'plain', 'tl'),
    ('Gusto kong mag-volunteer dito sa Konosu, paano po?', 'volunteer-start', (), 'mixed', 'tl'),
    ('May utang ako sa sarakin, hindi ko na kaya bayaran', 'shakkin', (), 'mixed', 'tl'),
    ('Me quedé sin trabajo y no puedo pagar la renta, ¿hay algún apoyo?', 'yachin', ('seikatsu-komaru',), 'plain', 'es'),
    ('Mi papá tiene demencia y yo lo cuido solo, estoy agotado', 'kaigo-tsukare', ('ninchisho',), 'plain', 'es'),
    ('¿Dónde puedo consultar si mi hijo no quiere salir de su cuarto desde hace años?', 'soudan-hikikomori', (), 'plain', 'es'),
    ('일자리를 잃어서 월세를 못 내고 있어요. 도움 받을 수 있나요?', 'yachin', ('seikatsu-komaru',), 'plain', 'ko'),
    ('어머니가 치매 같아요. 어디에 상담하면 되나요?', 'ninchisho', (), 'plain', 'ko'),
    ('혼자 사는데 너무 외로워요. 사람들을 만날 수 있는 곳이 있나요?', 'hanashiaite', ('ibasho-atsumari',), 'plain', 'ko'),
    ('장애가 있는 아이를 키우고 있어요. 받을 수 있는 지원이 있나요?', 'shougai-service', ('shougai-shourai',), 'plain', 'ko'),
    ('Saya kehilangan pekerjaan dan tidak bisa bayar sewa apato. Ada bantuan?', 'yachin', ('seikatsu-komaru',), 'mixed', 'id'),
    ('Ibu saya sudah tua dan sering lupa, saya harus tanya ke mana?', 'ninchisho', (), 'plain', 'id'),
    ('Saya mau jadi relawan di Konosu, bagaimana caranya?', 'volunteer-start', (), 'plain', 'id'),
    ('Kalau ada gempa, saya harus pergi ke mana? Saya belum bisa baca bahasa Jepang.', 'saigai-shien', ('soudan-gaikokujin',), 'plain', 'id'),
    ('मेरो जागिर गयो, घरभाडा तिर्न सकिन। सहयोग पाइन्छ?', 'yachin', ('seikatsu-komaru',), 'plain', 'ne'),
    ('मेरो श्रीमान बिरामी हुनुहुन्छ, अस्पताल जान गाडी छैन।', 'tsuin-kaimono', (), 'plain', 'ne'),
    ('म एक्लै बस्छु, साथीहरू छैनन्, धेरै एक्लो लाग्छ।', 'hanashiaite', ('ibasho-atsumari',), 'plain', 'ne'),
    ('मेरो बच्चा स्कूल जान चाहँदैन, कहाँ सोध्ने?', 'kosodate-nayami', (), 'plain', 'ne'),
    ('福祉課の住所を教えてください', 'desk:fukushika:address', (), 'polite'),
    ('しゃきょうの でんわばんごう おしえて', 'desk:shakyo:phone', (), 'kana'),
    ('福祉課 ファクス 番号', 'desk:fukushika:fax', (), 'blunt'),
    ('箕田児童センターの電話って何番？', 'desk:jidocenter-mida:phone', (), 'youth'),
    ('常光児童センターにFAXを送りたいのですが、番号はわかりますか', 'desk:jidocenter-jokou:fax', (), 'polite'),
    ('社協ってどこにあるんだい、箕田のほうかい', 'desk:shakyo:address', (), 'dialect'),
    ('乗合タクシー 予約 電話', 'desk:noriai-taxi:phone', ('noriai-taxi',), 'blunt'),
    ('消費生活センターの電話番号を教えてください', 'desk:shohisha-188:phone', (), 'polite'),
    ('川里児童センターのやすみの日は何用日？', 'desk:jidocenter-kawasato:hours', (), 'typo'),
    ('Qual é o telefone do shakyo?', 'desk:shakyo:phone', (), 'mixed', 'pt'),
    ('市役所福祉课的传真号码是多少？', 'desk:fukushika:fax', (), 'plain', 'zh'),
    ('吹上に児童センターはありますか', 'directory:jidocenter:fukiage', ('jidou-center',), 'polite'),
    ('鴻巣駅の近くで子ども食堂やってるとこ知らん？', 'directory:kodomo-shokudo:konosu', ('kodomo-shokudo',), 'youth'),
    ('川里 通いの場', 'directory:kayoinoba:kawasato', (), 'blunt'),
    ('吹上で年寄りが集まれるサロンのようなものはございますか', 'directory:kayoinoba:fukiage', (), 'elderly'),
    ('こどもしょくどう どこにある', 'directory:kodomo-shokudo:any', ('kodomo-shokudo',), 'kana'),
    ('鴻巣地区で気軽に立ち寄れる居場所を探しています', 'directory:ibasho:konosu', (), 'polite'),
    ('川里にも子ども食堂ってあるんかね', 'directory:kodomo-shokudo:kawasato', ('kodomo-shokudo',), 'dialect'),
    ('どうもありがとう、よく分かりました', 'act:thanks', (), 'polite'),
    ('助かったー、さんきゅ', 'act:thanks', (), 'youth'),
    ('はい、承知しました', 'act:ack', (), 'polite'),
    ('なるほどね', 'act:ack', (), 'blunt'),
    ('じゃ、またね', 'act:bye', (), 'youth'),
    ('それでは失礼いたします', 'act:bye', (), 'elderly'),
    ('こんにちは', 'act:greeting', (), 'polite'),
    ('おはようございます、初めて使ってみます', 'act:greeting', (), 'polite'),
    ('全然答えになってないんだけど', 'act:complaint', (), 'youth'),
    ('さっきから的外れ', 'act:complaint', (), 'blunt'),
    ('担当の方と直接お話しできますか', 'act:human', (), 'polite'),
    ('オペレーターにつないで', 'act:human', (), 'blunt'),
    ('最初からやり直したいです', 'act:restart', (), 'polite'),
    ('リセット', 'act:restart', (), 'blunt'),
    ('🙏', 'act:emoji', (), 'emoji'),
    ('😊😊', 'act:emoji', (), 'emoji'),
    ('🤔', 'act:emoji', (), 'emoji'),
    ('thank you so much, that helps a lot!', 'act:thanks', (), 'plain', 'en'),
    ('cảm ơn nhiều nhé', 'act:thanks', (), 'plain', 'vi'),
    ('salamat po', 'act:thanks', (), 'plain', 'tl'),
    ('안녕히 계세요', 'act:bye', (), 'plain', 'ko'),
    ('粗大ごみの出し方を教えてください', 'out-of-scope', (), 'polite'),
    ('住民票の写しはどこで取れますか', 'out-of-scope', (), 'polite'),
    ('期日前投票 場所', 'out-of-scope', (), 'blunt'),
    ('固定資産税の納付期現はいつ？', 'out-of-scope', (), 'typo'),
    ('マイナンバーカードの更新ってどこでやるの', 'out-of-scope', (), 'youth'),
    ('犬を飼い始めたんじゃが、登録はどこでするのかね', 'out-of-scope', (), 'elderly'),
    ('びっくりひな祭りって今年はいつやるん？', 'out-of-scope', (), 'dialect'),
    ('How do I renew my residence card?', 'out-of-scope', (), 'plain', 'en'),
    ('¿Dónde se paga el impuesto de la ciudad?', 'out-of-scope', (), 'plain', 'es'),
    ('ｊｋｌｈｆ', 'fallback', (), 'blunt'),
    ('先週相談した件はその後どうなりましたか', 'fallback', (), 'polite'),
    ('去年お世話になった担当の方のお名前を教えてください', 'fallback', (), 'polite'),
    ('近くの老人ホーム、今日空いてる部屋あるか教えて', 'fallback', ('kaigo-hoken',), 'youth'),
]

DROPS = [
    ('社会福祉協議会は何時まで開いていますか', 'shakyo has no hours field in desk-ids.tsv; no honest label'),
    ('福祉課さんは土曜日もやっておられますか', 'fukushika has no hours field in desk-ids.tsv; no honest label'),
]

JUDGEMENT = [
    '不登校 (school refusal: 子どもが学校に行きたがらない, 不当校, 中学二年の娘…, zh/vi/ne) -> kosodate-nayami: there is no school-refusal entry; the parent is asking for a child-rearing consult.',
    '「学校行けてないんだけど、相談できるとこある？」 is the pupil speaking, not a parent -> soudan-general, also kosodate-nayami.',
    '「こどもを あずけるところが なくて しごとに いけない」 (no childcare) -> kosodate-nayami, also hitorioya; no childcare entry exists.',
    '「妊娠中だけど、夫は単身赴任で近くに頼れる人がいない」 -> kosodate-nayami, also ninshin-idou.',
    'Online/subscription contract trouble (定期購入のサプリ, スマホのサブスク, pt internet contract) -> akushitsu-houmon (the consumer-trouble entry), also sagi-denwa; no general 消費者トラブル entry exists.',
    '「高齢者 見守り」 (keywords only, unclear who is asking) -> mimamori-katsudou, also oya-hitorigurashi, kinjo-koureisha.',
    '「近所の者に様子を見てもらうような仕組みはあるのかね」 (an old person asking to be watched over) -> plan-measure-16, also mimamori-katsudou.',
    '「近ごろどうも物覚えが悪くなって、自分でも心配」 (own memory, not a family member) -> ninchisho.',
    'The long widow message (loneliness + knees + small pension) -> soudan-fukugou, also hanashiaite, seikatsu-komaru.',
    '「電気代とガス代の支払いが滞って」 -> shakkin (借金や支払いが苦しい), also seikatsu-komaru.',
    '「消費生活センターの電話番号」 -> desk:shohisha-188:phone: the city centre has no desk entry and the facts file routes residents to 188.',
    '「吹上で年寄りが集まれるサロン」 -> directory:kayoinoba:fukiage (a サロン for older people read as 通いの場).',
    '「近くの老人ホーム、今日空いてる部屋あるか教えて」 -> fallback (live vacancy data), also kaigo-hoken.',
    '「🙏」 -> act:emoji (emoji only), though it may mean thanks.',
    'Disaster questions from foreign residents (zh 避難, id gempa) -> saigai-shien, also soudan-gaikokujin.',
    'びっくりひな祭り (a city event) and the residence card (immigration) -> out-of-scope.',
]


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def issue_phrases(path):
    """Every phrase quoted in issue11.md: 「…」 quotes, plus each fragment of the
    comma/paren/arrow-separated lists (e.g. (了解, OK, わかった), the top-3 list, emoji)."""
    text = open(path, encoding='utf-8').read()
    out = set(re.findall(r'「([^「」]+)」', text))
    for line in text.splitlines():
        line = re.sub(r'「[^「」]*」', '|', line)
        for frag in re.split(r'[,，、()（）:：;→*|`]', line):
            frag = frag.strip(' >-.*')
            if frag:
                out.add(frag)
    return {norm(p) for p in out if norm(p)}


def label_class(expect):
    if expect.startswith('desk:'):
        return 'desk'
    if expect.startswith('directory:'):
        return 'directory'
    if expect.startswith('act:'):
        return 'act'
    if expect in ('out-of-scope', 'fallback'):
        return expect
    return 'topical'


def unpack(t):
    q, expect, also, style = t[:4]
    lang = t[4] if len(t) > 4 else 'ja'
    return {'q': q, 'expect': expect, 'also': list(also), 'style': style, 'lang': lang}


def to_yaml_case(c):
    d = {'q': c['q'], 'expect': c['expect']}
    if c['also']:
        d['also'] = c['also']
    d['style'] = c['style']
    if c['lang'] != 'ja':
        d['lang'] = c['lang']
    return d


def dump(path, cases):
    with open(path, 'w', encoding='utf-8') as f:
        yaml.safe_dump({'cases': [to_yaml_case(c) for c in cases]}, f,
                       allow_unicode=True, sort_keys=False, width=1000)


def table(title, key, tune, hold, order=None):
    ct = collections.Counter(key(c) for c in tune)
    ch = collections.Counter(key(c) for c in hold)
    keys = order or sorted(set(ct) | set(ch))
    rows = [f'### {title}', '', '| | tune | holdout | all |', '|---|---:|---:|---:|']
    for k in keys:
        rows.append(f'| {k} | {ct[k]} | {ch[k]} | {ct[k] + ch[k]} |')
    rows.append(f'| **total** | {len(tune)} | {len(hold)} | {len(tune) + len(hold)} |')
    return '\n'.join(rows) + '\n'


def main():
    cases = [unpack(t) for t in CASES]
    bad = issue_phrases(ISSUE)
    seen = {}
    for c in cases:
        n = norm(c['q'])
        if n in bad:
            sys.exit(f'rejected: message equals a phrase quoted in issue11.md: {c["q"]!r}')
        if n in seen:
            sys.exit(f'duplicate message: {c["q"]!r}')
        seen[n] = c
        if len(c['also']) > 2 or c['expect'] in c['also']:
            sys.exit(f'bad also: {c}')

    rng = random.Random(SEED)
    tune, hold = [], []
    turn = 0
    for cls in CLASSES:
        groups = collections.defaultdict(list)
        for c in cases:
            if label_class(c['expect']) == cls:
                groups[c['expect']].append(c)
        for label in sorted(groups):
            g = groups[label]
            rng.shuffle(g)
            for c in g:
                (tune if turn == 0 else hold).append(c)
                turn ^= 1

    dump(os.path.join(HERE, 'all.yaml'), cases)
    dump(os.path.join(HERE, 'tune.yaml'), tune)
    dump(os.path.join(HERE, 'holdout.yaml'), hold)

    readme = [
        '# residents5 — blind resident questions for つながりナビ (鴻巣市)', '',
        f'{len(cases)} cases: tune {len(tune)}, holdout {len(hold)}. Generated by `python3 make.py` '
        '(the cases are literal tuples in make.py; all.yaml / tune.yaml / holdout.yaml / README.md are outputs).', '',
        '## How it was written', '',
        '- Sources read before writing: the task brief, `issue11.md` (only to see the kinds of message meant; '
        'none of its quoted phrases is reused, and make.py rejects any message equal to one after NFKC with spaces removed), '
        '`welfare-plan-summary.txt` (the plan summary) and `konosu-facts.md` (desks, places). '
        'Nothing of the bot (code, faq/, tests, bench/) was read.',
        '- Order: all 213 messages were written by hand first, in `draft.txt` (style, lang, topic note, message), '
        'with no entry list open. Only afterwards were `entry-ids.tsv` and `desk-ids.tsv` opened and each message labelled '
        'without rewording (`labels.txt`; `gen.py` turned both into the literal tuples in make.py and checked every id).',
        '- Mix: Japanese topical questions in nine styles (polite, blunt, kana, typo, dialect, elderly, long, indirect, youth); '
        'topical questions in en, zh, vi, pt, tl, es, ko, id, ne (styles plain / broken / mixed = Japanese words mixed in); '
        'non-topical: desk fields, area + kind of place, conversation acts, out-of-scope city questions, fallback. '
        'No crisis/danger messages.',
        '- Size: 213 written, 211 kept — a little above the ~190 asked (159 topical: 117 Japanese + 42 other-language; '
        '52 non-topical, 8 of them in other languages).',
        '- Helper files kept for traceability: `draft.txt` (messages as first written), `labels.txt` (line -> expect also), '
        '`fstyle.txt` (styles of the other-language lines), `gen.py` (one-off converter used to build the CASES block).',
        f'- Split: `random.Random({SEED})`, stratified by label class ({" / ".join(CLASSES)}); inside a class, cases grouped '
        'by exact label (groups sorted), each group shuffled, dealt alternately tune / holdout with the turn carried over '
        'between groups and classes.', '',
        '## Drops', '',
    ]
    readme += [f'- 「{q}」 — {why}' for q, why in DROPS]
    readme += ['', '## Judgement calls', '']
    readme += [f'- {j}' for j in JUDGEMENT]
    readme += ['', '## Counts', '',
               table('By label class', lambda c: label_class(c['expect']), tune, hold, CLASSES),
               table('By language', lambda c: c['lang'], tune, hold),
               table('By style', lambda c: c['style'], tune, hold)]
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(readme))
    print(f'{len(cases)} cases -> tune {len(tune)}, holdout {len(hold)}')


if __name__ == '__main__':
    main()
