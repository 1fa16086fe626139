from bot.store.privacy import mask, pseudonym


def test_mask_hides_phone_numbers_emails_ids_and_digit_runs():
    text = "090-1234-5678 か ０４８（５４１）１３２１、taro@example.jp、U0123456789abcdef0123456789abcdef、番号123456789012"
    masked = mask(text)
    for secret in ("1234", "5678", "541", "taro", "example", "0123456789abcdef", "123456789012"):
        assert secret not in masked, masked
    assert "[電話]" in masked and "[メール]" in masked


def test_pseudonym_is_stable_per_key_and_hides_the_id():
    uid = "U0123456789abcdef0123456789abcdef"
    assert pseudonym(uid, b"k1") == pseudonym(uid, b"k1")
    assert pseudonym(uid, b"k1") != pseudonym(uid, b"k2")
    assert uid not in pseudonym(uid, b"k1")
