#!/usr/bin/env python3
"""residents2 — blind resident question set for tsunagari.

Every case is literal data below: (q, expect, also, style, lang).
Run:  python3 make.py   -> all.yaml, tune.yaml, holdout.yaml, README.md (deterministic).
"""
import json
import os
import random
import re
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261222
CASES = [
    ("失業してしまい生活費が足りません。どこに相談すればよいでしょうか。", "seikatsu-komaru", ["shigoto-sagashi"], "polite", ""),
    ("金がない。どうすればいい", "seikatsu-komaru", [], "blunt", ""),
    ("おかねがなくて せいかつが くるしいです どこに そうだん できますか", "seikatsu-komaru", [], "kana", ""),
    ("生活こんきゅうの相談ってどこでできまうか", "seikatsu-komaru", [], "typo", ""),
    ("給料減ってもうて、今月の生活費がどうにもならへんのやけど、市で何か助けてもらえることある？", "seikatsu-komaru", [], "dialect", ""),
    ("コロナのあとから仕事が減って、パートも先月で切られました。貯金もほとんどなくて、子どもが二人いるので毎月の支払いが本当にきついです。役所に行くのは正直恥ずかしいんですが、どこかで話だけでも聞いてもらえますか。", "seikatsu-komaru", ["shigoto-sagashi", "soudan-general"], "long", ""),
    ("今月の電気代とガス代を払ったら手元に千円も残りません。", "seikatsu-komaru", [], "indirect", ""),
    ("生活保護を受けたいと考えているのですが、申請はどこでできますか。", "seikatsu-hogo", [], "polite", ""),
    ("自営業をたたんだばかりで、次の仕事が見つかるまで食べていけるか不安です。", "seikatsu-komaru", ["shigoto-sagashi"], "indirect", ""),
    ("生活困窮者自立相談支援センターではどのような相談ができますか。", "seikatsu-komaru", ["yachin"], "polite", ""),
    ("親の年金だけで二人で暮らしているんですが、父が入院して医療費がかさんでいます。私は体調を崩して働けていません。このままだと来月の家賃も払えるかわかりません。誰に相談したらいいのか全然わからないので教えてください。", "soudan-fukugou", ["seikatsu-komaru", "yachin"], "long", ""),
    ("年金だけじゃやっていけねえんだよ、なんか制度ねえのか", "seikatsu-komaru", ["seikatsu-hogo"], "dialect", ""),
    ("家賃が払えなくなりそうです。家賃の補助のような制度はありますか。", "yachin", [], "polite", ""),
    ("住居確保給付金の条件は？", "yachin", [], "blunt", ""),
    ("じゅうきょかくほきゅうふきん　いくらもらえる？", "yachin", [], "typo", ""),
    ("会社を辞めて3か月、大家さんから家賃の催促の電話が来るようになりました。", "yachin", [], "indirect", ""),
    ("去年の秋に勤めていた工場が閉鎖になって、今はアルバイトでつないでいます。収入が前の半分くらいになってしまい、アパートの家賃6万円が重いです。三人家族なんですが、家賃の助けになる給付金があると聞きました。いくらぐらい出るものなんですか。", "yachin", [], "long", ""),
    ("やちんが はらえません たすけてくれる せいど ありますか", "yachin", [], "kana", ""),
    ("家賃たまってしもうて大家さんに顔合わせられんのや。どっか相談できるとこないかね", "yachin", ["shakkin"], "dialect", ""),
    ("食べ物の支援をしてもらえるところはありますか。", "tabemono-nai", [], "polite", ""),
    ("フードパントリーどこ", "tabemono-nai", [], "blunt", ""),
    ("給料日まであと10日あるのに、冷蔵庫がほぼ空っぽです。", "tabemono-nai", ["seikatsu-komaru"], "indirect", ""),
    ("ふーどぱんとりーって登録ひつようですか？", "tabemono-nai", [], "typo", ""),
    ("ひとり親で子ども三人育てています。物価が上がってお米を買うのもためらうようになりました。食料を配っているところがあると友達から聞いたのですが、どうやったら受け取れますか。予約とか必要ですか。", "tabemono-nai", ["hitorioya"], "long", ""),
    ("たべものを もらえる ところ しりたいです", "tabemono-nai", [], "kana", ""),
    ("食品の寄付をしたいのですが、受け付けているところはありますか。", "kifu", [], "polite", ""),
    ("借金の返済に困っています。相談できる窓口を教えてください。", "shakkin", [], "polite", ""),
    ("カードローンで首が回らない", "shakkin", [], "blunt", ""),
    ("リボ払いの残高が200万円を超えていて、毎月利息しか払えていません。", "shakkin", [], "indirect", ""),
    ("高齢の母が訪問販売で高額な布団を契約させられました。どこに相談したらよいですか。", "akushitsu-houmon", [], "polite", ""),
    ("ネットで変な請求来た。どこに言えばいい？", "sagi-denwa", ["akushitsu-houmon"], "blunt", ""),
    ("鴻巣市の消費生活センターの連絡先を知りたいです。", "desk:shohisha-188:phone", [], "polite", ""),
    ("夫がギャンブルで借金を作っていたことがわかりました。消費者金融三社から合わせて150万くらいあるみたいです。私の給料だけでは子どもの学費と生活費でいっぱいで、返せる見込みがありません。弁護士に頼むお金もないのですが、まずどこに相談すればいいですか。", "shakkin", ["izon"], "long", ""),
    ("親の介護について相談したいのですが、どこに行けばいいですか。", "kaigo-hoken", ["kaigo-tsukare"], "polite", ""),
    ("介護保険の申請ってどこ", "kaigo-hoken", [], "blunt", ""),
    ("おやの かいごで こまっています", "kaigo-hoken", ["kaigo-tsukare"], "kana", ""),
    ("かいごほけんのしんせい、むすこが代わりにできますか", "kaigo-hoken", [], "typo", ""),
    ("うちのばあちゃん、最近足腰弱ってもうて一人で風呂入れんのよ。なんか手伝ってもらえるサービスある？", "kaigo-hoken", [], "dialect", ""),
    ("東京で働いていて、鴻巣に一人で住んでいる父が最近転んでけがをしました。週末しか様子を見に行けません。ヘルパーさんに来てもらうにはどうしたらいいのか、まず何をすればいいのかわかりません。遠くに住んでいても相談はできますか。", "oya-hitorigurashi", ["kaigo-hoken"], "long", ""),
    ("母が最近トイレに間に合わないことが増えて、夜も何度も起こされて私が寝られていません。", "kaigo-tsukare", ["kaigo-hoken"], "indirect", ""),
    ("地域包括支援センターはどこにありますか。", "kaigo-hoken", [], "polite", ""),
    ("仕事と母の介護の両立がもう難しくなってきました。職場には言いづらくて、有給もほとんど使い切っています。妻も自分の親のことで手一杯です。介護をしている家族向けの相談や支えみたいなものって鴻巣にありますか。", "kaigo-tsukare", [], "long", ""),
    ("父に認知症の症状が出てきたようです。どこに相談すればよいでしょうか。", "ninchisho", [], "polite", ""),
    ("にんちしょうかも しれない ははのことで そうだんしたい", "ninchisho", [], "kana", ""),
    ("おばあちゃんが同じことを何回も聞いてくるし、この前は財布をなくしたと大騒ぎしていました。", "ninchisho", [], "indirect", ""),
    ("認知症カフェってある？", "ninchisho", ["ibasho-atsumari"], "blunt", ""),
    ("にんちしょうの家族の会みたいなのありますか鴻巣に", "ninchisho", [], "typo", ""),
    ("近所に住む一人暮らしのおじいさんが、夜中に家の外を歩いているのを何度か見かけました。話しかけると自分の家がわからないようでした。家族がいるのかどうかもわかりません。どこかに知らせたほうがいいんでしょうか。", "kinjo-koureisha", ["ninchisho"], "long", ""),
    ("障害者手帳を持っています。受けられるサービスを教えてください。", "shougai-service", [], "polite", ""),
    ("息子は発達障害の診断を受けていて、高校を卒業した後どこで働けるのか心配です。", "shougai-shigoto", ["shougai-shourai"], "indirect", ""),
    ("めが みえにくくて かいものに いけません てつだって もらえますか", "shougai-service", ["volunteer-request", "tsuin-kaimono"], "kana", ""),
    ("しょうがいしゃてちょうの申請ってどこでやりますか", "shougai-service", [], "typo", ""),
    ("車いすで生活している妻と二人暮らしです。私も70を過ぎて、妻を抱えて車に乗せるのがつらくなってきました。通院のときだけでも手伝ってもらえる仕組みはありませんか。障害のある人向けの相談先も知りたいです。", "kurumaisu-ido", ["tsuin-kaimono", "shougai-service"], "long", ""),
    ("精神障害のある家族の今後について相談できる窓口はありますか。", "shougai-service", ["shougai-shourai", "kokoro-soudan"], "polite", ""),
    ("耳が遠うなって電話がよう聞こえんのやけど、相談はファックスでもできるんか", "bot-renrakusaki", ["soudan-homon"], "dialect", ""),
    ("娘は知的障害があって、私たち親がいなくなった後のお金の管理がずっと気がかりです。", "shougai-shourai", ["kouken-about"], "indirect", ""),
    ("子育てのことで相談できる場所を教えてください。", "kosodate-nayami", [], "polite", ""),
    ("0歳の子と行けるとこ教えて", "jidou-center", [], "blunt", ""),
    ("こそだての そうだんを したいです", "kosodate-nayami", [], "kana", ""),
    ("夫の転勤で鴻巣に引っ越してきたばかりで、知り合いが一人もいません。上の子は3歳、下の子は生まれたばかりです。昼間ずっと子どもと家にいると息が詰まりそうになります。同じくらいの子がいるママと知り合える場所ってありますか。", "kosodate-nayami", ["jidou-center", "hanashiaite"], "long", ""),
    ("2歳の息子がまだほとんど言葉を話さなくて、周りの子と比べてしまいます。", "kodomo-hattatsu", [], "indirect", ""),
    ("児童センターは何歳まで利用できますか。", "jidou-center", [], "polite", ""),
    ("子ども食堂は誰でも利用できるのでしょうか。", "kodomo-shokudo", [], "polite", ""),
    ("孫預かることになったんやけど、近くで遊ばせられるとこあるんかいな", "jidou-center", [], "dialect", ""),
    ("子どもが不登校気味です。どこに相談すればいいでしょうか。", "kosodate-nayami", [], "polite", ""),
    ("小学4年の娘が最近学校に行きたがりません。いじめではないと言うのですが、朝になるとお腹が痛くなるようです。共働きで日中は家にいられないので、娘が安心して過ごせる場所がほしいです。相談先と、放課後に過ごせる場所の両方を知りたいです。", "kosodate-nayami", ["jidou-center"], "long", ""),
    ("ひとり親家庭が受けられる支援を教えてください。", "hitorioya", [], "polite", ""),
    ("シングルマザー。使える制度全部教えて", "hitorioya", [], "blunt", ""),
    ("離婚して子ども二人と実家に戻ってきました。仕事もこれから探します。", "hitorioya", ["shigoto-sagashi"], "indirect", ""),
    ("じどうふようてあての手続きどこですか", "hitorioya", [], "typo", ""),
    ("シングルファザーで中学生と小学生の息子がいます。夜勤のある仕事なので、晩ご飯を子どもだけで食べさせる日が多いです。子どもだけでも安心して夕飯を食べられる場所はありますか。あと、ひとり親向けの相談があれば知りたいです。", "hitorioya", ["kodomo-shokudo"], "long", ""),
    ("中学生の娘が、病気の祖母の世話で学校を休みがちです。どこかに相談できますか。", "young-carer", [], "polite", ""),
    ("高校生だけど、毎日お母さんの代わりに弟の世話とご飯の用意をしてて、宿題する時間がない。", "young-carer", [], "indirect", ""),
    ("私は高校2年です。母が精神的な病気で家事ができないので、買い物も料理も私がやっています。友達には言えないし、先生にもうまく話せません。これってヤングケアラーっていうんですか。話を聞いてくれるところがあれば知りたいです。", "young-carer", [], "long", ""),
    ("家族の介護してる子どもの支援って鴻巣にありますか？がっこうの先生です", "young-carer", [], "typo", ""),
    ("ヤングケアラーについて市ではどんな取組をしていますか。", "young-carer", [], "polite", ""),
    ("一人暮らしで話し相手がいません。誰かと話せる場所はありますか。", "hanashiaite", ["ibasho-atsumari"], "polite", ""),
    ("さみしい", "hanashiaite", ["tsurai-kimochi"], "blunt", ""),
    ("夫を亡くしてから、一日中誰とも話さない日がほとんどです。", "hanashiaite", ["tsurai-kimochi"], "indirect", ""),
    ("ひとりぼっちで つらいです だれかと はなしたい", "tsurai-kimochi", ["hanashiaite"], "kana", ""),
    ("定年してから家にいることが多くなり、妻とも会話が減りました。昔の同僚とも連絡を取らなくなって、気がつくと一週間誰とも話していないことがあります。趣味もなく、このままでいいのかと思います。何か人と関われるきっかけはありますか。", "koureisha-ikigai", ["ibasho-atsumari", "hanashiaite"], "long", ""),
    ("最近だーれも訪ねてこんで、つまらんのう", "hanashiaite", [], "dialect", ""),
    ("高齢者が気軽に集まれる場所は市内にありますか。", "ibasho-atsumari", [], "polite", ""),
    ("ふれあい・いきいきサロンはどこでやっていますか。", "ibasho-atsumari", [], "polite", ""),
    ("平日の昼間、家以外でちょっとお茶を飲みながら過ごせるところがあったらいいなと思っています。", "ibasho-atsumari", [], "indirect", ""),
    ("かよいのばってなんですか", "ibasho-atsumari", [], "typo", ""),
    ("自治会の役員をしています。最近、集会所が空いている時間を使って、地域のお年寄りや子どもが集まれる場所を作れないかと話が出ています。何から始めればいいのか、市や社協で相談に乗ってもらえることはありますか。", "ibasho-tsukuritai", ["chiiki-kadai"], "long", ""),
    ("地域で居場所づくりを始めたいのですが、補助や支援はありますか。", "ibasho-tsukuritai", [], "polite", ""),
    ("こどもと おとしよりが いっしょに あそべる ところ ありますか", "sedai-kouryu", [], "kana", ""),
    ("近所の一人暮らしのお年寄りが心配です。見守りのような仕組みはありますか。", "kinjo-koureisha", ["mimamori-katsudou"], "polite", ""),
    ("隣の家の新聞が三日分ポストにたまったままになっています。", "anpi-kakunin", [], "indirect", ""),
    ("見守りサービス申し込みたい", "oya-hitorigurashi", ["kinjo-koureisha", "mimamori-katsudou"], "blunt", ""),
    ("向かいの家のおばあさんは一人暮らしで、息子さんは遠方にいるそうです。最近姿を見かけない日が続いて、ちょっと気になっています。でも他人の家のことに口を出すのも気が引けます。こういうとき近所の人はどうしたらいいんでしょうか。", "kinjo-koureisha", ["anpi-kakunin"], "long", ""),
    ("うちの班で年寄りの見回りしとるんやけど、気になる人おったらどこに連絡したらええ？", "mimamori-katsudou", ["kinjo-koureisha"], "dialect", ""),
    ("地域で困っている人に気づいたら、どこに伝えればいいですか。", "kinjo-koureisha", ["mimamori-katsudou", "soudan-minseiin"], "polite", ""),
    ("ボランティアをしてみたいのですが、どこで登録できますか。", "volunteer-start", [], "polite", ""),
    ("ボランティアやりたい", "volunteer-start", [], "blunt", ""),
    ("ぼらんてぃあを したいです", "volunteer-start", [], "kana", ""),
    ("週に一回くらい、空いた時間で誰かの役に立てることがあればやってみたいです。", "volunteer-start", [], "indirect", ""),
    ("大学生です。福祉系の学部ではないのですが、地域の子どもたちの学習支援とか、お年寄りの話し相手みたいなボランティアに興味があります。平日の夕方か土日なら動けます。初心者でも参加できるものはありますか。", "volunteer-start", ["kodomo-shokudo-tetsudai"], "long", ""),
    ("災害ボランティアに登録したいのですが、方法を教えてください。", "saigai-volunteer", [], "polite", ""),
    ("体はまだ動くけえ、何か地域の手伝いでもしてみようかと思うとるんよ", "koureisha-ikigai", ["volunteer-start"], "dialect", ""),
    ("有償ボランティアのような、ちょっとした家事を手伝ってもらえる仕組みはありますか。", "volunteer-request", [], "polite", ""),
    ("民生委員とはどんな人ですか。", "soudan-minseiin", [], "polite", ""),
    ("うちの地区の民生委員だれ？", "soudan-minseiin", [], "blunt", ""),
    ("みんせいいいんさんに そうだん したいです", "soudan-minseiin", [], "kana", ""),
    ("民生委員になるにはどうすればいいですか。", "soudan-minseiin", [], "polite", ""),
    ("近所の人に、困ったら地区の委員さんに言えばいいと言われたけど、誰のことかわからない。", "soudan-minseiin", [], "indirect", ""),
    ("成年後見制度について詳しく知りたいです。", "kouken-about", [], "polite", ""),
    ("後見人ってどうやってつけるの", "kouken-about", [], "blunt", ""),
    ("母が認知症になって、銀行の手続きが本人でないとできないと言われて困っています。", "oya-okane", ["kouken-about", "ninchisho"], "indirect", ""),
    ("叔父は一人暮らしで子どもがいません。最近物忘れがひどく、通帳や印鑑をどこにしまったかわからなくなることが増えました。親族は私だけで、私も県外に住んでいます。お金の管理を誰かに任せられる方法はありますか。", "kouken-about", ["oya-okane"], "long", ""),
    ("市民後見人の養成講座はありますか。", "kouken-about", [], "polite", ""),
    ("おかねの かんりが じぶんで できなくなったら どうしたら いいですか", "kouken-jibun", ["kouken-about"], "kana", ""),
    ("病院への通院に使える交通手段を教えてください。", "tsuin-kaimono", [], "polite", ""),
    ("フラワー号いくら", "flower-bus", [], "blunt", ""),
    ("のりあいタクシーのよやく電話ばんごう教えて", "desk:noriai-taxi:phone", [], "typo", ""),
    ("免許返してもうたで、病院行くのに難儀しとるんよ", "menkyo-hennou", ["tsuin-kaimono"], "dialect", ""),
    ("車の免許を返納したら、週2回の透析にどうやって通えばいいのか不安です。", "menkyo-hennou", ["tsuin-kaimono"], "indirect", ""),
    ("母が80歳を過ぎて、バスに乗るのも一苦労になってきました。月に一度の大学病院の通院は私が車を出していますが、近所のかかりつけ医には一人で行きたいと言っています。自宅の近くまで来てくれる乗り物はありますか。料金も教えてください。", "tsuin-kaimono", ["noriai-taxi"], "long", ""),
    ("フラワー号の特別乗車証の対象者を教えてください。", "flower-bus", [], "polite", ""),
    ("乗合タクシー誰でも乗れる？", "noriai-taxi", [], "blunt", ""),
    ("障害者手帳があるとバスは無料になりますか。", "flower-bus", [], "polite", ""),
    ("妊婦ですがじんつうのときタクシーよべますか", "ninshin-idou", [], "typo", ""),
    ("災害のとき、一人では避難できない家族がいます。事前に登録できる制度はありますか。", "saigai-shien", ["hinan-tedasuke"], "polite", ""),
    ("避難行動要支援者名簿ってなに", "saigai-shien", ["hinan-tedasuke"], "blunt", ""),
    ("大雨のたびに、寝たきりの父を連れてどうやって逃げればいいのか考えてしまいます。", "hinan-tedasuke", ["saigai-shien"], "indirect", ""),
    ("荒川の近くに住んでいます。夫は車いすで、私も膝が悪く、水害のときに避難所まで行けるか自信がありません。近所の人に手伝ってもらえるような仕組みがあると聞きましたが、どこに申し込めばいいですか。福祉避難所というのもあるんでしょうか。", "hinan-tedasuke", ["saigai-shien"], "long", ""),
    ("じしんの とき からだが ふじゆうな ひとは どう にげれば いいですか", "hinan-tedasuke", ["saigai-shien"], "kana", ""),
    ("台風来たら、うちの母ちゃん一人で逃げられへんと思うねん", "hinan-tedasuke", ["saigai-shien"], "dialect", ""),
    ("刑務所を出た家族の生活再建について相談できるところはありますか。", "shussho-shien", [], "polite", ""),
    ("息子が来月出所します。仕事も住む場所もまだ決まっていません。", "shussho-shien", [], "indirect", ""),
    ("前科あっても使える支援ある？", "shussho-shien", [], "blunt", ""),
    ("昔、罪を犯して服役していました。今は真面目に働きたいと思っていますが、面接で経歴を言うと断られてばかりです。保護観察は終わっています。生活もぎりぎりで、誰に相談していいのかわかりません。市でこういう人の相談にも乗ってもらえますか。", "shussho-shien", ["shigoto-sagashi"], "long", ""),
    ("ほごしになりたいんですがどうすればいいですか", "hogoshi", [], "typo", ""),
    ("息子が何年も家から出てきません。相談できるところはありますか。", "soudan-hikikomori", [], "polite", ""),
    ("30代の娘が仕事を辞めてから5年、ほとんど自分の部屋から出てきません。", "soudan-hikikomori", [], "indirect", ""),
    ("ひきこもりの相談窓口", "soudan-hikikomori", [], "blunt", ""),
    ("私は80歳、息子は52歳です。息子は若い頃に会社を辞めてからずっと家にいて、私の年金で二人で暮らしています。私がいなくなったら息子はどうなるのかと考えると夜も眠れません。本人は相談に行くのを嫌がります。親だけでも相談できますか。", "soudan-hikikomori", [], "long", ""),
    ("8050問題の相談ってどこにすればいいんでしょうか", "soudan-hikikomori", [], "typo", ""),
    ("うちの倅がもう十年も部屋にこもっとってな、どないしたらええかわからん", "soudan-hikikomori", [], "dialect", ""),
    ("もう何年も働いてなくて、家族以外と話すのが怖い。外に出るきっかけがほしい。", "soudan-hikikomori", ["hanashiaite"], "indirect", ""),
    ("兄が40代で、もう15年くらい家にこもっています。両親はもう70代後半で、父は最近入院しました。兄の生活費のことも、両親の介護のことも、妹の私一人でどうにかしないといけなくなりそうで不安です。まとめて相談できる場所はありますか。", "soudan-fukugou", ["soudan-hikikomori"], "long", ""),
    ("健康づくりの教室やイベントはありますか。", "kenkou-zukuri", [], "polite", ""),
    ("最近気分が落ち込んで、何をするにもやる気が出ません。誰かに話を聞いてほしいです。", "tsurai-kimochi", ["kokoro-soudan"], "indirect", ""),
    ("「健康こうのす」とはどのような取組ですか。", "kenkou-zukuri", [], "polite", ""),
    ("からだの ぐあいが わるい とき よる でも そうだん できる でんわ ありますか", "kyukyu-mayou", [], "kana", ""),
    ("こどもが夜中に熱だしたらどこに電話すればいいですか", "kyukyu-mayou", [], "typo", ""),
    ("心の健康について相談できる電話窓口はありますか。", "kokoro-soudan", [], "polite", ""),
    ("第4次鴻巣市地域福祉計画の基本理念を教えてください。", "fukushi-jouhou", [], "polite", ""),
    ("地域福祉計画の重点取組にはどんなものがありますか。", "fukushi-jouhou", [], "polite", ""),
    ("ちいきふくしけいかくってなにがかいてあるの", "fukushi-jouhou", [], "typo", ""),
    ("地域福祉活動計画と地域福祉計画は何が違うのですか。", "fukushi-jouhou", [], "polite", ""),
    ("市の福祉の計画で「断らない相談」ってよく見るけど、具体的に何をしてくれるの？", "soudan-general", ["fukushi-jouhou"], "indirect", ""),
    ("地域福祉計画の全文はどこで読めますか。", "fukushi-jouhou", [], "polite", ""),
    ("重層的支援体制整備事業とは何ですか。", "fukushi-jouhou", ["soudan-general", "soudan-fukugou"], "polite", ""),
    ("地域共生社会って何", "fukushi-jouhou", [], "blunt", ""),
    ("そもそも地域福祉とは何ですか。", "fukushi-jouhou", [], "polite", ""),
    ("この計画、市民はなんかせなあかんの？", "fukushi-jouhou", [], "dialect", ""),
    ("地域の防犯パトロールに参加したいです。", "bouhan-katsudou", [], "polite", ""),
    ("どこに相談すればいいかわからない悩みがあります。まず誰に話せばいいですか。", "soudan-general", [], "polite", ""),
    ("何でも相談できるとこある？", "soudan-general", [], "blunt", ""),
    ("自分でも何が問題なのかうまく言えないのですが、仕事のこと、お金のこと、親のことが全部重なってしまって頭が整理できません。一つずつ窓口を回る気力もありません。まとめて話を聞いてくれる場所があれば教えてください。", "soudan-fukugou", ["soudan-general"], "long", ""),
    ("なにを そうだん したら いいか わからない けど こまって います", "soudan-general", [], "kana", ""),
    ("役所に行ってもたらい回しにされそうで、なかなか相談に行けません。", "soudan-general", ["soudan-homon"], "indirect", ""),
    ("社会福祉協議会は何をしているところですか。", "fukushi-jouhou", ["bot-renrakusaki"], "polite", ""),
    ("外国人でも福祉の相談はできますか。", "soudan-gaikokujin", [], "polite", ""),
    ("相談したら家族に連絡がいったりしますか。", "soudan-general", [], "polite", ""),
    ("このチャットボットは何ができますか。", "bot-about", [], "polite", ""),
    ("これ誰が答えてるの？AI？", "bot-about", [], "blunt", ""),
    ("ここに書いた内容は記録されますか。", "bot-privacy", ["bot-about"], "polite", ""),
    ("こじんじょうほうはだいじょうぶですか", "bot-privacy", [], "typo", ""),
    ("このLINEは市の公式のものですか。", "bot-about", [], "polite", ""),
    ("名前とか住所とか書かないとだめなんですか？", "bot-privacy", [], "indirect", ""),
    ("使い方わからん", "bot-about", [], "blunt", ""),
    ("おかねが ありません。せいかつが たいへんです。どうしたら いいですか。", "seikatsu-komaru", [], "easy", ""),
    ("こどもが あそぶ ところを おしえて ください。", "jidou-center", [], "easy", ""),
    ("おかあさんの かいごの ことで こまって います。", "kaigo-hoken", ["kaigo-tsukare"], "easy", ""),
    ("びょういんに いく バスは ありますか。", "tsuin-kaimono", ["flower-bus"], "easy", ""),
    ("じしんの とき、にほんごが わからない ひとは どう すれば いいですか。", "soudan-gaikokujin", ["saigai-shien"], "easy", ""),
    ("たべものが たりません。たすけて くれる ところ ありますか。", "tabemono-nai", [], "easy", ""),
    ("I lost my job and can't pay my bills. Is there any support in Konosu?", "seikatsu-komaru", ["shigoto-sagashi"], "foreign", "en"),
    ("Is there any help with rent if my income dropped?", "yachin", [], "foreign", "en"),
    ("My elderly mother lives alone in Konosu and I'm worried about her. Who can I talk to about care?", "oya-hitorigurashi", ["kaigo-hoken"], "foreign", "en"),
    ("Where can I take my toddler to play on a rainy day?", "jidou-center", [], "foreign", "en"),
    ("What can this chatbot help me with?", "bot-about", [], "foreign", "en"),
    ("My son has autism. Are there any services for disabled children here?", "shougai-service", ["kodomo-hattatsu"], "foreign", "en"),
    ("how much is the flower bus", "flower-bus", [], "foreign", "en"),
    ("I'm new in town and don't know anyone. Are there places where I can meet people?", "ibasho-atsumari", ["hanashiaite"], "foreign", "en"),
    ("Where is the food pantry and who can use it?", "tabemono-nai", [], "foreign", "en"),
    ("我失业了，生活很困难，可以去哪里咨询？", "seikatsu-komaru", [], "foreign", "zh"),
    ("鸿巢市有没有儿童可以免费玩的地方？", "jidou-center", [], "foreign", "zh"),
    ("我父亲需要护理，怎么申请护理保险？", "kaigo-hoken", [], "foreign", "zh"),
    ("哪里可以领取免费的食物？", "tabemono-nai", [], "foreign", "zh"),
    ("Tôi mất việc và không có tiền sinh hoạt. Tôi có thể hỏi ở đâu?", "seikatsu-komaru", ["shigoto-sagashi"], "foreign", "vi"),
    ("Con tôi 5 tuổi, có chỗ nào cho trẻ em chơi miễn phí không?", "jidou-center", [], "foreign", "vi"),
    ("Tôi không trả được tiền nhà. Có trợ cấp nào không?", "yachin", [], "foreign", "vi"),
    ("Tôi là mẹ đơn thân, có hỗ trợ gì cho tôi không?", "hitorioya", [], "foreign", "vi"),
    ("Perdi meu emprego e estou sem dinheiro. Onde posso pedir ajuda?", "seikatsu-komaru", [], "foreign", "pt"),
    ("Minha mãe está com demência. Onde posso conseguir ajuda?", "ninchisho", [], "foreign", "pt"),
    ("Tem algum lugar para crianças brincarem de graça em Konosu?", "jidou-center", [], "foreign", "pt"),
    ("Em caso de terremoto, como pessoas com deficiência podem evacuar?", "hinan-tedasuke", ["saigai-shien"], "foreign", "pt"),
    ("Nawalan ako ng trabaho, saan ako pwedeng humingi ng tulong?", "seikatsu-komaru", ["shigoto-sagashi"], "foreign", "tl"),
    ("May lugar ba dito sa Konosu na pwedeng paglaruan ng mga bata?", "jidou-center", [], "foreign", "tl"),
    ("Nalulungkot ako dito, wala akong kakilala. May grupo ba na pwede kong salihan?", "hanashiaite", ["ibasho-atsumari", "soudan-gaikokujin"], "foreign", "tl"),
    ("일자리를 잃어서 생활비가 없어요. 어디에 상담하면 되나요?", "seikatsu-komaru", [], "foreign", "ko"),
    ("치매에 걸린 어머니 때문에 상담하고 싶어요.", "ninchisho", [], "foreign", "ko"),
    ("자원봉사를 하고 싶은데 어떻게 하면 되나요?", "volunteer-start", [], "foreign", "ko"),
    ("मेरो काम छुट्यो, पैसा छैन। कहाँ सहयोग माग्न सकिन्छ?", "seikatsu-komaru", [], "foreign", "ne"),
    ("बच्चाहरू खेल्ने ठाउँ कहाँ छ?", "jidou-center", [], "foreign", "ne"),
    ("नेपाली भाषामा परामर्श पाउन सकिन्छ?", "soudan-gaikokujin", [], "foreign", "ne"),
    ("福祉課に電話したいので番号を教えてください。", "desk:fukushika:phone", [], "polite", ""),
    ("社協の電話番号", "desk:shakyo:phone", [], "blunt", ""),
    ("しゃきょうのでんわばんごうおしえてくらさい", "desk:shakyo:phone", [], "typo", ""),
    ("鴻巣市社会福祉協議会の住所を教えていただけますか。", "desk:shakyo:address", [], "polite", ""),
    ("社会福祉協議会に書類を持って行きたいんだけど、場所どこだっけ", "desk:shakyo:address", [], "indirect", ""),
    ("福祉課にファックスで問い合わせたいのですが、番号は何番ですか。", "desk:fukushika:fax", [], "polite", ""),
    ("社会福祉協議会へFAXを送りたいので番号を教えてください。", "desk:shakyo:fax", [], "polite", ""),
    ("福祉課ってどこにあるの", "desk:fukushika:address", [], "blunt", ""),
    ("市役所の福祉課は何時まで開いていますか。", "bot-renrakusaki", [], "polite", ""),
    ("ふくしかの でんわ なんばん ですか", "desk:fukushika:phone", [], "kana", ""),
    ("箕田児童センターの電話番号を教えてください。", "desk:jidocenter-mida:phone", [], "polite", ""),
    ("あたご児童センターの住所", "desk:jidocenter-atago:address", [], "blunt", ""),
    ("常光児童センターのFAX番号はわかりますか。", "desk:jidocenter-jokou:fax", [], "polite", ""),
    ("かさはらじどうせんたーって何時から何時まであいてる？", "desk:jidocenter-kasahara:hours", [], "typo", ""),
    ("田間宮児童センターに電話したいのですが、何番ですか。", "desk:jidocenter-tamamiya:phone", [], "polite", ""),
    ("川里の児童センター、何時までやっとるん？", "desk:jidocenter-kawasato:hours", [], "dialect", ""),
    ("鴻巣児童センターは夏は何時まで開いていますか。", "desk:jidocenter-konosu:hours", [], "polite", ""),
    ("乗合タクシーを予約したいので、予約センターの電話番号を教えてください。", "desk:noriai-taxi:phone", [], "polite", ""),
    ("社協って何時から何時まで？", "bot-renrakusaki", [], "blunt", ""),
    ("孫を連れて鴻巣児童センターに行こうと思うんだけど、住所を忘れちゃった。", "desk:jidocenter-konosu:address", [], "indirect", ""),
    ("What's the phone number of the Konosu Social Welfare Council?", "desk:shakyo:phone", [], "foreign", "en"),
    ("Qual é o endereço da prefeitura de Konosu (departamento de bem-estar)?", "desk:fukushika:address", [], "foreign", "pt"),
    ("鴻巣地区にある児童センターを教えてください。", "directory:jidocenter:konosu", [], "polite", ""),
    ("吹上の児童センターどこ", "directory:jidocenter:fukiage", [], "blunt", ""),
    ("川里地区で子ども食堂をやっているところはありますか。", "directory:kodomo-shokudo:kawasato", [], "polite", ""),
    ("ふきあげでこどもしょくどうやってるとこある？", "directory:kodomo-shokudo:fukiage", [], "typo", ""),
    ("鴻巣地区の子ども食堂を教えてください。", "directory:kodomo-shokudo:konosu", [], "polite", ""),
    ("かわさとの じどうせんたーは どこですか", "directory:jidocenter:kawasato", [], "kana", ""),
    ("吹上地区に高齢者の通いの場はありますか。", "directory:kayoinoba:fukiage", [], "polite", ""),
    ("鴻巣駅の近くで年寄りが集まれる通いの場", "directory:kayoinoba:konosu", [], "blunt", ""),
    ("川里で高齢者が体操などできる通いの場はありますか。", "directory:kayoinoba:kawasato", [], "polite", ""),
    ("吹上に住んでいて、平日の昼に子どもを連れて遊びに行ける施設を探しています。", "directory:jidocenter:fukiage", [], "indirect", ""),
    ("市内の子ども食堂の一覧を見たいです。", "directory:kodomo-shokudo:any", [], "polite", ""),
    ("鴻巣の方で、誰でも寄れる居場所みたいなとこあるんけ？", "directory:ibasho:konosu", [], "dialect", ""),
    ("川里地区に地域の居場所はありますか。", "directory:ibasho:kawasato", [], "polite", ""),
    ("吹上地区の子ども食堂の開催日を知りたいです。", "directory:kodomo-shokudo:fukiage", [], "polite", ""),
    ("Are there any children's centers in the Fukiage area?", "directory:jidocenter:fukiage", [], "foreign", "en"),
    ("Ở khu Konosu có nhà ăn cho trẻ em (kodomo shokudo) nào không?", "directory:kodomo-shokudo:konosu", [], "foreign", "vi"),
    ("ご丁寧にありがとうございます。", "act:thanks", [], "polite", ""),
    ("サンキュー", "act:thanks", [], "blunt", ""),
    ("ありがとう", "act:thanks", [], "kana", ""),
    ("ありがとうごさいます！", "act:thanks", [], "typo", ""),
    ("よくわかりました。ありがとうございました。", "act:thanks", [], "polite", ""),
    ("わかった", "act:ack", [], "blunt", ""),
    ("承知しました。", "act:ack", [], "polite", ""),
    ("はい わかりました", "act:ack", [], "kana", ""),
    ("なるほど、そういうことですね。", "act:ack", [], "polite", ""),
    ("それでは失礼します。", "act:bye", [], "polite", ""),
    ("じゃあね", "act:bye", [], "blunt", ""),
    ("ほな、またね", "act:bye", [], "dialect", ""),
    ("聞いたことと違う答えが返ってきました。ちゃんと読んでいますか。", "act:complaint", [], "polite", ""),
    ("全然答えになってない", "act:complaint", [], "blunt", ""),
    ("さっきからおなじことばっかりいっててイライラする", "act:complaint", [], "typo", ""),
    ("人と直接話したいです。職員の方につないでもらえますか。", "act:human", [], "polite", ""),
    ("オペレーターに代わって", "act:human", [], "blunt", ""),
    ("ひとと はなしたい です", "act:human", [], "kana", ""),
    ("機械じゃなくて、ちゃんとした担当の人に聞いてほしいんだけど", "act:human", [], "indirect", ""),
    ("最初からやり直したいです。", "act:restart", [], "polite", ""),
    ("リセット", "act:restart", [], "blunt", ""),
    ("はじめからやりなおし", "act:restart", [], "typo", ""),
    ("🙏", "act:emoji", [], "blunt", ""),
    ("👍", "act:emoji", [], "blunt", ""),
    ("😢😢", "act:emoji", [], "blunt", ""),
    ("🙂🌸", "act:emoji", [], "blunt", ""),
    ("こんにちは。", "act:greeting", [], "polite", ""),
    ("おはよう", "act:greeting", [], "blunt", ""),
    ("こんばんは", "act:greeting", [], "kana", ""),
    ("はじめまして、よろしくお願いします。", "act:greeting", [], "polite", ""),
    ("thanks a lot!", "act:thanks", [], "foreign", "en"),
    ("谢谢你", "act:thanks", [], "foreign", "zh"),
    ("안녕하세요", "act:greeting", [], "foreign", "ko"),
    ("Quero falar com uma pessoa, por favor.", "act:human", [], "foreign", "pt"),
    ("Salamat po!", "act:thanks", [], "foreign", "tl"),
    ("Xin chào", "act:greeting", [], "foreign", "vi"),
    ("パスポートを作りたいのですが、申請窓口はどこですか。", "out-of-scope", [], "polite", ""),
    ("粗大ごみの出し方", "out-of-scope", [], "blunt", ""),
    ("住民票の写しはコンビニで取れますか。", "out-of-scope", [], "polite", ""),
    ("ごみのぶんべつひょうどこでもらえる？", "out-of-scope", [], "typo", ""),
    ("犬を飼い始めたので登録をしたいのですが、どこで手続きしますか。", "out-of-scope", [], "polite", ""),
    ("固定資産税いつまでに払うの", "out-of-scope", [], "blunt", ""),
    ("期日前投票はどこでできますか。", "out-of-scope", [], "polite", ""),
    ("マイナンバーカードの更新手続きについて教えてください。", "out-of-scope", [], "polite", ""),
    ("引っ越してきたばかりで、転入の手続きがまだ済んでいません。", "out-of-scope", [], "indirect", ""),
    ("婚姻届はどこに出せばいいですか。", "out-of-scope", [], "polite", ""),
    ("住民税の納付書なくした", "out-of-scope", [], "blunt", ""),
    ("市立図書館の開館時間を教えてください。", "out-of-scope", [], "polite", ""),
    ("水道の名義変更ってどこでやるんかね", "out-of-scope", [], "dialect", ""),
    ("印鑑登録をしたいのですが、何が必要ですか。", "out-of-scope", [], "polite", ""),
    ("びっくりひな祭りはいつ開催されますか。", "out-of-scope", [], "polite", ""),
    ("Where can I renew my residence card?", "out-of-scope", [], "foreign", "en"),
    ("垃圾要怎么分类？", "out-of-scope", [], "foreign", "zh"),
    ("明日の鴻巣の天気はどうですか。", "fallback", [], "polite", ""),
    ("駅前でおいしいラーメン屋ある？", "fallback", [], "blunt", ""),
    ("宿題の作文を代わりに書いてもらえますか。", "fallback", [], "polite", ""),
    ("今日の日経平均いくら", "fallback", [], "blunt", ""),
    ("ロトの当選番号おしえて", "fallback", [], "typo", ""),
    ("英語の文章を翻訳してもらえますか。", "fallback", [], "polite", ""),
    ("しりとりしよう", "fallback", [], "blunt", ""),
    ("おすすめの映画を教えてください。", "fallback", [], "polite", ""),
    ("Who won the baseball game last night?", "fallback", [], "foreign", "en"),
]

