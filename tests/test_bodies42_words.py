"""Titles and places, forty-second round: words the read sets write that kg lacked (round 41's leftovers on
written33): "Chánh xứ" (a parish priest), "tiểu khu N" (a numbered subzone), "Chỉ huy phó" (a deputy commander).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_parish_priest_a_numbered_subzone_and_a_deputy_commander():
    assert facts("Linh mục Trần Văn Minh, Chánh xứ giáo xứ Kẻ Sặt, dự lễ.") == {
        ("Trần Văn Minh", "Chánh xứ", "giáo xứ Kẻ Sặt", "holds")}
    assert facts("Bà Lò Thị Mai, Chi hội trưởng Chi hội Nông dân tiểu khu 12, phát biểu.") == {
        ("Lò Thị Mai", "Chi hội trưởng", "Chi hội Nông dân tiểu khu 12", "holds")}
    assert facts("Ông Lê Văn Thiều, Chỉ huy phó Ban Chỉ huy quân sự huyện Yên Sơn, phát biểu.") == {
        ("Lê Văn Thiều", "Chỉ huy phó", "Ban Chỉ huy quân sự huyện Yên Sơn", "holds")}
