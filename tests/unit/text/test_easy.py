"""やさしい日本語 readings: hiragana after hard kanji words, once per text; easy words and kana stay as written."""

from __future__ import annotations

from bot.text.easy import hard, with_readings


def test_hard_kanji_get_a_hiragana_reading_once_and_okurigana_stay_outside():
    shown = with_readings("福祉課に相談してください。相談は無料です。支え合いの地域です。")
    assert shown.startswith("福祉(ふくし)")
    assert "相談(そうだん)して" in shown and shown.count("(そうだん)") == 1
    assert "支(ささ)え合(あ)い" in shown and "地域(ちいき)" in shown


def test_first_grade_and_second_grade_kanji_are_left_alone():
    assert not hard("電話") and not hard("市") and hard("福祉")
    assert with_readings("市に電話します。") == "市に電話します。"
