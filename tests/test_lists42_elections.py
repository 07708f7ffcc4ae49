"""Candidates and elected members, forty-second round.

- A list of candidates after "người được giới thiệu ứng cử SEAT ... có / là": each listed person is nominated to
  the seat of the election the report names, and keeps the titles written after the name as held. A list under
  another seat than the report's election gets nothing from this rule (the seat would be the wrong one).
- A seat by election: "ông A, TITLE, đã được bầu bổ sung vào Ban Chấp hành, Ban Thường vụ và giữ chức ..." (the
  subject's titles before the verb, and the second body of the object), "bầu bổ sung ông A, TITLE, vào Ban Thường
  vụ Tỉnh ủy" (a comma before "vào"), "ông A tái đắc cử Ban Chấp hành Đảng bộ tỉnh" (``election_direct_cues.tsv``).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

_QH = ("đại biểu", "Quốc hội khóa XVI", "nominated")


def _of(got: set[tuple[str, str, str | None, str]], person: str) -> set[tuple[str, str | None, str]]:
    return {(role, org, status) for name, role, org, status in got if name == person}


def test_each_person_listed_among_those_put_forward_for_the_election_is_nominated_to_its_seat():
    got = facts("Ủy ban MTTQ Việt Nam tỉnh Hà Nam lập danh sách người ứng cử đại biểu Quốc hội khóa XVI. Trong số "
                "những người được giới thiệu ứng cử đại biểu Quốc hội ở địa phương có ông Lò Văn Kiên, Bí thư Tỉnh ủy "
                "Hà Nam; bà Quàng Thị Mai, Phó Chủ tịch UBND tỉnh Hà Nam và Thượng tá Cầm Văn Hặc, Phó Chỉ huy "
                "trưởng Bộ Chỉ huy Quân sự tỉnh Hà Nam.")
    assert _of(got, "Lò Văn Kiên") == {("Bí thư", "Tỉnh ủy Hà Nam", "holds"), _QH}
    assert _of(got, "Quàng Thị Mai") == {("Phó Chủ tịch", "UBND tỉnh Hà Nam", "holds"), _QH}
    assert _QH in _of(got, "Cầm Văn Hặc")


def test_a_counted_list_of_those_put_forward_after_la_is_nominated_each_one_for_another_seat_not():
    got = facts("Hai người được giới thiệu ứng cử đại biểu Quốc hội khóa XVI là, ông Lò Văn Kiên, Bí thư Tỉnh ủy "
                "Hà Nam, và bà Quàng Thị Mai, Phó Chủ tịch UBND tỉnh Hà Nam. Những người được giới thiệu ứng cử đại "
                "biểu HĐND phường Lê Lợi có ông Cầm Văn Hặc, giáo viên Trường THCS Lê Lợi và bà Lò Thị Hoa, Bí thư "
                "Chi bộ khu phố 2.")
    # the HĐND list's seat is not the report's election seat: the rule gives that list nothing
    assert {name for name, _role, _org, status in got if status == "nominated"} == {"Lò Văn Kiên", "Quàng Thị Mai"}
    assert ("Phó Chủ tịch", "UBND tỉnh Hà Nam", "holds") in _of(got, "Quàng Thị Mai")


def test_the_subject_with_its_titles_is_elected_into_each_body_of_the_object():
    got = facts("Đồng chí Lò Văn Kiên, Phó Giám đốc Sở Y tế tỉnh Hà Nam, đã được bầu bổ sung vào Ban Chấp hành, "
                "Ban Thường vụ và giữ chức Bí thư Huyện ủy Kim Bảng.")
    assert ("Ủy viên", "Ban Thường vụ", "appointed") in _of(got, "Lò Văn Kiên")
    got = facts("Đồng chí Quàng Thị Mai, Tỉnh ủy viên, Phó Giám đốc Sở Y tế tỉnh Hà Nam đã được bầu bổ sung vào Ban "
                "Thường vụ Huyện ủy Kim Bảng.")  # two titles, no comma before the verb
    assert ("Ủy viên", "Ban Thường vụ Huyện ủy Kim Bảng", "appointed") in _of(got, "Quàng Thị Mai")


def test_a_person_named_with_a_title_and_a_comma_before_vao_is_elected_into_the_body():
    got = facts("Hội nghị bầu bổ sung đồng chí Lò Văn Kiên, Giám đốc Sở Nội vụ tỉnh Hà Nam, vào Ban Thường vụ Tỉnh ủy.")
    assert _of(got, "Lò Văn Kiên") == {("Giám đốc", "Sở Nội vụ tỉnh Hà Nam", "holds"),
                                      ("Ủy viên", "Ban Thường vụ Tỉnh ủy", "appointed")}


def test_tai_dac_cu_takes_the_body_with_no_vao():
    got = facts("Tại Đại hội Đảng bộ tỉnh Hà Nam, ông Lò Văn Kiên tái đắc cử Ban Chấp hành Đảng bộ tỉnh Hà Nam.")
    assert _of(got, "Lò Văn Kiên") == {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hà Nam", "appointed")}
