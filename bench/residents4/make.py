#!/usr/bin/env python3
"""residents4: a blind set of resident questions for つながりナビ (鴻巣市).

Every case is a literal tuple (q, expect, also, style[, lang]); lang omitted = ja.
Running this file writes all.yaml, tune.yaml, holdout.yaml and README.md next to it.
"""
import collections
import os
import random
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ISSUE = os.path.join(HERE, "issue11.md")  # the issue text the writer was given
ENTRY_IDS = os.path.join(HERE, "entry-ids.tsv")
DESK_IDS = os.path.join(HERE, "desk-ids.tsv")
SEED = 20261205
CLASSES = ["topical", "desk", "directory", "act", "out-of-scope", "fallback"]
KINDS = {"jidocenter", "kodomo-shokudo", "kayoinoba", "ibasho"}
AREAS = {"konosu", "fukiage", "kawasato", "any"}
ACTS = {"thanks", "ack", "bye", "greeting", "complaint", "human", "restart", "emoji"}

CASES = [
    ('失業してしまい家賃の支払いが難しいのですが、家賃を補助してもらえる制度はありますか。', 'yachin', ('seikatsu-komaru',), 'polite'),
    ('母が最近同じことを何度も聞くようになりました。認知症かもしれないので、どこに相談すればよいでしょうか。', 'ninchisho', (), 'polite'),
    ('介護保険のサービスを使いたいのですが、まず何から始めればいいですか。', 'kaigo-hoken', (), 'polite'),
    ('地域でボランティア活動をしてみたいと考えています。どのように参加できますか。', 'volunteer-start', ('plan-measure-3',), 'polite'),
    ('民生委員さんにはどんなことを相談できるのでしょうか。', 'soudan-minseiin', (), 'polite'),
    ('知的障害のある息子の将来のお金の管理が心配です。親が亡くなった後のことを相談したいです。', 'shougai-shourai', ('kouken-about',), 'polite'),
    ('災害が起きたとき、足の不自由な父を避難させる手助けをお願いできる仕組みはありますか。', 'hinan-tedasuke', ('saigai-shien',), 'polite'),
    ('第4次地域福祉計画はどんな内容の計画なのか教えていただけますか。', 'plan-purpose', ('plan-goals', 'plan-about'), 'polite'),
    ('刑務所を出た家族の生活再建について相談できるところはありますか。', 'shussho-shien', ('hogoshi',), 'polite'),
    ('子どもが中学校に行けなくなって2か月になります。相談先を教えてください。', 'kosodate-nayami', ('soudan-general',), 'polite'),
    ('通信販売の定期購入を解約できずに困っています。どこに相談すればよいですか。', 'akushitsu-houmon', ('sagi-denwa',), 'polite'),
    ('障害者手帳を持っているのですが、受けられる福祉サービスについて知りたいです。', 'shougai-service', (), 'polite'),
    ('このチャットボットではどのようなことが聞けますか。', 'bot-about', (), 'polite'),
    ('食料 もらえる ところ', 'tabemono-nai', ('seikatsu-komaru',), 'blunt'),
    ('借金 相談', 'shakkin', (), 'blunt'),
    ('電気代 払えない', 'shakkin', ('seikatsu-komaru',), 'blunt'),
    ('仕事 探し 支援', 'shigoto-sagashi', ('plan-measure-8',), 'blunt'),
    ('介護 疲れた 相談先', 'kaigo-tsukare', (), 'blunt'),
    ('ひきこもり 息子 40代', 'soudan-hikikomori', (), 'blunt'),
    ('見守り 一人暮らし 高齢', 'oya-hitorigurashi', ('kinjo-koureisha', 'mimamori-katsudou'), 'blunt'),
    ('成年後見 費用', 'kouken-about', ('plan-measure-13',), 'blunt'),
    ('障害 就労', 'shougai-shigoto', (), 'blunt'),
    ('子育て 相談 窓口', 'kosodate-nayami', (), 'blunt'),
    ('居場所 高齢者', 'ibasho-atsumari', ('plan-measure-5',), 'blunt'),
    ('重層的支援 とは', 'plan-jusoteki', (), 'blunt'),
    ('生活保護 条件', 'seikatsu-hogo', (), 'blunt'),
    ('せいかつがくるしくてごはんもかえません どうしたらいいですか', 'tabemono-nai', ('seikatsu-komaru',), 'kana'),
    ('おやのかいごでしごとをやめるかなやんでいます', 'kaigo-tsukare', ('kaigo-hoken',), 'kana'),
    ('にんちしょうのおばあちゃんがよるにそとへでていってしまう', 'ninchisho', ('kaigo-hoken',), 'kana'),
    ('みんせいいいんってだれ', 'soudan-minseiin', (), 'kana'),
    ('ぼらんてぃあをしたいです', 'volunteer-start', (), 'kana'),
    ('ひとりおやでおかねがたりない', 'hitorioya', (), 'kana'),
    ('ふとうこうのこどものことでそうだんしたい', 'kosodate-nayami', ('soudan-general',), 'kana'),
    ('さいがいのときにひなんするのがふあん', 'hinan-tedasuke', ('saigai-shien',), 'kana'),
    ('しょうがいがあってもはたらけるところはありますか', 'shougai-shigoto', (), 'kana'),
    ('かぞくのせわをしててがっこうにいけないときがある', 'young-carer', (), 'kana'),
    ('こうけんにんってなにをするひと', 'kouken-about', (), 'kana'),
    ('びょういんにいくばすがわからない', 'flower-bus', ('tsuin-kaimono',), 'kana'),
    ('ちいきふくしけいかくってなに', 'plan-purpose', ('plan-about',), 'kana'),
    ('住居確保級付金の条件をおしえて', 'yachin', (), 'typo'),
    ('成年後件制度を使いたい', 'kouken-about', ('plan-measure-13',), 'typo'),
    ('介後保険の認定を受けるには', 'kaigo-hoken', (), 'typo'),
    ('民生委因に相談したいのですが', 'soudan-minseiin', (), 'typo'),
    ('生活困究者の相談窓口はどこ', 'seikatsu-komaru', ('soudan-general',), 'typo'),
    ('認知証の父の介護で悩んでいます', 'ninchisho', ('kaigo-tsukare',), 'typo'),
    ('子育ての相談をしたいんでけどどこに行けばいいですか', 'kosodate-nayami', (), 'typo'),
    ('ボランテア活動に参加したいです', 'volunteer-start', (), 'typo'),
    ('ひきこもりの兄の事で相淡したい', 'soudan-hikikomori', (), 'typo'),
    ('再販防止ってなんですか', 'plan-measure-22', ('hogoshi', 'shussho-shien'), 'typo'),
    ('防災の供えで近所どうしでできることしりたい', 'bousai-sonae', ('plan-measure-20',), 'typo'),
    ('借金の返済がくるしくて生活できまえん', 'shakkin', ('seikatsu-komaru',), 'typo'),
    ('障害者の福祉サビスの申し込みかた', 'shougai-service', (), 'typo'),
    ('親の介護でもうくたびれちゃったんだいね、誰か話聞いてくれるとこあるん？', 'kaigo-tsukare', (), 'dialect'),
    ('仕事クビになってしもて家賃払われへんねん、なんか助けてもらえる制度あらへん？', 'yachin', (), 'dialect'),
    ('おらいのばっちゃ、一人で暮らしてっから心配だべ。見回りとかしてけるとこあんべか', 'oya-hitorigurashi', ('kinjo-koureisha',), 'dialect'),
    ('子ども食堂って誰でも行ってええのん？', 'kodomo-shokudo', (), 'dialect'),
    ('近所に寂しそうなじいちゃんがいるんだけど、どこに言えばいいんかね', 'kinjo-koureisha', ('soudan-minseiin',), 'dialect'),
    ('孫が学校さ行がねぐなって、どうすっぺ', 'kosodate-nayami', ('soudan-general',), 'dialect'),
    ('借金でえらいことになってんねん、どこ相談したらええ？', 'shakkin', (), 'dialect'),
    ('障害のある娘が働ける場所はないんじゃろうか', 'shougai-shigoto', ('shougai-shourai',), 'dialect'),
    ('災害んときに年寄りば助ける仕組みはあると？', 'saigai-shien', ('hinan-tedasuke', 'plan-measure-20'), 'dialect'),
    ('ボランティアやってみっかと思うんだけど、どこさ行きゃいいんだ', 'volunteer-start', (), 'dialect'),
    ('成年後見ってなんやの、うちのおかんに必要なんやろか', 'kouken-about', ('oya-okane',), 'dialect'),
    ('電気とガス止められそうだで、どうしたらええんだろか', 'shakkin', ('seikatsu-komaru',), 'dialect'),
    ('生活が苦しくてなんも食うもんがねえ', 'tabemono-nai', ('seikatsu-komaru',), 'dialect'),
    ('年寄りの一人暮らしでございます。近ごろ足腰が弱って買い物に出るのも難儀しております。', 'tsuin-kaimono', ('volunteer-request',), 'elderly'),
    ('家内が物忘れがひどくなりましてな、わしひとりで面倒をみるのはどうにも心もとない。', 'ninchisho', ('kaigo-tsukare', 'kaigo-hoken'), 'elderly'),
    ('老人会のような、年寄りが気軽に集まれるところはございませんか。', 'ibasho-atsumari', ('plan-measure-5',), 'elderly'),
    ('年金だけでは暮らしが立ちゆかなくなりました。何か手だてはありませんでしょうか。', 'seikatsu-komaru', ('seikatsu-hogo',), 'elderly'),
    ('わしも何か世の中のお役に立ちたいと思うとります。年寄りでもできることはありますかの。', 'koureisha-ikigai', ('volunteer-start',), 'elderly'),
    ('息子が五十を過ぎても家から出ず、わたしらももう八十を越えました。この先が心配でなりません。', 'soudan-hikikomori', (), 'elderly'),
    ('介護保険の認定というのは、どこに申し込めばよろしいのでしょう。', 'kaigo-hoken', (), 'elderly'),
    ('私が死んだあと、財産や手続きのことを任せられる人がおりません。', 'kouken-jibun', (), 'elderly'),
    ('地震が来たら一人で逃げられるか心配でございます。', 'hinan-tedasuke', ('saigai-shien',), 'elderly'),
    ('民生委員さんはどなたが担当か、どうやって知ればよいのかしら。', 'soudan-minseiin', (), 'elderly'),
    ('訪問販売で高い布団を買わされてしまいました。返すことはできますでしょうか。', 'akushitsu-houmon', (), 'elderly'),
    ('病院へ通うのにバスの乗り方がよくわからなくて困っております。', 'flower-bus', ('tsuin-kaimono',), 'elderly'),
    ('主人が亡くなってから、誰とも話さない日が続いております。', 'hanashiaite', ('ibasho-atsumari',), 'elderly'),
    ('こんにちは。うちは夫と中学生の娘と三人で暮らしています。夫が春に体を壊して仕事を辞めてしまい、私のパート代だけでは家賃がかなり苦しいです。娘の部活のお金も何とかしたいし、光熱費もたまってきました。家賃だけでも何か支援があれば知りたいです。', 'yachin', ('seikatsu-komaru', 'soudan-fukugou'), 'long'),
    ('実家の父が去年母を亡くしてから一人で住んでいます。私は東京に住んでいて月に一度しか帰れません。最近電話しても元気がなく、食事もちゃんと取っていないようです。近所の人に様子を見てもらうような仕組みがあるなら使いたいのですが。', 'oya-hitorigurashi', (), 'long'),
    ('初めて送ります。私は高校二年生です。母が病気で、弟たちのご飯や家事をほとんど私がやっています。最近は朝起きられなくて遅刻も増えました。誰に言えばいいのかわからなくて。', 'young-carer', (), 'long'),
    ('定年退職して一年になります。最初はのんびりしていましたが、毎日テレビを見ているだけで張り合いがありません。昔は自治会の役員もしていましたし、体はまだ動きます。地域で何か役に立てることがあれば教えてほしいです。', 'koureisha-ikigai', ('volunteer-start',), 'long'),
    ('兄は四十代で、もう十年以上家から出ていません。両親は八十近くで、母は兄の食事の世話で疲れ切っています。父は世間体を気にして誰にも言うなと言います。でも、このままでは親が倒れたらどうなるのか不安です。', 'soudan-hikikomori', ('soudan-fukugou',), 'long'),
    ('母の介護をして五年になります。デイサービスは週二回使っていますが、夜中に何度も起こされるので私がほとんど寝られていません。仕事も休みがちで、職場にも迷惑をかけています。正直、気持ちの余裕がなくなってきました。', 'kaigo-tsukare', (), 'long'),
    ('去年夫と別れて、子ども二人を一人で育てています。保育園の送り迎えがあるので正社員の仕事が見つからず、今は短時間のパートだけです。養育費ももらえていません。ひとり親が使える支援があったらまとめて知りたいです。', 'hitorioya', (), 'long'),
    ('最近ネットで見つけた副業に登録しました。最初に教材費として十万円払ったのですが、連絡がとれなくなりました。家族にも言えずにいます。お金を取り戻す方法はあるのでしょうか。', 'sagi-denwa', ('akushitsu-houmon',), 'long'),
    ('主人が先月刑務所から出てきました。仕事がなかなか見つからず、前の知り合いとまた付き合い始めたのが心配です。私も正直どう接すればいいのかわかりません。家族として相談できる場所はありますか。', 'shussho-shien', ('hogoshi',), 'long'),
    ('隣のおばあさんのことです。最近あまり姿を見かけなくて、ゴミ出しの日にも出てきません。親戚がいるかどうかもわかりません。どこに知らせればいいでしょうか。', 'anpi-kakunin', ('kinjo-koureisha',), 'long'),
    ('叔母は一人暮らしで、認知症の診断を受けました。最近、通帳をどこにしまったか分からなくなったり、同じ健康食品を何度も注文したりしています。私は遠方でいつも見てあげられません。お金の管理を誰かに手伝ってもらえる仕組みがあれば知りたいです。', 'oya-okane', ('kouken-about', 'ninchisho'), 'long'),
    ('引っ越してきて半年になります。子どもは2歳で、平日は夫の帰りが遅くずっと二人きりです。知り合いもいなくて、公園でもなかなか話しかけられません。同じくらいの子どもがいる親と話せる場所があればいいなと思っています。', 'kosodate-nayami', ('jidou-center',), 'long'),
    ('車の免許を返納しました。家からスーパーまで歩くと30分以上かかり、重い荷物を持って帰るのが大変です。バスもどこを通っているのかよく知りません。何か使える移動の手段はありますか。', 'menkyo-hennou', ('tsuin-kaimono',), 'long'),
    ('今月の給料が出なくて、冷蔵庫にもう何も入っていない', 'tabemono-nai', ('seikatsu-komaru',), 'indirect'),
    ('母が夜中に家を出て行ってしまい、近所の方に連れて帰ってもらいました', 'ninchisho', (), 'indirect'),
    ('毎日誰とも話さないまま一日が終わる', 'hanashiaite', ('ibasho-atsumari',), 'indirect'),
    ('息子が部屋から出てこなくなって三年たちます', 'soudan-hikikomori', (), 'indirect'),
    ('督促状が何通も来ていて封筒を開けるのが怖い', 'shakkin', (), 'indirect'),
    ('水道を止めるという通知が来ました', 'shakkin', ('seikatsu-komaru',), 'indirect'),
    ('足が悪くなってから病院へ行くのがひと苦労です', 'tsuin-kaimono', (), 'indirect'),
    ('父が亡くなって、障害のある妹の面倒を誰が見るのかという話になっています', 'shougai-shourai', ('kouken-about',), 'indirect'),
    ('最近、近所のお年寄りに声をかける人が減ったなと感じます', 'mimamori-katsudou', ('plan-measure-16', 'kinjo-koureisha'), 'indirect'),
    ('弟の世話で部活をやめた', 'young-carer', (), 'indirect'),
    ('台風の時、家族に体の不自由な人がいると避難所までどうやって行けばいいのか', 'hinan-tedasuke', ('saigai-shien',), 'indirect'),
    ('会社を辞めてから半年、ハローワークに通っても面接まで進めない', 'shigoto-sagashi', (), 'indirect'),
    ('電話で「未払いの料金がある」と言われ、払ってしまった', 'sagi-denwa', (), 'indirect'),
    ('バイト代だけじゃ家賃むりすぎる、なんか制度ある？', 'yachin', ('seikatsu-komaru',), 'youth'),
    ('ボランティアやってみたいんだけど高校生でもいける？', 'volunteer-start', ('fukushi-kyouiku',), 'youth'),
    ('学校行きたくない日が続いてるんだけどどこに相談すればいい', 'soudan-general', ('kosodate-nayami', 'tsurai-kimochi'), 'youth'),
    ('じいちゃんの介護手伝ってたら勉強する時間ない件', 'young-carer', (), 'youth'),
    ('ぼっちすぎて話し相手ほしい', 'hanashiaite', (), 'youth'),
    ('奨学金の返済きつい、誰かに相談できる？', 'shakkin', (), 'youth'),
    ('兄がニートで親が疲れてる、どこに相談すれば', 'soudan-hikikomori', (), 'youth'),
    ('ガス止まったんだがｗｗｗ笑えない', 'shakkin', ('seikatsu-komaru',), 'youth'),
    ('就活ぜんぜんうまくいかん、サポートしてくれるとこない？', 'shigoto-sagashi', (), 'youth'),
    ('発達障害っぽいんだけど相談できるとこある？', 'shougai-service', ('kokoro-soudan',), 'youth'),
    ('このボットなにができるの', 'bot-about', (), 'youth'),
    ('地域福祉計画ってなに、3行で', 'plan-purpose', ('plan-about',), 'youth'),
    ('近所の子ども食堂ってタダ？', 'kodomo-shokudo', (), 'youth'),
    ("I lost my job and can't pay rent this month. Is there any support in Konosu?", 'yachin', (), 'polite', 'en'),
    ('Where can I get free food? My family has nothing to eat this week.', 'tabemono-nai', (), 'polite', 'en'),
    ('my mother has dementia and im exhausted taking care of her, who can help', 'kaigo-tsukare', ('ninchisho',), 'blunt', 'en'),
    ('How do I apply for kaigo hoken for my father?', 'kaigo-hoken', (), 'polite', 'en'),
    ('I want to volunteer in my neighborhood. How can I join?', 'volunteer-start', (), 'polite', 'en'),
    ('what is this bot', 'bot-about', (), 'youth', 'en'),
    ('我失业了，房租付不起，有什么补助吗？', 'yachin', (), 'polite', 'zh'),
    ('我妈妈得了老年痴呆，应该去哪里咨询？', 'ninchisho', (), 'polite', 'zh'),
    ('孩子不想去学校，可以找谁商量？', 'kosodate-nayami', (), 'polite', 'zh'),
    ('一个人带孩子，生活很困难，有没有单亲家庭的支援', 'hitorioya', (), 'polite', 'zh'),
    ('我借了很多钱还不上，怎么办', 'shakkin', (), 'blunt', 'zh'),
    ('Tôi bị mất việc, không có tiền trả tiền nhà. Có hỗ trợ gì không?', 'yachin', (), 'polite', 'vi'),
    ('Ở Konosu có chỗ nào phát đồ ăn miễn phí không?', 'tabemono-nai', (), 'polite', 'vi'),
    ('Con tôi không muốn đi học, tôi nên hỏi ai?', 'kosodate-nayami', (), 'polite', 'vi'),
    ('Tôi muốn tìm việc làm nhưng tiếng Nhật kém', 'shigoto-sagashi', ('soudan-gaikokujin',), 'blunt', 'vi'),
    ('tôi ở một mình, buồn lắm, không quen ai', 'hanashiaite', (), 'blunt', 'vi'),
    ('Tôi muốn hỏi về seikatsu hogo', 'seikatsu-hogo', (), 'blunt', 'vi'),
    ('Perdi o emprego e não consigo pagar o aluguel. Tem algum apoio da prefeitura?', 'yachin', (), 'polite', 'pt'),
    ('Meu pai precisa de cuidados, como funciona o kaigo hoken?', 'kaigo-hoken', (), 'polite', 'pt'),
    ('Onde posso conseguir comida de graça em Konosu?', 'tabemono-nai', (), 'polite', 'pt'),
    ('Sou mãe solteira, tem ajuda pra mim?', 'hitorioya', (), 'blunt', 'pt'),
    ('Quero ser voluntário, como faço?', 'volunteer-start', (), 'blunt', 'pt'),
    ('como pedir o 生活保護?', 'seikatsu-hogo', (), 'blunt', 'pt'),
    ('Nawalan ako ng trabaho, hindi ko mabayaran ang upa. May tulong ba?', 'yachin', (), 'polite', 'tl'),
    ('Saan po pwedeng kumuha ng libreng pagkain?', 'tabemono-nai', (), 'polite', 'tl'),
    ('Ang nanay ko ay may dementia, saan ako pwedeng magtanong?', 'ninchisho', (), 'polite', 'tl'),
    ('single mom po ako, may tulong po ba para sa amin?', 'hitorioya', (), 'blunt', 'tl'),
    ('Ano ang gagawin ko kapag may lindol? Mag-isa lang ako sa bahay.', 'hinan-tedasuke', ('saigai-shien',), 'polite', 'tl'),
    ('Paano po mag-apply sa jukyo kakuho kyufukin?', 'yachin', (), 'blunt', 'tl'),
    ('Perdí mi trabajo y no puedo pagar la renta. ¿Hay ayuda?', 'yachin', (), 'polite', 'es'),
    ('Mi hijo no quiere ir a la escuela, ¿con quién puedo hablar?', 'kosodate-nayami', (), 'polite', 'es'),
    ('Tengo muchas deudas, ¿dónde me pueden asesorar?', 'shakkin', (), 'polite', 'es'),
    ('Me siento muy solo, no conozco a nadie aquí.', 'hanashiaite', (), 'polite', 'es'),
    ('월세를 낼 수 없어요. 지원 제도가 있나요?', 'yachin', (), 'polite', 'ko'),
    ('어머니가 치매인 것 같아요. 어디에 상담하면 되나요?', 'ninchisho', (), 'polite', 'ko'),
    ('자원봉사를 하고 싶어요', 'volunteer-start', (), 'blunt', 'ko'),
    ('장애가 있는 아이를 키우고 있는데 도움을 받을 수 있나요?', 'shougai-service', ('shougai-shourai', 'kodomo-hattatsu'), 'polite', 'ko'),
    ('Saya kehilangan pekerjaan, tidak bisa bayar sewa rumah. Ada bantuan?', 'yachin', (), 'polite', 'id'),
    ('Di mana bisa dapat makanan gratis?', 'tabemono-nai', (), 'polite', 'id'),
    ('Saya mau cari kerja, ada tempat konsultasi?', 'shigoto-sagashi', (), 'polite', 'id'),
    ('Bapak saya sudah tua dan tinggal sendiri, siapa yang bisa mengecek dia?', 'oya-hitorigurashi', ('kinjo-koureisha',), 'polite', 'id'),
    ('मेरो जागिर गयो, घरभाडा तिर्न सकिन। कुनै सहयोग छ?', 'yachin', (), 'polite', 'ne'),
    ('निःशुल्क खाना कहाँ पाइन्छ?', 'tabemono-nai', (), 'polite', 'ne'),
    ('मेरो बच्चा स्कुल जान मान्दैन, कसलाई सोध्ने?', 'kosodate-nayami', (), 'polite', 'ne'),
    ('konosu ma kaigo hoken kasari apply garne?', 'kaigo-hoken', (), 'blunt', 'ne'),
    ('社会福祉協議会の住所を教えてください', 'desk:shakyo:address', (), 'polite'),
    ('社協 電話番号', 'desk:shakyo:phone', (), 'blunt'),
    ('福祉課にFAXを送りたいので番号を教えて', 'desk:fukushika:fax', (), 'polite'),
    ('常光児童センターのファクス', 'desk:jidocenter-jokou:fax', (), 'blunt'),
    ('箕田児童センターの電話', 'desk:jidocenter-mida:phone', (), 'blunt'),
    ('あたご児童センターはどこにありますか', 'desk:jidocenter-atago:address', (), 'polite'),
    ('笠原児童センターの開館時間を知りたいです', 'desk:jidocenter-kasahara:hours', (), 'polite'),
    ('鴻巣市役所の福祉課の所在地を教えてください', 'desk:fukushika:address', (), 'polite'),
    ("What's the phone number for the Social Welfare Council?", 'desk:shakyo:phone', (), 'polite', 'en'),
    ('川里児童センターに電話したいんだけど番号は', 'desk:jidocenter-kawasato:phone', (), 'blunt'),
    ('吹上地区に子ども食堂はありますか', 'directory:kodomo-shokudo:fukiage', (), 'polite'),
    ('鴻巣で子ども食堂やってるところ', 'directory:kodomo-shokudo:any', (), 'blunt'),
    ('川里のあたりで高齢者が集まれる通いの場はありますか', 'directory:kayoinoba:kawasato', (), 'polite'),
    ('吹上に児童センターある？', 'directory:jidocenter:fukiage', (), 'youth'),
    ('鴻巣地区の児童センター一覧', 'directory:jidocenter:konosu', (), 'blunt'),
    ('川里で居場所みたいなとこない？', 'directory:ibasho:kawasato', (), 'youth'),
    ('近くの子ども食堂を教えてください', 'directory:kodomo-shokudo:any', ('kodomo-shokudo',), 'polite'),
    ('吹上で体操とかできる通いの場を探しています', 'directory:kayoinoba:fukiage', (), 'polite'),
    ('鴻巣駅の近くで気軽に立ち寄れる居場所はありますか', 'directory:ibasho:konosu', (), 'polite'),
    ('Is there a kodomo shokudo in Fukiage?', 'directory:kodomo-shokudo:fukiage', (), 'polite', 'en'),
    ('どうもありがとう、よくわかりました', 'act:thanks', (), 'polite'),
    ('サンキュー', 'act:thanks', (), 'youth'),
    ('Cảm ơn nhiều', 'act:thanks', (), 'polite', 'vi'),
    ('はい、承知しました', 'act:ack', (), 'polite'),
    ('なるほどね', 'act:ack', (), 'youth'),
    ('ではまた、失礼します', 'act:bye', (), 'polite'),
    ('さようなら', 'act:bye', (), 'kana'),
    ('こんにちは', 'act:greeting', (), 'polite'),
    ('おはようございます', 'act:greeting', (), 'polite'),
    ('全然ちがう答えなんだけど', 'act:complaint', (), 'youth'),
    ('聞いたことと関係ない返事', 'act:complaint', (), 'blunt'),
    ('担当の人と直接お話しできますか', 'act:human', (), 'polite'),
    ('オペレーターにつないで', 'act:human', (), 'blunt'),
    ('最初からやり直したいです', 'act:restart', (), 'polite'),
    ('リセット', 'act:restart', (), 'blunt'),
    ('🙏', 'act:emoji', (), 'blunt'),
    ('😊😊', 'act:emoji', (), 'blunt'),
    ('住民票の写しはどこでとれますか', 'out-of-scope', (), 'polite'),
    ('粗大ごみの出し方', 'out-of-scope', (), 'blunt'),
    ('固定資産税の納付期限はいつですか', 'out-of-scope', (), 'polite'),
    ('期日前投票ってどこでできる？', 'out-of-scope', (), 'youth'),
    ('マイナンバーカードの更新手続きについて知りたい', 'out-of-scope', (), 'polite'),
    ('犬を飼い始めたのですが、登録はどこでするのでしょうか', 'out-of-scope', (), 'polite'),
    ('How do I renew my passport in Konosu?', 'out-of-scope', (), 'polite', 'en'),
    ('引っ越してきたので転入届を出したい', 'out-of-scope', (), 'polite'),
    ('明日の天気どう？', 'fallback', (), 'youth'),
    ('鴻巣でおすすめのラーメン屋さんはどこですか', 'fallback', (), 'polite'),
    ('宝くじ 当選番号', 'fallback', (), 'blunt'),
    ('うちの猫の名前を一緒に考えてくれませんか', 'fallback', (), 'polite'),
]

