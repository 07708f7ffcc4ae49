"""A delegation led by an official whose title names a city written "TP." ("Đoàn công tác do Phó Chủ tịch
UBND TP. Đà Nẵng A làm trưởng đoàn"): the abbreviation's dot ends no phrase (``officials._led_by``,
``line_split_abbreviations.tsv``)."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_titled_leader_of_a_city_written_tp_dot() -> None:
    got = facts("Đoàn công tác do Phó Chủ tịch UBND TP. Cần Thơ Lâm Quốc Hưng làm trưởng đoàn đã thăm huyện.")
    assert ("Lâm Quốc Hưng", "Phó Chủ tịch", "UBND TP. Cần Thơ", "holds") in got
    assert ("Lâm Quốc Hưng", "trưởng đoàn", "Đoàn công tác", "holds") in got


def test_leader_with_apposition_naming_a_town_written_tx_dot() -> None:
    got = facts("Đoàn kiểm tra do ông Khổng Văn Thìn, Chủ tịch UBND TX. Sơn Tây làm trưởng đoàn đã làm việc với xã.")
    assert ("Khổng Văn Thìn", "trưởng đoàn", "Đoàn kiểm tra", "holds") in got


def test_delegation_named_with_a_city_written_tp_dot() -> None:
    got = facts("Sáng nay, đoàn đại biểu HĐND TP. Cần Thơ do bà Lương Thị Yến làm trưởng đoàn đã viếng nghĩa trang.")
    assert ("Lương Thị Yến", "trưởng đoàn", "đoàn đại biểu HĐND TP. Cần Thơ", "holds") in got


def test_a_full_stop_still_ends_the_phrase() -> None:
    # the dot after "TP" ends the sentence when no capitalised place follows it on the same line
    got = facts("Đoàn công tác do ông Khổng Văn Thìn dẫn về TP. sau đó ông Lâm Quốc Hưng làm trưởng đoàn.")
    assert not {f for f in got if f[1] == "trưởng đoàn" and f[0] == "Khổng Văn Thìn"}
