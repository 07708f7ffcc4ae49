"""A deputy speaking in an HĐND's session (or the Quốc hội's) takes the session's body, as the convention
has it (tests/gold/README.md: "A deputy in a session takes the session's body"), also when his other
title is in an assembly of another place: the chairman of a district's HĐND speaking in the city's
HĐND is a deputy of the city's. Only a title in the assembly in session itself (written in full or
in short) leaves the deputy word as it was read (officials43)."""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_district_chairman_speaking_in_the_city_council_is_its_deputy() -> None:
    assert facts("Sáng nay, kỳ họp thứ 4 HĐND thành phố Hà Nội thảo luận về nghị quyết. Đại biểu Lê Văn Hòa, "
                 "Chủ tịch HĐND huyện Đông Anh, cho rằng cần sửa đổi.") == {
        ("Lê Văn Hòa", "Chủ tịch", "HĐND huyện Đông Anh", "holds"),
        ("Lê Văn Hòa", "Đại biểu", "HĐND thành phố Hà Nội", "holds"),
    }


def test_a_provincial_council_chairman_speaking_in_the_assembly_is_its_deputy() -> None:
    assert facts("Tại kỳ họp thứ 5 Quốc hội khóa XIV, đại biểu Lê Văn Hòa, Chủ tịch HĐND tỉnh Nam Định, "
                 "cho rằng cần sửa đổi luật.") == {
        ("Lê Văn Hòa", "Chủ tịch", "HĐND tỉnh Nam Định", "holds"),
        ("Lê Văn Hòa", "Đại biểu", "Quốc hội khóa XIV", "holds"),
    }


def test_a_title_in_the_assembly_in_session_keeps_the_deputy_word_as_read() -> None:
    got = facts("Sáng nay, kỳ họp thứ 4 HĐND thành phố Hà Nội thảo luận về nghị quyết. Đại biểu Lê Văn Hòa, "
                "Phó Chủ tịch HĐND thành phố, cho rằng cần sửa đổi.")
    assert ("Lê Văn Hòa", "Phó Chủ tịch", "HĐND thành phố", "holds") in got
    assert ("Lê Văn Hòa", "Đại biểu", "HĐND thành phố Hà Nội", "holds") not in got