# written in step 1, dropped in step 2 (q, style, lang) — reasons in DROP_REASONS
DROPPED = [
    ('福祉課って何時まで開いてる？', 'youth', 'ja'),
    ('社協って土日もやってますか', 'polite', 'ja'),
]
DROP_REASONS = {
    "福祉課って何時まで開いてる？": "asks 福祉課's opening hours; desk-ids.tsv gives fukushika only phone/fax/address, so no desk:*:hours label exists and no entry is about hours.",
    "社協って土日もやってますか": "asks whether 社協 is open at weekends; shakyo has no hours field in desk-ids.tsv and no entry answers it.",
}

JUDGEMENT_CALLS = [
    "School refusal (不登校) has no entry of its own: parent/grandparent messages are labelled kosodate-nayami (also soudan-general); the pupil's own message (学校行きたくない日が続いてる…) is labelled soudan-general with kosodate-nayami / tsurai-kimochi as also.",
    "Utilities about to be cut (電気代・ガス・水道) are labelled shakkin (借金や支払いが苦しい), also seikatsu-komaru.",
    "Consumer trouble that is neither a home visit nor a phone call: the online 定期購入 message is labelled akushitsu-houmon (also sagi-denwa); the online side-job scam (long) is labelled sagi-denwa (also akushitsu-houmon). No consumer-centre entry exists; desk:shohisha-188 was not used for topical questions so the desk class stays about desk fields.",
    "Questions about the bus to hospital (びょういんにいくばす…, 病院へ通うのにバスの乗り方…) are labelled flower-bus with tsuin-kaimono as also; general 'getting to hospital/shops is hard' is tsuin-kaimono.",
    "「地域福祉計画ってなに」 and 'what is the 4th plan about' are labelled plan-purpose (計画が目指すもの), with plan-about (地域福祉とは) / plan-goals as also.",
    "Care vs. keeping a job (おやのかいごでしごとをやめるかなやんでいます) is labelled kaigo-tsukare, also kaigo-hoken.",
    "An aunt's money management after a dementia diagnosis is labelled oya-okane (the entry says 親, the need is the same), also kouken-about / ninchisho.",
    "A new parent with a 2-year-old looking for other parents to talk to (long) is labelled kosodate-nayami, also jidou-center; it names no area so it is not a directory case.",
    "Elderly/ibasho questions with no area (居場所 高齢者, 老人会のような…) are topical ibasho-atsumari, not directory:*:any; directory labels are used only when a kind of place is asked for by area or 'near me' (近くの子ども食堂 → directory:kodomo-shokudo:any, also kodomo-shokudo).",
    "「鴻巣で子ども食堂やってるところ」: 鴻巣 read as the whole city → directory:kodomo-shokudo:any; 「鴻巣地区の…」 and 「鴻巣駅の近く…」 are read as the 鴻巣 area → konosu.",
    "Community-ties observation (近所のお年寄りに声をかける人が減った) is labelled mimamori-katsudou, also plan-measure-16 / kinjo-koureisha.",
    "An adult who suspects their own developmental disability is labelled shougai-service (kodomo-hattatsu is about children), also kokoro-soudan.",
    "A student's part-time pay not covering rent (バイト代だけじゃ家賃むりすぎる) is labelled yachin although the entry title speaks of losing a job; also seikatsu-komaru.",
    "Foreign-language cases are labelled by need; soudan-gaikokujin is added as also only where the message mentions weak Japanese.",
    "Emoji-only messages are act:emoji even when the emoji means thanks (🙏).",
    "Labels were read off entry titles only (entry-ids.tsv); entry bodies were not seen, so ties between close titles were decided from the title wording.",
]


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).casefold()


