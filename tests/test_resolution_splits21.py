"""Person splits of round 21: the same post in a body the texts place nowhere but name as one body.

Reports are our own sentences, run through the real extraction pipeline; the names are made up.
"""

from __future__ import annotations

from kg.persons import named_body, tone_placed
from kg.resolution_eval import split_nodes
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


def test_a_name_with_the_tone_of_a_closed_syllable_on_the_wrong_vowel_meets_the_person_it_names():
    # "Tỏan" is "Toản" mistyped: a closed "oan" syllable has one spelling, tone on the "a"
    exs = [report("a", "Ông Lý Văn Toản, Giám đốc Sở Y tế tỉnh Yên Bái, cho biết tỉnh đã đủ thuốc."),
           report("b", "Ông Lý Văn Tỏan, Giám đốc Sở Y tế tỉnh Yên Bái, kiểm tra bệnh viện.")]
    res = resolve(exs)
    assert len(set(people(exs, res, "Lý Văn Toản").values()) | set(people(exs, res, "Lý Văn Tỏan").values())) == 1
    # the label is the spelling most mentions write, ties to the alphabetically first
    assert res.label(res.of(exs[0].persons[0])) == "Lý Văn Toản"


def test_the_two_tone_styles_of_an_open_syllable_stay_one_name_and_other_names_stay_apart():
    assert tone_placed("lý thị hòa") == "lý thị hòa"  # open: kg.textkey's business (it writes "hoà")
    assert tone_placed("lý văn tỏan") == tone_placed("lý văn toản") == "lý văn toản"
    assert tone_placed("lý văn toán") != tone_placed("lý văn toản")


def test_each_node_beside_its_name_s_main_node_is_classed_by_why_it_stayed_apart():
    exs = [report("e", "Ông Lê Hữu Phước, Chủ tịch UBND tỉnh Cà Mau, cho biết."),
           report("e2", "Ông Lê Hữu Phước, Chủ tịch UBND tỉnh Cà Mau, kiểm tra đê."),
           report("f", "Ông Lê Hữu Phước, Giám đốc Sở Y tế tỉnh Lào Cai, cho biết."),
           report("g", "Cử tri Lê Hữu Phước phản ánh việc cấp sổ đỏ chậm.")]
    res = resolve(exs)
    nodes = split_nodes(exs, res)
    assert sorted((n.kind, n.reports) for n in nodes) == [("private", ("g",)), ("province", ("f",))]
    assert {n.main for n in nodes} == {str(res.of(exs[0].persons[0]))}
