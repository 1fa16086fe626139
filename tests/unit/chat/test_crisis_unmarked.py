"""Vietnamese and Portuguese are often typed on a phone without their marks ("toi muon chet", "nao quero viver"),
and Vietnamese chat shortens không to ko / k. The rules read such a message as the marked phrase; a short phrase
stays unread unmarked, so it cannot turn up inside words of another language. Phrasings are written for these
tests (not from any benchmark or training statement)."""

from __future__ import annotations

import pytest

from bot.chat.crisis_assess import assess


def rules(text: str) -> tuple[str, str | None]:
    """The rules' answer alone, as the bot gives it with no encoder."""
    verdict = assess(text, None)
    return verdict.level, verdict.first_line


@pytest.mark.parametrize(("text", "first"), [
    ("anh ko muon song nua, met moi qua", None),
    ("toi khong con muon song nua", None),
    ("chong em dang danh em, em so qua", "110"),
    ("em uong het ca vi thuoc ngu roi", "119"),
    ("nao quero viver mais, acabou pra mim", None),
])
def test_a_crisis_typed_without_marks_gets_the_crisis_reply(text, first):
    assert rules(text) == ("crisis", first)


@pytest.mark.parametrize("text", [
    "met muon chet sau ca dem, o dau co cho nghi ngoi?",
    "ko muon di hoc them tieng Nhat, co lop nao gan nha khong",
    "Paano ko siya matutulungan? Depressed ang kapatid ko",
])
def test_everyday_words_typed_without_marks_stay_ordinary(text):
    assert rules(text)[0] == "none"
