"""Officials, thirty-ninth round: a role whose body is written as its bare head right before the
officer's own name ("Chủ nhiệm Ủy ban Lê Văn A"), the body named earlier in the report, is the post
of that body; where the report names none or two such bodies, nothing is read.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials


def test_a_bare_committee_before_the_name_is_the_committee_the_report_named_before():
    ex = officials("Ủy ban người Việt Nam ở nước ngoài tỉnh Phú Yên đã kiến nghị Chính phủ ban hành chính sách "
                   "mới. Chủ nhiệm Ủy ban Lê Văn Bảo đã trao đổi với báo chí về kiến nghị này.")
    got = {(p.person.name, p.role, p.org.name, p.org.written, p.status) for p in ex.posts}
    assert got == {("Lê Văn Bảo", "Chủ nhiệm", "Ủy ban về người Việt Nam ở nước ngoài tỉnh Phú Yên", "Ủy ban",
                    "holds")}


def test_the_titles_before_a_bare_centre_before_the_name_stay_with_the_same_person():
    got = facts("Trung tâm Lưu trữ quốc gia III vừa tổ chức hội nghị tổng kết. Bí thư Đảng uỷ, Giám đốc Trung tâm "
                "Trần Thị Hạnh cho biết kết quả năm qua.")
    assert got == {("Trần Thị Hạnh", "Bí thư", "Đảng uỷ", "holds"),
                   ("Trần Thị Hạnh", "Giám đốc", "Trung tâm", "holds")}


def test_a_bare_committee_before_the_name_with_no_committee_named_before_is_not_read():
    assert facts("Chủ nhiệm Ủy ban Lê Văn Bảo đã trao đổi với báo chí.") == set()


def test_a_bare_committee_before_the_name_with_two_committees_named_before_is_not_read():
    got = facts("Ủy ban Kinh tế và Ủy ban Pháp luật của Quốc hội họp phiên chung. Chủ nhiệm Ủy ban Lê Văn Bảo "
                "phát biểu khai mạc.")
    assert not any(t[0] == "Lê Văn Bảo" for t in got)


def test_a_deputy_written_with_the_bodys_noun_shared_is_the_full_deputy_title_of_the_same_body():
    got = facts("Bộ Chính trị quyết định điều động ông Trần Văn Hải giữ chức Phó Trưởng Ban Dân vận Trung ương. "
                "Bộ trưởng Lê Minh Khoa tặng hoa chúc mừng tân Phó Ban Dân vận Trung ương Trần Văn Hải.")
    assert {t for t in got if t[0] == "Trần Văn Hải"} == {
        ("Trần Văn Hải", "Phó Trưởng", "Ban Dân vận Trung ương", "appointed")}


def test_a_deputy_written_with_the_bodys_noun_shared_alone_keeps_its_own_label():
    assert facts("Ông Trần Văn Hải, Phó ban Dân vận Trung ương, phát biểu.") == {
        ("Trần Văn Hải", "Phó", "ban Dân vận Trung ương", "holds")}
