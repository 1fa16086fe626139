"""Two readings of who says and who does (lead, eleventh session). A warning someone else gave, quoted (the doctor's
「このままだと死にますよ」), is no wish to die; a child hit at home by a parent's new partner gets the child line 189
first, as a child hit by a parent does, not the police line for a stranger's violence. Phrasings are written for
these tests (not from any benchmark or training statement)."""

from __future__ import annotations

import pytest

from bot.chat.crisis_assess import assess


def rules(text: str) -> tuple[str, str | None]:
    """The rules' answer alone, as the bot gives it with no encoder."""
    verdict = assess(text, None)
    return verdict.level, verdict.first_line


@pytest.mark.parametrize("text", [
    "お医者さんに「お酒をやめないと死にますよ」と注意されちゃった。断酒の会ってある？",
    "整体の先生に「その姿勢だと死ぬよ」って脅された笑",
])
def test_a_warning_someone_gave_quoted_is_no_crisis(text):
    assert rules(text)[0] == "none"


def test_a_wish_to_die_beside_a_quoted_warning_is_still_a_crisis():
    assert rules("「このままだと死にますよ」と言われたけど、もう死にたいです")[0] == "crisis"


@pytest.mark.parametrize("text", [
    "ママの あたらしい パパが よっぱらうと ぼくを けってくる。きょうも けられた",
    "My stepdad hits me when he is drunk and my mom does nothing",
])
def test_a_child_hit_by_a_parents_partner_gets_189_first(text):
    assert rules(text) == ("crisis", "189")


def test_a_new_parent_told_happily_is_no_crisis():
    assert rules("新しいお父さんと公園でキャッチボールして、いっぱい投げてもらった")[0] == "none"