# Phrases quoted as examples of a hidden set: none may appear as a whole message.
FORBIDDEN = ["パスポートの申請はどこでできますか", "もういい", "役に立たないな", "助けて",
             "ありがとうございました！助かりました", "了解です", "介護でもう限界", "ヤングケアラー",
             "病院に行く足がなくて困っている", "ご近所づきあいがなくて寂しい", "退職したので地域の役に立ちたい",
             "いばしょってなに", "成年後見制度とは", "福祉課のファックス番号", "社協のFAX",
             "鴻巣児童センターの電話番号", "川里で子どもが遊べる場所", "吹上の居場所"]

STYLES = ["polite", "blunt", "kana", "typo", "dialect", "long", "indirect", "foreign", "easy"]
ACTS = ["thanks", "ack", "bye", "complaint", "human", "restart", "emoji", "greeting"]
DIR_KINDS = ["jidocenter", "kodomo-shokudo", "kayoinoba", "ibasho"]
DIR_AREAS = ["konosu", "fukiage", "kawasato", "any"]
CLASSES = ["topical", "desk", "directory", "act", "out-of-scope", "fallback"]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s。、！？!?.,…・「」]+", "", s)


def label_class(e):
    if e.startswith("desk:"):
        return "desk"
    if e.startswith("directory:"):
        return "directory"
    if e.startswith("act:"):
        return "act"
    if e in ("out-of-scope", "fallback"):
        return e
    return "topical"


