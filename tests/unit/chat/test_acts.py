"""What a resident notices before any search runs: acts, desk fields, other city services, vague words."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chat.knowledge import Knowledge
from bot.chat.routing import respond_text
from bot.content import load_content
from bot.replies.render import render

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    # Words only: every route tested here runs before the search, so the sentence encoder is not needed.
    return Knowledge.build(load_content(ROOT))


def shown(reply) -> str:
    return render(reply.messages)


def has_way_on(reply) -> bool:
    """The last message carries buttons (LINE shows quick replies of the last message only) or desk cards."""
    last = reply.messages[-1]
    return bool(last.get("quickReply", {}).get("items")) or last.get("type") == "flex"


@pytest.mark.parametrize(("text", "act"), [
    ("ありがとうございました！助かりました", "thanks"),
    ("どうもありがとう", "thanks"),
    ("了解です", "ack"),
    ("OK", "ack"),
    ("わかりました", "ack"),
    ("それじゃ、またね", "bye"),
    ("役に立たないな", "complaint"),
    ("違う", "complaint"),
    ("？", "complaint"),
    ("人と話したい", "human"),
    ("電話したい", "human"),
    ("もういい", "restart"),
    ("最初からやり直し", "restart"),
    ("😢", "emoji"),
    ("👍👍", "emoji"),
    ("thank you so much", "thanks"),
    ("谢谢", "thanks"),
])
def test_acts_get_a_fitting_reply_with_a_way_on(knowledge, text, act):
    reply = respond_text(knowledge, text)
    assert reply.act == act
    assert reply.entry_id is None  # never an FAQ answer
    assert "ぴったりの情報が見つかりませんでした" not in shown(reply)
    assert has_way_on(reply)


@pytest.mark.parametrize(("text", "act"), [
    ("いやいや、ぜんぜんちがうんですけど", "complaint"),
    ("まったく役に立たないじゃん", "complaint"),
    ("ちょっと違うかな", "complaint"),
    ("わかりましたっす", "ack"),
])
def test_acts_said_with_a_spoken_ending_are_still_acts(knowledge, text, act):
    reply = respond_text(knowledge, text)
    assert reply.act == act
    assert reply.entry_id is None and has_way_on(reply)


@pytest.mark.parametrize("text", ["足が悪くて車が使えないんだけど", "違う町の病院に通ってるんですけど"])
def test_a_need_with_a_spoken_ending_is_not_taken_for_an_act(knowledge, text):
    assert respond_text(knowledge, text).act is None


@pytest.mark.parametrize("text", ["質問したことと違う内容ばっかり出てくるんですけど", "返ってきた返事がぜんぜんおかしいよ",
                                  "ちゃんと読んでますか", "さっき聞いたのと違う答えが来ました。もう一度ちゃんと読んでください"])
def test_a_complaint_about_the_reply_said_in_a_sentence_is_a_complaint(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.act == "complaint" and reply.kind != "answer"


@pytest.mark.parametrize("text", ["ケアマネさんに聞いた話と違うんですけど、介護保険の申請はどこですか",
                                  "書類をちゃんと読んでから申し込みたい", "市の説明と違うことを窓口で言われた"])
def test_someone_elses_answer_or_reading_carefully_is_not_a_complaint(knowledge, text):
    assert respond_text(knowledge, text).act != "complaint"


def test_asking_for_a_person_shows_the_desks_to_call(knowledge):
    reply = respond_text(knowledge, "人間の職員さんと話したいです")
    text = shown(reply)
    assert "048-541-1321" in text and "048-597-2100" in text


@pytest.mark.parametrize("text", [
    "Could I speak with a person, please?", "Tôi muốn nói chuyện với nhân viên", "Eu quero falar com uma pessoa",
])
def test_asking_for_a_person_in_a_whole_sentence_of_another_language_shows_the_desks(knowledge, text):
    # the request's framing ("could I", "tôi muốn", "eu quero") is no question of its own
    reply = respond_text(knowledge, text)
    assert reply.act == "human"
    assert "048-541-1321" in shown(reply)


def test_a_wish_to_volunteer_is_a_question_not_an_act(knowledge):
    assert respond_text(knowledge, "I would like to volunteer on weekends").act is None


def test_a_question_after_thanks_is_still_answered(knowledge):
    reply = respond_text(knowledge, "ありがとう。ところで介護保険の申請はどこでできますか")
    assert reply.act is None
    assert reply.kind in ("answer", "clarify")


def test_a_single_character_asks_for_more_not_an_answer(knowledge):
    reply = respond_text(knowledge, "あ")
    assert reply.kind == "fallback" and reply.entry_id is None
    assert has_way_on(reply)


@pytest.mark.parametrize("text", ["申請", "助けて", "手続きしたい", "教えて"])
def test_a_generic_word_alone_is_never_a_confident_answer(knowledge, text):
    assert respond_text(knowledge, text).kind != "answer"


@pytest.mark.parametrize("text", ["パスポートの申請はどこでできますか", "粗大ごみの出し方", "住民税の払い方",
                                  "選挙の投票所はどこ", "When is the garbage day?"])
def test_other_city_services_are_told_so_with_the_city_line(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "out-of-scope"
    assert reply.entry_id is None
    assert "福祉のご相談ではない" in shown(reply)
    assert "048-541-1321" in shown(reply)


@pytest.mark.parametrize("text", ["税金を滞納していて生活が苦しい", "Is there a taxi for old people?"])
def test_a_struggle_that_names_a_city_service_is_still_a_welfare_question(knowledge, text):
    assert respond_text(knowledge, text).kind != "out-of-scope"


@pytest.mark.parametrize(("text", "desk", "field"), [
    ("福祉課のファックス番号", "fukushika", "fax"),
    ("社協のFAX", "shakyo", "fax"),
    ("しゃきょうの じゅうしょ", "shakyo", "address"),
    ("鴻巣児童センターの電話番号", "jidocenter-konosu", "phone"),
    ("川里児童センターは何時まで開いてる？", "jidocenter-kawasato", "hours"),
    # a place name the tokenizer misreads (田間宮 as たざまぐう), typed as the やさしい日本語 ruby reads it
    ("たまみやじどうセンターの でんわ", "jidocenter-tamamiya", "phone"),
    # the organisation, then the section inside it: the section is asked about
    ("市役所の福祉課は何時まで", "fukushika", "hours"),
    ("鴻巣市社会福祉協議会 自立相談支援センターの電話", "jiritsu-center", "phone"),
    # の between a centre's place and its kind, in dialect
    ("あたごの児童センターって土曜もやっとる？", "jidocenter-atago", "hours"),
    # the field asked on its own in the last clause, far from the desk's name
    ("社会福祉協議会に申込書を出しに行きたいのですが、住所はどこですか", "shakyo", "address"),
    ("自立相談支援センターに話を聞いてもらいたいと思ってて、電話番号は？", "jiritsu-center", "phone"),
])
def test_desk_fields_answer_with_the_value_in_desks_yaml(knowledge, text, desk, field):
    reply = respond_text(knowledge, text)
    assert reply.kind == "desk" and reply.act == f"{desk}:{field}"
    d = knowledge.content.desks[desk]
    value = {"fax": d.fax, "address": d.address, "hours": d.hours,
             "phone": d.phones[0].number if d.phones else None}[field]
    first = reply.messages[0]["text"]
    assert (value in first) if value else ("載っていません" in first)


@pytest.mark.parametrize(("text", "desk", "field", "lang", "says"), [
    ("Could you give me the fax number of the Welfare Division?", "fukushika", "fax", "en", "fax number"),
    ("Shakyo address please", "shakyo", "address", "en", "address"),
    ("When does the Kawasato kids center close? Is it closed on Mondays?", "jidocenter-kawasato", "hours", "en",
     "opening hours"),
    ("社协的传真号码是多少？", "shakyo", "fax", "zh-Hans", "传真号码"),
    ("Phòng phúc lợi ở đâu vậy?", "fukushika", "address", "vi", "địa chỉ"),
    ("Qual o telefone do Centro Infantil de Joko?", "jidocenter-jokou", "phone", "pt-BR", "telefone"),
    ("복지과 주소가 어디예요?", "fukushika", "address", "ko", "주소"),
])
def test_a_desks_field_asked_in_another_language_is_answered_with_it_in_that_language(
        knowledge, text, desk, field, lang, says):
    from bot.chat.language import reply_language

    reply = respond_text(knowledge, text, lang=reply_language(None, None, text))
    assert reply.kind == "desk" and reply.act == f"{desk}:{field}" and reply.lang == lang
    d = knowledge.content.desks[desk]
    value = {"fax": d.fax, "address": d.address, "hours": d.hours, "phone": d.phones[0].number}[field]
    first = reply.messages[0]["text"]
    assert value in first and says in first.lower()
    assert d.translations[lang].name in first  # the desk as the resident's language names it


@pytest.mark.parametrize("text", ["Can you tell me about the shakyo?",
                                  "I don't know where to turn. Can the welfare division help me?",
                                  "有人自称社协的人给我打电话，要我的银行卡号码，是真的吗？",
                                  "Onde fica a polícia mais perto para pedir conselho?"])
def test_a_foreign_message_naming_a_desk_without_asking_its_field_is_not_a_field_reply(knowledge, text):
    from bot.chat.language import reply_language

    assert respond_text(knowledge, text, lang=reply_language(None, None, text)).kind != "desk"


@pytest.mark.parametrize(("text", "lang", "says"), [
    ("Where do I put out the trash on Mondays?", "en", "not seem to be a welfare question"),
    ("Onde posso tirar o passaporte?", "pt-BR", "não é uma pergunta sobre bem-estar"),
    ("护照在哪里办？", "zh-Hans", "不是福利方面的咨询"),
    ("Khi nào thì vứt rác?", "vi", "không phải là câu hỏi về phúc lợi"),
    ("여권은 어디서 만들어요?", "ko", "복지에 관한 상담이 아닌"),
])
def test_other_city_services_in_another_language_are_told_so_in_it(knowledge, text, lang, says):
    from bot.chat.language import reply_language

    reply = respond_text(knowledge, text, lang=reply_language(None, None, text))
    assert reply.kind == "out-of-scope" and reply.lang == lang
    assert says in shown(reply) and "048-541-1321" in shown(reply)


@pytest.mark.parametrize("text", ["Não consigo pagar o imposto, estou sem dinheiro e com dificuldade",
                                  "Tôi không có tiền trả thuế, cuộc sống rất khó khăn",
                                  "中学生です。毎日祖母の世話をしていて宿題をする時間がありません"])
def test_a_struggle_beside_a_city_service_or_homework_is_a_welfare_question(knowledge, text):
    from bot.chat.language import reply_language

    reply = respond_text(knowledge, text, lang=reply_language(None, None, text))
    assert reply.kind not in ("out-of-scope",) and reply.act != "off-topic"


@pytest.mark.parametrize("text", ["鴻巣の児童センターは何館あるの", "福祉課から電話がきたんだけど、何時まで？",
                                  "社協で聞いたら、ボランティアの時間は人それぞれだって"])
def test_a_story_or_the_citys_centres_is_not_one_desks_field(knowledge, text):
    assert respond_text(knowledge, text).kind != "desk"


def test_a_field_the_sources_do_not_give_is_never_guessed(knowledge):
    reply = respond_text(knowledge, "福祉課の受付時間は？")
    assert knowledge.content.desks["fukushika"].hours is None
    assert "載っていません" in reply.messages[0]["text"]
    assert "048-541-1321" in reply.messages[0]["text"]


@pytest.mark.parametrize(("text", "kind", "area"), [
    ("吹上の居場所を教えて", None, "吹上"),
    ("川里で子どもが遊べる場所", "児童センター", "川里"),
    ("広田のあたりのサロン", "サロン", "川里"),
])
def test_area_and_kind_go_to_the_directory(knowledge, text, kind, area):
    from bot.search import places

    reply = respond_text(knowledge, text)
    assert reply.kind == "directory"
    wanted = places.parse(text)
    assert isinstance(wanted, places.Query) and area in wanted.areas
    assert kind is None or kind in wanted.kinds


def test_fallback_is_warm_and_names_the_desks(knowledge):
    reply = respond_text(knowledge, "ぴょんぴょこもりもり")
    assert reply.kind == "fallback"
    text = shown(reply)
    assert "断らない相談" in text
    assert "ぴったりの情報が見つかりませんでした" not in text
    assert reply.messages[-1]["quickReply"]["items"]  # LINE shows only the last message's buttons


@pytest.mark.parametrize("text", ["今日の天気は？", "野球の試合の結果"])
def test_everyday_topics_no_entry_answers_get_the_warm_fallback(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "fallback" and reply.entry_id is None
    assert "断らない相談" in shown(reply)


@pytest.fixture(scope="module")
def meaning() -> Knowledge:
    """The bot's own snapshot, with the sentence encoder: acts and other services are also read by meaning."""
    from bot.chat.knowledge import load_knowledge
    from bot.settings import Settings

    loaded = load_knowledge(Settings(content_dir=ROOT))
    assert loaded.intents is not None and loaded.intents.wait() is not None
    return loaded


