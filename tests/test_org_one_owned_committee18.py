"""A Party committee written bare ("Bí thư Đảng ủy", "Ban Thường vụ Đảng ủy") is the one Party
committee the report names with the body or the place it is of ("Đảng ủy Công an tỉnh X"), also
where the report writes that body short once ("Đảng ủy Công an tỉnh"); with two such committees
named, or none, it stays bare. Sentences written for these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import officials, org_names, posts_of

_REPORT = ("Ủy ban Kiểm tra Trung ương kết luận Ban Thường vụ Đảng ủy Công an tỉnh Long An đã vi phạm "
           "nguyên tắc tập trung dân chủ. Đại tá Lê Văn Mạnh, Bí thư Đảng ủy, Giám đốc Công an tỉnh chịu "
           "trách nhiệm chính về khuyết điểm của Ban Thường vụ Đảng ủy Công an tỉnh. Đại tá Trần Thị Thu, "
           "Phó Bí thư Đảng ủy và các đồng chí Ủy viên Ban Thường vụ Đảng ủy cùng chịu trách nhiệm.")


def test_a_bare_committee_is_the_one_committee_the_report_names_with_its_owner():
    names = org_names(_REPORT)
    assert "Đảng ủy Công an tỉnh Long An" in names
    assert "Ban Thường vụ Đảng ủy Công an tỉnh Long An" in names
    assert not names & {"Đảng ủy", "Ban Thường vụ Đảng ủy"}


def test_the_bare_committee_of_a_title_is_that_committee():
    posts = posts_of(officials(_REPORT))
    assert ("Trần Thị Thu", "Phó Bí thư", "Đảng ủy") in posts
    bodies = {o.name for o in officials(_REPORT).organizations if o.written == "Đảng ủy"}
    assert bodies == {"Đảng ủy Công an tỉnh Long An"}


def test_two_owned_committees_named_leave_a_bare_one_to_neither():
    text = ("Ban Thường vụ Đảng ủy Tập đoàn Than Đông Bắc và Đảng ủy Công an tỉnh Long An đã bị kỷ luật. "
            "Ông Lê Văn Mạnh, Phó Bí thư Đảng ủy, cùng chịu trách nhiệm.")
    assert "Đảng ủy" in org_names(text)


def test_a_committee_after_các_is_no_one_committee():
    text = ("Đảng ủy Công an tỉnh Long An đã kiểm điểm. "
            "Tỉnh yêu cầu các Đảng ủy rà soát lại công tác cán bộ.")
    assert "Đảng ủy Công an tỉnh Long An" in org_names(text)
    assert not any(o.name == "Đảng ủy Công an tỉnh Long An" and o.written == "Đảng ủy"
                   for o in officials(text).organizations)