def load_ids():
    """Optional validation against the id lists (only if they are present)."""
    base = os.path.normpath(os.path.join(HERE, ".."))
    ent, desk = None, None
    p = os.path.join(base, "entry-ids.tsv")
    if os.path.exists(p):
        ent = {line.split("\t")[0] for line in open(p, encoding="utf-8").read().splitlines()[1:] if line.strip()}
    p = os.path.join(base, "desk-ids.tsv")
    if os.path.exists(p):
        desk = {}
        for line in open(p, encoding="utf-8").read().splitlines()[1:]:
            if line.strip():
                i, _n, f = line.split("\t")
                desk[i] = set(f.split(","))
    return ent, desk


def check():
    ent, desk = load_ids()
    seen = set()
    bad_forbidden = {norm(x) for x in FORBIDDEN}
    for q, e, also, st, lang in CASES:
        assert q.strip() and norm(q) not in seen, ("duplicate/empty", q)
        seen.add(norm(q))
        assert norm(q) not in bad_forbidden, ("forbidden whole message", q)
        assert st in STYLES, (st, q)
        assert (st == "foreign") == bool(lang), ("lang iff foreign", q)
        assert len(also) <= 2 and e not in also, q
        c = label_class(e)
        if c != "topical":
            assert not also, ("also only for entries", q)
        if c == "topical" and ent is not None:
            assert e in ent and all(a in ent for a in also), ("unknown entry id", q, e, also)
        if c == "desk":
            _, i, f = e.split(":")
            assert f in ("phone", "fax", "address", "hours")
            if desk is not None:
                assert i in desk and f in desk[i], ("desk id/field", q, e)
        if c == "directory":
            _, k, a = e.split(":")
            assert k in DIR_KINDS and a in DIR_AREAS, e
        if c == "act":
            assert e.split(":")[1] in ACTS, e


