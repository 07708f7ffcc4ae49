"""Person splits of round 21: the same post in a body the texts place nowhere but name as one body.

Reports are our own sentences, run through the real extraction pipeline; the names are made up.
"""

from __future__ import annotations

from kg.persons import named_body
from kg.resolve import resolve
from kg.textkey import key as text_key
from tests.test_resolution import people, report


def test_the_chairman_of_one_named_company_in_two_reports_is_one_person():
    exs = [report("a", "Về phía doanh nghiệp có ông Lưu Đình Khoát, Chủ tịch HĐQT Tập đoàn Hoàng Sa; bà Đỗ Thị "
                       "Mận, Phó Tổng giám đốc.", (2018, 3, 1)),
           report("b", "Dự buổi làm việc có ông Phan Văn Gụ - Bí thư Tỉnh ủy Nghệ An và ông Lưu Đình Khoát - Chủ "
                       "tịch HĐQT Tập đoàn Hoàng Sa.", (2019, 4, 1))]
    res = resolve(exs)
    assert len(set(people(exs, res, "Lưu Đình Khoát").values())) == 1
    assert [link.reason for link in res.person_links] == [
        "same post Chủ tịch Hội đồng quản trị Tập đoàn Hoàng Sa (a body placed nowhere, named alike) in a and b"]


def test_the_same_post_in_a_body_the_text_does_not_place_keeps_namesakes_apart():
    # "UBND tỉnh" with no province in either report: two provinces' chairmen may share a name
    exs = [report("a", "Về phía địa phương có ông Lưu Đình Khoát, Chủ tịch UBND tỉnh; bà Đỗ Thị Mận, Phó Chủ "
                       "tịch.", (2018, 3, 1)),
           report("b", "Dự buổi làm việc có ông Phan Văn Gụ - Bí thư Đảng ủy và ông Lưu Đình Khoát - Chủ tịch "
                       "UBND tỉnh.", (2019, 4, 1))]
    res = resolve(exs)
    assert not any("named alike" in link.reason for link in res.person_links)


def test_a_body_is_named_when_its_name_says_more_than_its_kind_and_no_place_level():
    assert named_body("Ủy ban Dân tộc") == named_body("UỶ BAN DÂN TỘC") == text_key("ủy ban dân tộc")
    assert named_body("Hội Luật gia Việt Nam") == "hội luật gia việt nam"
    assert named_body("Đảng ủy") is None
    assert named_body("Ủy ban nhân dân huyện") is None
    assert named_body("Đảng ủy xã Quế Long") is None  # commune names repeat across provinces
    assert named_body("Ban Chỉ đạo") is None
