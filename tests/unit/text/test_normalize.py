"""Text folding a resident never sees but always benefits from: disguised letters read as written."""


def test_letters_written_apart_are_joined_and_a_wider_gap_stays_a_word_break():
    from bot.text.normalize import collapse_spaced

    assert collapse_spaced("お そ わ れ た  た す け て") == "おそわれた たすけて"
    assert collapse_spaced("k i l l  m e") == "kill me"
    assert collapse_spaced("死 に た い") == "死にたい"
    assert collapse_spaced("I am so sad") == "I am so sad"  # words, not letters