# Phrasings that no word list holds and no exemplar repeats: recognised by their meaning.
@pytest.mark.parametrize(("text", "act"), [
    ("なるほど理解できました", "ack"),
    ("全く参考にならない", "complaint"),
    ("さっきから同じ返事ばっかりでいやになる", "complaint"),  # the bot repeating itself
])
def test_acts_the_word_lists_lack_are_recognised_by_meaning(meaning, text, act):
    reply = respond_text(meaning, text)
    assert reply.act == act and reply.entry_id is None
    assert has_way_on(reply)


@pytest.mark.parametrize("text", ["市営プールの料金", "保険証の住所変更"])
def test_other_city_services_the_word_lists_lack_are_told_so(meaning, text):
    reply = respond_text(meaning, text)
    assert reply.kind == "out-of-scope" and reply.entry_id is None
    assert "048-541-1321" in shown(reply)


@pytest.mark.parametrize(("text", "entry"), [
    ("もう限界です。介護に疲れました", "kaigo-tsukare"),
    ("寂しくて誰かと話したい", "hanashiaite"),
])
def test_a_need_that_sounds_like_an_act_is_still_answered(meaning, text, entry):
    reply = respond_text(meaning, text)
    assert reply.act is None and reply.kind == "answer" and reply.entry_id == entry


def test_a_run_of_one_character_asks_for_more(knowledge):
    reply = respond_text(knowledge, "ああああああ")
    assert reply.act == "short" and reply.entry_id is None


def test_a_cold_start_does_not_wait_for_the_exemplar_bank_and_a_warm_one_has_it_at_once(tmp_path):
    import numpy as np

    from bot.chat import intents
    from bot.search.encoders import HashingEncoder
    from bot.store.vector_cache import CachedEncoder

    faq = np.zeros((1, HashingEncoder().dim), dtype=np.float32)
    cold = CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite", persist_queries=True)
    first = intents.Bank(cold, faq)
    assert first.wait(60) is not None  # built in the background, then kept in the cache
    warm = intents.Bank(CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite", persist_queries=True), faq)
    assert warm.vectors is not None  # read from the cache before the constructor returns
