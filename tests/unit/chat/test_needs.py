"""Messages too vague for a confident answer, and entries that are for a vague need themselves."""

from __future__ import annotations

from bot.chat import needs


def test_generic_words_alone_are_not_answered_outright():
    specific = ("介護サービスを使いたい", "要介護認定ってどうやって受けるの")
    assert needs.too_vague("申請したいです", specific)
    assert needs.too_vague("助けて", specific)
    assert not needs.too_vague("介護保険の申請をしたい", specific)


def test_a_vague_message_may_be_answered_by_an_entry_for_a_vague_need():
    # 「困りごとを相談したい」 is written for residents who cannot yet say what is wrong
    general = ("困りごとを相談したい", "相談したい", "どこに相談すればいい")
    assert needs.vague("相談したいんですけどどこに行けば")
    assert not needs.too_vague("相談したいんですけどどこに行けば", general)
    assert needs.too_vague("相談したいんですけど", ())  # no entry: still too vague


def test_a_phrasing_the_tokenizer_cannot_read_does_not_make_an_entry_for_a_vague_need():
    # an entry's Korean or Nepali phrasing has no Japanese content word, which is not the same as generic words:
    # 「教えて」 alone must still be asked back, not answered with that entry
    specific = ("出所後の生活の相談", "출소했는데 살 곳도 일자리도 없어요. 어디서 도움 받을 수 있어요?",
                "जेलबाट छुटेपछि बस्ने ठाउँ र काम छैन, कहाँ सहयोग माग्ने?")
    assert needs.too_vague("教えて", specific)