def issue_phrases(path):
    text = open(path, encoding="utf-8").read()
    phrases = set()
    for pat in (r"「([^「」]+)」", r"`([^`]+)`", r"\"([^\"]+)\"", r"\*\*([^*]+)\*\*"):
        phrases.update(re.findall(pat, text))
    # also every fragment between punctuation (catches unbracketed items such as 介護でもう限界, 了解, OK)
    for frag in re.split(r"[、,，。.:：;；「」\n→\-—*`\"()（）]+", text):
        frag = frag.strip()
        if frag:
            phrases.add(frag)
    return {norm(p) for p in phrases if norm(p)}


def label_class(expect):
    if expect.startswith("desk:"):
        return "desk"
    if expect.startswith("directory:"):
        return "directory"
    if expect.startswith("act:"):
        return "act"
    if expect in ("out-of-scope", "fallback"):
        return expect
    return "topical"


def load_ids():
    entries = set()
    desks = {}
    if os.path.exists(ENTRY_IDS):
        for line in open(ENTRY_IDS, encoding="utf-8"):
            if line.strip():
                entries.add(line.split("\t")[0])
    if os.path.exists(DESK_IDS):
        for line in open(DESK_IDS, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if parts and parts[0]:
                desks[parts[0]] = set(f for f in (parts[2] if len(parts) > 2 else "").split(",") if f)
    return entries, desks


def validate(cases):
    errors = []
    banned = issue_phrases(ISSUE)
    entries, desks = load_ids()
    seen = {}
    for c in cases:
        if len(c) not in (4, 5):
            errors.append(f"bad tuple {c!r}")
            continue
        q, expect, also, style = c[:4]
        n = norm(q)
        if n in banned:
            errors.append(f"message equals a phrase quoted in issue11.md: {q!r}")
        if n in seen:
            errors.append(f"duplicate message: {q!r}")
        seen[n] = q
        cls = label_class(expect)
        if cls == "topical" and entries and expect not in entries:
            errors.append(f"unknown entry id {expect!r} for {q!r}")
        if cls == "desk":
            _, did, field = expect.split(":")
            if desks and field not in desks.get(did, set()):
                errors.append(f"desk {did!r} has no field {field!r}: {q!r}")
        if cls == "directory":
            _, kind, area = expect.split(":")
            if kind not in KINDS or area not in AREAS:
                errors.append(f"bad directory label {expect!r}")
        if cls == "act" and expect[4:] not in ACTS:
            errors.append(f"bad act {expect!r}")
        if len(also) > 2:
            errors.append(f"more than two also for {q!r}")
        for a in also:
            if entries and a not in entries:
                errors.append(f"unknown also id {a!r} for {q!r}")
            if a == expect:
                errors.append(f"also repeats expect for {q!r}")
    if errors:
        sys.exit("make.py: refusing to write:\n  " + "\n  ".join(errors))


def as_dict(c):
    q, expect, also, style = c[:4]
    d = {"q": q, "expect": expect}
    if also:
        d["also"] = list(also)
    d["style"] = style
    if len(c) == 5 and c[4] != "ja":
        d["lang"] = c[4]
    return d


def lang_of(c):
    return c[4] if len(c) == 5 else "ja"


def split(cases):
    rng = random.Random(SEED)
    tune, holdout = [], []
    turn = 0
    for cls in CLASSES:
        groups = collections.defaultdict(list)
        for c in cases:
            if label_class(c[1]) == cls:
                groups[c[1]].append(c)
        for label in sorted(groups):
            group = list(groups[label])
            rng.shuffle(group)
            for c in group:
                (tune if turn == 0 else holdout).append(c)
                turn = 1 - turn
    return tune, holdout


def dump(path, cases):
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump({"cases": [as_dict(c) for c in cases]}, f,
                       allow_unicode=True, sort_keys=False, width=1000)


def table(title, key, tune, holdout, order=None):
    t = collections.Counter(key(c) for c in tune)
    h = collections.Counter(key(c) for c in holdout)
    keys = order or sorted(set(t) | set(h))
    rows = [f"### {title}", "", "| | tune | holdout | all |", "|---|---:|---:|---:|"]
    for k in keys:
        rows.append(f"| {k} | {t[k]} | {h[k]} | {t[k] + h[k]} |")
    rows.append(f"| **total** | {len(tune)} | {len(holdout)} | {len(tune) + len(holdout)} |")
    return "\n".join(rows)


def readme(all_cases, tune, holdout):
    def cls_key(c):
        return label_class(c[1])

    parts = [
        "# residents4 — blind resident questions for つながりナビ (鴻巣市)",
        "",
        "## How it was written",
        "",
        "- Sources read, in this order: the brief (task-res4.md), `issue11.md` (only to see the kinds of message meant;",
        "  no phrase it quotes is reused, and make.py refuses any message equal to one after NFKC + space removal),",
        "  `welfare-plan-summary.txt` (the plan) and `konosu-facts.md` (desks, places). Nothing under /work/main was read.",
        "- Step 1: all 213 messages were written by hand into `draft.txt` (`style<TAB>lang<TAB>topic note<TAB>message`)",
        "  before any id list was opened: ~115 Japanese topical (polite, blunt, kana, typo, dialect, elderly, long, indirect,",
        "  youth — 12–13 each), ~45 in en/zh/vi/pt/tl/es/ko/id/ne, and ~50 non-topical (desk fields, area + kind of place,",
        "  conversation acts, other city services, unanswerable questions). No crisis/danger messages.",
        "- Step 2: only then were `entry-ids.tsv` and `desk-ids.tsv` opened and each message labelled (`labels.txt`, one",
        "  line per draft line) without rewording. The literal tuples in `make.py` were produced mechanically from",
        "  draft.txt + labels.txt (the one-off paste helper was removed afterwards); make.py is the source of truth.",
        f"- Split: `random.Random({SEED})`, stratified by label class (topical / desk / directory / act / out-of-scope /",
        "  fallback); inside a class cases are grouped by exact label (groups sorted), each group shuffled, and cases are",
        "  dealt alternately to tune / holdout with the turn carrying over between groups and classes.",
        "- Style on non-topical and foreign-language cases describes the register (polite / blunt / youth / kana);",
        "  the nine-way style spread applies to the Japanese topical cases. Only label class is stratified, so",
        "  languages and styles are not balanced between the halves (e.g. all 4 ko cases fell in holdout).",
        "",
        "## Drops",
        "",
    ]
    for q, style, lang in DROPPED:
        parts.append(f"- 「{q}」 ({style}, {lang}): {DROP_REASONS.get(q, '')}")
    parts += ["", "## Judgement calls", ""]
    parts += [f"- {j}" for j in JUDGEMENT_CALLS]
    parts += ["", "## Counts", "",
              table("By label class", cls_key, tune, holdout, CLASSES), "",
              table("By language", lang_of, tune, holdout), "",
              table("By style", lambda c: c[3], tune, holdout), "",
              "## Files", "",
              "- `make.py` — the cases (literal tuples), checks, split and writer",
              "- `all.yaml`, `tune.yaml`, `holdout.yaml` — `cases: [{q, expect, also?, style, lang?}]`",
              "- `draft.txt` — the step-1 messages with style, lang and topic note; `labels.txt` — the step-2 labels (line-aligned)",
              "- `README.md` — this file", ""]
    return "\n".join(parts)


def main():
    validate(CASES)
    tune, holdout = split(CASES)
    dump(os.path.join(HERE, "all.yaml"), CASES)
    dump(os.path.join(HERE, "tune.yaml"), tune)
    dump(os.path.join(HERE, "holdout.yaml"), holdout)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(CASES, tune, holdout))
    print(f"{len(CASES)} cases: tune {len(tune)}, holdout {len(holdout)}")


if __name__ == "__main__":
    main()
