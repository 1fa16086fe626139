"""Round 16: a message typed all in kana, as phones leave it, is read once more with its words in kanji; a question
typed in kana about where to report is no crisis. Phrasings are written for these tests (not from any benchmark,
probe or training statement)."""

from __future__ import annotations

import pytest

from bot.replies.render import render
from bot.text.japanese import kanji_spelling
from tests.unit.chat.crisis_cards import first_number, reply_as_written


@pytest.mark.parametrize(("kana", "spelled"), [
    ("なぐられた", "殴られた"),
    ("たおれていた", "倒れていた"),
    ("しらないおとこ", "しらない男"),
    ("わたしにはむり", "わたしには無理"),  # the しに of わたしには is no 死に
])
def test_kanji_spelling_writes_kana_words_as_the_dictionary_does(kana, spelled):
    assert kanji_spelling(kana) == spelled


def test_kanji_spelling_leaves_kanji_latin_and_punctuation_as_typed():
    assert kanji_spelling("福祉課にTELしたい！") == "福祉課にTELしたい!"  # (NFKC, as every reader here)


@pytest.mark.parametrize(("text", "first"), [
    ("みせのまえにしらないおとこがいてほうちょうをもっている", "110"),
    ("てくびをきったらちがとまらなくなった", "119"),
    ("うらのいえからあかちゃんのひめいがずっときこえる", "189"),
])
def test_a_crisis_typed_in_kana_gets_its_first_line(knowledge, text, first):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == first


def test_a_wish_to_end_ones_life_the_meaning_alone_finds_in_kana_gets_the_listening_line_on_top(knowledge):
    # read in kanji only the head finds it: not sure enough for the crisis reply, never nothing
    reply = reply_as_written(knowledge, "こんやでじんせいをおわりにします")
    assert reply.kind != "crisis"
    assert "0120-279-338" in render(reply.messages[:1])  # よりそいホットライン


@pytest.mark.parametrize("text", [
    "ぎゃくたいをみかけたらどこにつうほうすればいいですか",
    "ゴキブリをころすくすりはどこでかえますか",
    "きのうのドラマでひとがころされてこわかった",
    "ふるいくすりのすてかたをおしえてください",
    "ほうちょうのとぎかたをおしえて",
])
def test_everyday_kana_messages_get_no_crisis(knowledge, text):
    assert reply_as_written(knowledge, text).kind != "crisis"


@pytest.mark.parametrize("text", [
    "お っ と が ほ う ち ょ う を む け て く る",  # letters written apart, all in kana
    "shiranai hito ni oikakerarete iru, tasukete",  # romaji: read as kana, then in kanji
    "知らない男が毎日ついてくる",
    "男朋友正在打我",
])
def test_danger_now_puts_110_first(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "110"


@pytest.mark.parametrize("text", [
    "My girlfriend slaps my son when he cries",
    "My husband beats our son when he drinks",
    "泣き止まない娘をつい強く揺さぶってしまった",
])
def test_a_child_hurt_by_a_parent_or_a_parents_partner_gets_189_first(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "189"


@pytest.mark.parametrize("text", [
    "em buon qua, khong muon song nua",  # Vietnamese typed without its marks
    "Xin lỗi, tiếng Nhật kém. watashi mou shinitai",  # a clause of romaji inside Vietnamese
])
def test_a_wish_to_die_in_unmarked_vietnamese_or_romaji_inside_it_gets_the_crisis_reply_in_vietnamese(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis"
    assert "Cảm ơn bạn đã kể cho chúng tôi" in render(reply.messages[:1])


@pytest.mark.parametrize("text", ["揺さぶられっ子症候群について知りたい", "犬がずっとついてくる、かわいい",
                                  "I see you later, thank you"])
def test_look_alikes_of_these_get_no_crisis(knowledge, text):
    assert reply_as_written(knowledge, text).kind != "crisis"


@pytest.mark.parametrize("text", [
    "隣の家の子が、家に帰ると親に殴られるって泣いてた",  # a child hit by a parent, told by a neighbour
    "友だちの弟が、家に帰ると殴られるから帰りたくないって言ってる",  # hit at home, by whoever is there
])
def test_a_child_hit_at_home_told_by_someone_else_gets_189_first(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "189"


@pytest.mark.parametrize("text", [
    "danna ga ima naifu wo motte abarete iru, heya ni nigeta",
    "sumimasen, senpai ga ore wo nagutte, ima mo soto ni iru. takot ako",  # a Tagalog word after the romaji
])
def test_danger_typed_in_romaji_gets_110_first_in_easy_japanese(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "110"
    assert "(でんわ)" in render(reply.messages[:1])


def test_a_sisters_husband_who_beats_her_in_chinese_gets_the_dv_lines(knowledge):
    reply = reply_as_written(knowledge, "我姐姐的老公把她打得住院了")
    assert reply.kind == "crisis" and "0120-279-889" in render(reply.messages)  # DV相談＋


def test_a_topic_word_whose_question_is_in_the_next_sentence_is_no_crisis(knowledge):
    text = "自治会の会合で虐待のことが話題になりました。一般的な通報先を知っておきたいです"
    assert reply_as_written(knowledge, text).kind != "crisis"


def test_abuse_told_as_suffered_keeps_a_hotline_on_top_though_a_question_follows(knowledge):
    reply = reply_as_written(knowledge, "虐待を受けています。相談窓口を教えてください")
    assert "0120-279-338" in render(reply.messages[:1])  # よりそいホットライン, first


@pytest.mark.parametrize("text", [
    "むかしのリスカのあとがきになります。いまはもうしていません。ちりょうできるびょういんは",  # old scars, in kana
    "せんたくきがうごかなくなって、しんだみたい。だしかたをおしえて",  # a machine "died", in kana
])
def test_old_scars_and_a_dead_machine_typed_in_kana_get_no_crisis_reply(knowledge, text):
    assert reply_as_written(knowledge, text).kind != "crisis"
