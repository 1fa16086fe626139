"""Crisis words get hotlines before anything else; ordinary questions never do."""

from __future__ import annotations

import pytest

from bot.chat.crisis import detect

CRISIS = {
    "死にたい": "suicide", "しにたい": "suicide", "ｼﾆﾀｲ": "suicide", "もう消えたい": "suicide",
    "きえたい": "suicide", "生きているのがつらい…いなくなりたい": "suicide", "リスカしてしまった": "suicide",
    "自殺を考えています": "suicide", "首をつろうと思う": "suicide", "夫に殴られる": "dv",
    "旦那からの暴力がひどい": "dv", "DVを受けています": "dv", "DV": "dv", "火事です": "overdose_injury",
    "おとうさんにけられて からだじゅう いたい": "child_abuse", "彼氏から殺すぞって言われた": "dv",
    "もういきていたくない": "suicide", "きえてしまいたい": "suicide",
    "生きてる意味ないからもう終わりにする": "suicide", "隣の家から子どもの悲鳴と叩く音がずっとしてる": "child_abuse",
    "息子が暴れて刃物をふりまわしてる": "violence", "父親から性的なことをされてる": "sexual_abuse", "子どもを叩いてしまう": "child_abuse",
    "となりの子が虐待されているかも": "child_abuse", "ぎゃくたい": "child_abuse", "ストーカーにつきまとわれている": "violence",
    "殺される": "violence", "血が止まらない": "overdose_injury",
}
ORDINARY = [
    "ボランティアを始めたい", "成年後見制度とは", "自殺予防の講座はありますか", "虐待防止の取り組みを知りたい",
    "生きる支援施策とは", "DVDを借りたい", "火災保険の相談", "お金に困っている", "助けてほしい",
    "死亡届の出し方", "暴力団排除の取組", "子ども食堂に行きたい", "DVの相談窓口を教えて",
    "火事のときの避難場所", "受けられる支援を知りたい", "けがをした時の相談", "友だちに助けられた",
]


@pytest.mark.parametrize("text, category", CRISIS.items())
def test_crisis_phrasings_are_detected(text, category):
    found = detect(text)
    assert found is not None and category in found.categories


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_questions_are_not_crises(text):
    assert detect(text) is None


# Round 4: figures of speech, reports that someone did NOT say it, and children's fighting games are not crises …
FIGURATIVE = [
    "隣の犬、雷のたびに殺されるような悲鳴をあげるんです",
    "娘はまだ死にたいなんて言ってないけど、元気がなくて心配です",
    "孫がヒーローごっこで「ころしてやる」って叫んでて困ってます",
]
# … while harm framed as play, or a person found lying still, still is.
STILL_CRISES = {
    "ごっこ遊びだと言われて、いとこに毎日殴られる": "violence",
    "祖父が死んだような顔で倒れていて、呼んでも返事がない": "overdose_injury",
}


@pytest.mark.parametrize("text", FIGURATIVE)
def test_figures_of_speech_and_denials_are_not_crises(text):
    assert detect(text) is None


@pytest.mark.parametrize("text, category", STILL_CRISES.items())
def test_harm_framed_as_play_or_a_person_lying_still_is_still_a_crisis(text, category):
    found = detect(text)
    assert found is not None and category in found.categories


# Round 6: a count of suicides in the news and a threat said laughing are not crises; a wish said laughing is …
NOT_CRISES = [
    "今朝のニュースで、県内の自殺者数が去年より少なくなったと言っていた",
    "宿題やってないのバレたら先生に殺される（笑）",
    "明日の朝練、早すぎて死ぬｗ",
    "「死ね」が口癖の上司だけど、根はいい人なんです",  # round 7: a catchphrase, quoted
]
# … and a CHILD telling of a parent's violence, in any language, is child abuse (189 first), not DV.
CHILD_TELLS_OF_A_PARENT = [
    "妈妈一生气就打我，我不敢回家",
    "엄마가 화나면 저를 때려요",
    "Minha mãe me bate todo dia",
]


@pytest.mark.parametrize("text", NOT_CRISES)
def test_counts_and_laughing_hyperbole_are_not_crises(text):
    assert detect(text) is None


def test_a_catchphrase_does_not_hide_what_is_done():
    found = detect("「殺すぞ」が口癖の夫に、毎日殴られています")
    assert found is not None and "dv" in found.categories


def test_a_wish_to_die_said_laughing_is_still_a_crisis():
    found = detect("もう死にたい（笑）")
    assert found is not None and "suicide" in found.categories


@pytest.mark.parametrize("text", CHILD_TELLS_OF_A_PARENT)
def test_a_child_telling_of_a_parents_violence_is_child_abuse(text):
    found = detect(text)
    assert found is not None and "child_abuse" in found.categories and "dv" not in found.categories


def test_a_partners_violence_stays_dv():
    found = detect("老公一喝酒就打我")
    assert found is not None and "dv" in found.categories


# Round 7 (lead): words inside everyday words. 預けられる holds けられ (kicked), and a parent who can no longer cook is
# a care question, not a child left hungry; a parent who will not feed the child still is one.
EVERYDAY_WORDS_INSIDE = [
    "孫を預けられる保育園を探しています",
    "父がご飯を作れなくなったので、配食サービスを使いたい",
    "母がご飯の支度をするのがつらそうです。ヘルパーさんは頼めますか",
]


@pytest.mark.parametrize("text", EVERYDAY_WORDS_INSIDE)
def test_everyday_words_that_contain_alarming_ones_are_not_crises(text):
    assert detect(text) is None


@pytest.mark.parametrize("text", ["お母さんがごはんをくれない。おなかがすいた", "息子が父親にけられて泣いている"])
def test_a_child_not_fed_or_kicked_is_still_child_abuse(text):
    found = detect(text)
    assert found is not None and "child_abuse" in found.categories
