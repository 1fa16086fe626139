"""Round 14: harm told beside an everyday question is still a crisis — an elder's or a disabled person's account
emptied by someone else, children left alone at home for days with no food (in Portuguese, Spanish, English).
Asking how to withdraw money or how long a child may stay home alone is not. Phrasings are written for these
tests (not from any benchmark, probe or training statement)."""

from __future__ import annotations

import pytest

from tests.unit.chat.crisis_cards import first_number, reply_as_written


@pytest.mark.parametrize("text", [
    "障害者手帳の更新はどこでしますか。あと、グループホームにいる弟の口座から、職員に毎月お金を引き出されているみたいです",
    "デイサービスの利用料について教えてください。別件ですが、一人暮らしの母の口座から知らない人に何度もお金を下ろされていました",
])
def test_an_account_emptied_by_someone_else_is_elder_or_disability_abuse(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "%237171"  # tel:#7171


@pytest.mark.parametrize("text", [
    "Os filhos da minha cunhada ficam sozinhos em casa por dias inteiros sem comida, o que eu faço?",
    "Mis sobrinos pequeños se quedan solos en casa por días sin comida. ¿A quién aviso?",
    "My neighbour's toddler is left home alone for days with no food, who do I tell?",
])
def test_children_left_alone_for_days_without_food_is_child_abuse_with_189_first(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "189"


@pytest.mark.parametrize("text", [
    "口座からお金を引き出す方法を教えて",
    "Can I leave my kids home alone for a few hours? What age is okay?",
    "Meus filhos ficam sozinhos em casa depois da escola, tem algum lugar para eles?",
])
def test_everyday_questions_about_money_or_children_at_home_are_not_crises(knowledge, text):
    assert reply_as_written(knowledge, text).kind != "crisis"
