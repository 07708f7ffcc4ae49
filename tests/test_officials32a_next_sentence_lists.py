"""A plural title that ends its sentence, its holders listed by the next one: "Kỳ họp bầu bổ sung
hai phó chủ tịch UBND tỉnh. Đó là ông A - ... và ông B - ..." (``list_next_openers.tsv``)."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_elected_pair_named_in_the_next_sentence() -> None:
    text = ("Kỳ họp thứ ba HĐND tỉnh Yên Bái đã bầu bổ sung hai phó chủ tịch UBND tỉnh. Đó là ông Đào Minh "
            "Tuệ - nguyên Giám đốc Sở Công Thương và ông Lò Văn Khiêm - Chủ tịch UBND huyện Văn Chấn.")
    got = facts(text)
    assert ("Đào Minh Tuệ", "phó chủ tịch", "UBND tỉnh", "appointed") in got
    assert ("Lò Văn Khiêm", "phó chủ tịch", "UBND tỉnh", "appointed") in got
    assert ("Đào Minh Tuệ", "Giám đốc", "Sở Công Thương", "former") in got
    assert ("Lò Văn Khiêm", "Chủ tịch", "UBND huyện Văn Chấn", "holds") in got


def test_members_disciplined_listed_on_the_next_line() -> None:
    text = ("Hội nghị đã biểu quyết thi hành kỷ luật 3 ủy viên Ban Thường vụ Tỉnh ủy.\n"
            "Họ là các ông Vi Đức Hậu, Mã Thanh Sơn và bà Hầu Thị Lan.")
    got = facts(text)
    for name in ("Vi Đức Hậu", "Mã Thanh Sơn", "Hầu Thị Lan"):
        assert (name, "ủy viên", "Ban Thường vụ Tỉnh ủy", "holds") in got


def test_title_not_ending_its_sentence_lists_nobody_after_it() -> None:
    # the plural title is followed by words of its own: the next sentence's names are not its holders
    text = ("Tỉnh có hai phó chủ tịch UBND tỉnh đã nghỉ hưu trong năm. Đó là ông Đào Minh Tuệ và ông Lò "
            "Văn Khiêm.")
    assert not {f for f in facts(text) if f[1] == "phó chủ tịch"}
