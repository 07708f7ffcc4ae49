"""Bodies, forty-second round, second wave: the field "Thủy lợi" (irrigation) of domains.tsv, so a province's
irrigation department is read like any other department ("nguyên Giám đốc Sở Thủy lợi"; kinds3435 class G).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_an_irrigation_department_in_either_tone_style():
    assert facts("Ông Trần Văn Kiên, nguyên Giám đốc Sở Thủy lợi tỉnh Hà Bắc, dự lễ.") == {
        ("Trần Văn Kiên", "Giám đốc", "Sở Thủy lợi tỉnh Hà Bắc", "former")}
    assert facts("Ông Trần Văn Kiên, nguyên Giám đốc Sở Thuỷ lợi, nay đã nghỉ hưu.") == {
        ("Trần Văn Kiên", "Giám đốc", "Sở Thuỷ lợi", "former")}
    assert facts("Bà Lê Thị Hoa, Chi cục trưởng Chi cục Thủy lợi tỉnh Nam Định, phát biểu.") == {
        ("Lê Thị Hoa", "Chi cục trưởng", "Chi cục Thủy lợi tỉnh Nam Định", "holds")}


def test_the_old_ministry_and_service_keep_their_names():
    assert facts("Ông Trần Văn Kiên, nguyên Bộ trưởng Bộ Thủy lợi, phát biểu.") == {
        ("Trần Văn Kiên", "Bộ trưởng", "Bộ Thủy lợi", "former")}
    assert facts("Ông Trần Văn Kiên, nguyên Trưởng Ty Thủy lợi Hà Tuyên, phát biểu.") == {
        ("Trần Văn Kiên", "Trưởng", "Ty Thủy lợi Hà Tuyên", "former")}
