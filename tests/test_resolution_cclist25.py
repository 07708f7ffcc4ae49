"""A name written as a numbered item of a congress's list of the Central Committee is a member of
it, a post of the leadership tier (kg.persons._cc_list_member): under an uncommon name it meets the
"Ủy viên Trung ương Đảng" of a later report through the career step, where the colleagues of a list
of 180 names no longer say enough (tests/test_resolution_colleagues24.py). And a deputy of the assembly with no seat
beside the name is placed nowhere, so a rare name's deputy meets the one official of the name whose
posts the texts place (the rare-name step). Reports are our own sentences; the names are made up."""

from __future__ import annotations

from kg.persons import CAREER_NAME_LOG10, name_rarity
from kg.resolve import resolve
from tests.test_resolution import people, report

FAMILY = ["Lò", "Vi", "Hứa", "Đàm", "Ma", "Nông", "Triệu", "Lục", "Sầm", "Quàng"]
GIVEN = ["Khởi", "Nhuận", "Thưởng", "Diệm", "Khuê", "Loan", "Ngạn", "Quỳ", "Sướng", "Tiếp"]
MEMBER = "31. Lê Văn Thắm, Tỉnh ủy viên, Bí thư Huyện ủy Cần Giuộc, tỉnh Long An"
LATER = report("later", "Ông Lê Văn Thắm, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương, công bố "
                        "quyết định của Bộ Chính trị.", (2017, 5, 11))
PROVINCE = report("province", "Bí thư Tỉnh ủy Hà Tĩnh Trần Đình Khởi cho biết tỉnh sẽ tổ chức lễ kỷ niệm.",
                  (2006, 3, 14))


def _list(heading: str, last: str) -> str:
    """A numbered list of 30 officials and ``last``, under ``heading``."""
    items = [f"{i + 1}. {FAMILY[i % 10]} Thị {GIVEN[i // 10]}, Phó Giám đốc Sở Nội vụ tỉnh Hà Giang"
             for i in range(30)]
    return heading + " " + " ".join([*items, last])


def test_an_item_of_the_central_committee_list_is_a_member_and_joins_his_later_career():
    assert CAREER_NAME_LOG10 > name_rarity("Lê Văn Thắm") > -6.0  # uncommon, not very rare
    exs = [report("list", _list("Danh sách ủy viên Ban Chấp hành Trung ương Đảng khóa X:", MEMBER), (2006, 4, 24)),
           LATER]
    res = resolve(exs)
    nodes = people(exs, res, "Lê Văn Thắm")
    assert nodes["list"] == nodes["later"]
    assert [link.kind for link in res.person_links if "le-van-tham" in link.person] == ["career"]


def test_a_numbered_list_that_names_no_central_committee_makes_no_member():
    exs = [report("list", _list("Danh sách đại biểu Hội đồng nhân dân tỉnh Long An trúng cử:", MEMBER), (2006, 4, 24)),
           LATER]
    nodes = people(exs, resolve(exs), "Lê Văn Thắm")
    assert nodes["list"] != nodes["later"]


def test_a_common_name_of_the_list_stays_apart_from_a_later_member():
    assert name_rarity("Nguyễn Văn Hùng") > CAREER_NAME_LOG10
    exs = [report("list", _list("Danh sách ủy viên Ban Chấp hành Trung ương Đảng khóa X:",
                                "31. Nguyễn Văn Hùng, Bí thư Huyện ủy Cần Giuộc, tỉnh Long An"), (2006, 4, 24)),
           report("later", "Ông Nguyễn Văn Hùng, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, "
                           "dự lễ khai mạc.", (2017, 5, 11))]
    nodes = people(exs, resolve(exs), "Nguyễn Văn Hùng")
    assert nodes["list"] != nodes["later"]


def test_a_rare_names_deputy_with_no_seat_joins_the_one_placed_official():
    """A deputy of the assembly with no seat beside the name places him nowhere (kg.persons.
    _assembly_deputy_only): a rare name's one official in a placed body is he (the rare-name step)."""
    assert -6.0 < name_rarity("Trần Đình Khởi") < -5.5  # rare, not very rare (no career of any posts)
    exs = [report("debate", "Tại kỳ họp thứ 6 Quốc hội khóa XI, về phân bổ ngân sách, đại biểu Trần Đình Khởi đã "
                            "trình bày cái khó của địa phương.", (2004, 11, 10)), PROVINCE]
    res = resolve(exs)
    nodes = people(exs, res, "Trần Đình Khởi")
    assert nodes["debate"] == nodes["province"]
    assert [link.kind for link in res.person_links if "tran-dinh-khoi" in link.person] == ["rare-name"]


def test_a_deputy_with_a_seat_of_another_province_stays_apart():
    exs = [report("debate", "Đại biểu Quốc hội Trần Đình Khởi (Kon Tum) đã trình bày cái khó của địa phương.",
                  (2004, 11, 10)), PROVINCE]
    nodes = people(exs, resolve(exs), "Trần Đình Khởi")
    assert nodes["debate"] != nodes["province"]


def test_a_common_names_deputy_with_no_seat_stays_apart():
    exs = [report("debate", "Tại kỳ họp thứ 6 Quốc hội khóa XI, về phân bổ ngân sách, đại biểu Nguyễn Văn Hùng đã "
                            "trình bày cái khó của địa phương.", (2004, 11, 10)),
           report("province", "Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Văn Hùng cho biết tỉnh sẽ tổ chức lễ kỷ niệm.",
                  (2006, 3, 14))]
    nodes = people(exs, resolve(exs), "Nguyễn Văn Hùng")
    assert nodes["debate"] != nodes["province"]