def split():
    """Stratified by label class; inside each class by exact label, dealt alternately.

    Within one exact label the cases are shuffled and then stably ordered by style, so that
    styles (e.g. foreign) also alternate between the halves. The tune/holdout turn carries over
    from one label to the next, so odd-sized groups even out.
    """
    rng = random.Random(SEED)
    halves = {"tune": [], "holdout": []}
    order = ["tune", "holdout"]
    for cls in CLASSES:
        groups = defaultdict(list)
        for c in CASES:
            if label_class(c[1]) == cls:
                groups[c[1]].append(c)
        seq = []
        for lab in sorted(groups):
            g = list(groups[lab])
            rng.shuffle(g)
            g.sort(key=lambda c: STYLES.index(c[3]))  # stable: shuffled order kept inside a style
            seq.extend(g)
        start = rng.randrange(2)
        for k, c in enumerate(seq):
            halves[order[(start + k) % 2]].append(c)
    return halves


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)  # JSON strings are valid YAML double-quoted scalars


def write_yaml(path, cases):
    out = ["cases:"]
    for q, e, also, st, lang in cases:
        out.append("- q: " + yaml_str(q))
        out.append("  expect: " + yaml_str(e))
        if also:
            out.append("  also: [" + ", ".join(yaml_str(a) for a in also) + "]")
        out.append("  style: " + st)
        if lang:
            out.append("  lang: " + lang)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def table(rows, cols, get):
    head = "| | " + " | ".join(cols) + " | total |"
    sep = "|---|" + "---|" * (len(cols) + 1)
    lines = [head, sep]
    for r in rows:
        vals = [get(r, c) for c in cols]
        lines.append("| %s | %s | %d |" % (r, " | ".join(str(v) for v in vals), sum(vals)))
    tot = [sum(get(r, c) for r in rows) for c in cols]
    lines.append("| **total** | %s | %d |" % (" | ".join(str(v) for v in tot), sum(tot)))
    return "\n".join(lines)


