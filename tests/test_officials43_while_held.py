"""A title told as held at the time of a fault or an act, after the sentence's subject: "ông A bị kỷ
luật vì trong thời kỳ làm giám đốc Sở B ...", "bà C bị kỷ luật vì khi làm phó giám đốc Sở D ...",
"vì các vi phạm khi giữ chức Giám đốc Sở E" (while_held_cues.tsv: "khi làm", "khi giữ chức",
"trong thời gian làm", "trong thời kỳ làm" ...). The subject held it then: former, in lower case
as in capitals (officials43)."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_lower_case_title_in_a_past_period_after_the_subject() -> None:
    assert facts("Ông Hoàng Minh Sơn bị kỷ luật khiển trách vì trong thời kỳ làm giám đốc Sở Xây dựng "
                 "tỉnh Thái Bình đã cấp phép sai cho nhiều dự án.") == {
        ("Hoàng Minh Sơn", "giám đốc", "Sở Xây dựng tỉnh Thái Bình", "former"),
    }


def test_a_title_held_when_the_fault_was_made() -> None:
    assert facts("Bà Đỗ Thị Lan bị kỷ luật cảnh cáo vì khi làm phó chủ tịch UBND huyện Kiến Xương "
                 "đã ký duyệt sai hồ sơ đất đai.") == {
        ("Đỗ Thị Lan", "phó chủ tịch", "UBND huyện Kiến Xương", "former"),
    }


def test_a_capitalised_title_after_khi_giu_chuc() -> None:
    assert facts("Ông Hoàng Minh Sơn bị kỷ luật vì các vi phạm khi giữ chức Giám đốc Sở Xây dựng "
                 "tỉnh Thái Bình.") == {
        ("Hoàng Minh Sơn", "Giám đốc", "Sở Xây dựng tỉnh Thái Bình", "former"),
    }


def test_a_fronted_period_is_read_by_its_own_rule_not_this_one() -> None:
    """The cue opening the sentence has no subject before it: the name after it is read as before."""
    got = facts("Trong thời gian làm Giám đốc Sở Xây dựng tỉnh Thái Bình, ông Hoàng Minh Sơn đã ký nhiều "
                "quyết định sai.")
    assert {(p, r, o) for p, r, o, _ in got} == {("Hoàng Minh Sơn", "Giám đốc", "Sở Xây dựng tỉnh Thái Bình")}