def readme(h):
    halves = ["tune", "holdout"]
    cnt = {k: Counter(label_class(c[1]) for c in h[k]) for k in halves}
    sty = {k: Counter(c[3] for c in h[k]) for k in halves}
    lng = {k: Counter(c[4] for c in h[k] if c[4]) for k in halves}
    n_lab = len({c[1] for c in CASES if label_class(c[1]) == "topical"})
    t1 = table(CLASSES, halves, lambda r, c: cnt[c][r])
    t2 = table(STYLES, halves, lambda r, c: sty[c][r])
    langs = sorted({c[4] for c in CASES if c[4]})
    t3 = table(langs, halves, lambda r, c: lng[c][r])
    return f"""# residents2 — blind resident question set for tsunagari

{len(CASES)} messages of the kind residents of 鴻巣市 type into LINE when asking the welfare bot for help or information.

**Never edit holdout.yaml after seeing results; tune only on tune.yaml.**

## How it was written
- Written blind: the writer read only the task brief, `/work/shared/source/welfare-plan-summary.txt`
  (第4次鴻巣市地域福祉計画 概要版) and `/work/shared/reference/konosu-facts.md`. Nothing from the bot, its faq/,
  its tests or earlier benchmark sets was opened.
- All messages were written into `draft.txt` (style + a free-text topic note per line) **before** any id list was opened.
  The draft was then thinned from 379 to 311 lines (redundant topical lines removed), still before the id lists were opened.
- Topics: money/living, rent, food, debt and consumer trouble, care for parents, dementia, disability, child-rearing,
  single parents, young carers, loneliness, 居場所, neighbours/見守り, volunteering, 民生委員, 成年後見, transport to hospital,
  disaster help for people who need it, return after prison, hikikomori/8050, health, the plan itself, the bot itself.
  Also desk-field questions, area directory questions, conversation acts, out-of-scope city services, and fallback.
  No crisis/danger messages (a separate set covers them).
- Styles: polite, blunt, kana (all hiragana), typo, dialect, long (3–6 sentences, sometimes two needs), indirect
  (describes the situation and never names the service), foreign (with `lang`), easy (やさしい日本語; Japanese, so no `lang`).

## How it was labelled
Only after the draft was finished were `entry-ids.tsv` and `desk-ids.tsv` opened. Each message got one label and no message
was added or reworded after that. No message was dropped at this step:
- `<entry id>` plus optional `also:` (up to 2 other acceptable entries) — {n_lab} distinct entry ids are used;
- `desk:<desk id>:<field>` only where the desk list has that field (福祉課 and 社協 have no `hours` field, so
  "what time does 福祉課/社協 open" is labelled `bot-renrakusaki`);
- `directory:<kind>:<area>`, `act:<act>`, `out-of-scope`, `fallback`.
Judgement calls to know about:
- The entry list has no entry for the plan itself. Questions about the plan (基本理念, 重点取組, 地域福祉とは, 地域共生社会,
  where to read it) are labelled `fukushi-jouhou` (福祉の情報を知りたい). These are the least certain labels in the set.
- 「鴻巣市の消費生活センターの連絡先」 is labelled `desk:shohisha-188:phone` (the facts file sends residents to 188 because the
  city centre's own number was not found); 「のりあいタクシーのよやく電話」 is labelled `desk:noriai-taxi:phone`.
- 地域包括支援センター questions are labelled `kaigo-hoken`.
- make.py checks that every label exists in the id lists (when they are present next to this folder), that desk fields exist,
  that there are no duplicates, and that none of the hidden set's quoted phrases appears as a whole message (after
  normalising width, whitespace and punctuation).

## Split rule
`random.Random({SEED})`, made before any tuning and deterministic. The split is stratified by label class
(topical / desk / directory / act / out-of-scope / fallback). Inside each class (for topical as required; the same is done for
the other classes) cases are grouped by exact label. Each group is shuffled, then stably ordered by style, and the groups are
dealt one after another, alternating tune/holdout. The turn carries over from one label to the next, so odd-sized groups even
out. Each half therefore gets about half of every class, of every exact label and of every style.

## Counts — class × half
{t1}

## Counts — style × half
{t2}

## Counts — language (foreign style) × half
{t3}

Foreign + easy share: {sum(1 for c in CASES if c[3] in ('foreign','easy'))}/{len(CASES)}
({100*sum(1 for c in CASES if c[3] in ('foreign','easy'))/len(CASES):.0f}%).

## Files
- `make.py` — all cases as literal data; writes the files below.
- `all.yaml` — every case; `tune.yaml` / `holdout.yaml` — the two halves.
- `draft.txt` — the blind draft (style, lang, topic note, message), kept for audit.
"""


def main():
    check()
    h = split()
    assert len(h["tune"]) + len(h["holdout"]) == len(CASES)
    write_yaml(os.path.join(HERE, "all.yaml"), CASES)
    write_yaml(os.path.join(HERE, "tune.yaml"), h["tune"])
    write_yaml(os.path.join(HERE, "holdout.yaml"), h["holdout"])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(h))
    print("all", len(CASES), "tune", len(h["tune"]), "holdout", len(h["holdout"]))


if __name__ == "__main__":
    main()
