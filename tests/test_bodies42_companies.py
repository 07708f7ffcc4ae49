"""Bodies, forty-second round: companies written by their bare head (class 12 of the round-41 error classes on
written32/33, class R of the round-42 classes on written34/35).

- A company's bare head after a role ("nguyên Tổng Giám đốc Tổng công ty chịu ...", "Chủ tịch kiêm Giám đốc
  Công ty,", "Kế toán trưởng Tổng công ty và bà B") is the one company of that head the report names with its
  own name; the title keeps the head as written. Nothing when the report names two such companies. A
  company's executive board ("Ban Tổng Giám đốc Tổng công ty") is one of its boards, not a "Ban" named
  "Tổng Giám đốc Tổng".
- A company's acronym longer than four capitals names it after a role where the report defines it in
  brackets ("Tổng công ty Truyền tải điện Quốc gia (EVNNPT)" ... "Tổng giám đốc EVNNPT").

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials, orgs_of


def named(text: str) -> set[tuple[str, str, str | None, str | None, str]]:
    """(person, role, body as written, body's full name, status) of every post read from ``text``."""
    return {(p.person.name, p.role, p.org.written if p.org else None, p.org.name if p.org else None, p.status)
            for p in officials(text).posts}


def test_a_former_title_in_the_bare_corporation_before_a_verb_is_the_named_corporation_s():
    got = named("Đoàn kiểm tra làm việc với Tổng công ty Cà phê Tây Nguyên. Ông Hồ Văn Tâm, nguyên Tổng Giám đốc "
                "Tổng công ty chịu trách nhiệm liên đới.")
    assert got == {("Hồ Văn Tâm", "Tổng Giám đốc", "Tổng công ty", "Tổng công ty Cà phê Tây Nguyên", "former")}
    # a report naming two companies of that head: which one is not known
    assert facts("Công ty TNHH Cấp nước Hòa Bình và Công ty CP Điện Hòa Bình ký kết hợp tác. Ông Hồ Văn Tâm, Giám "
                 "đốc Công ty phát biểu.") == set()


def test_titles_sharing_the_bare_company_before_a_comma_or_and():
    got = named("Đối với Đảng uỷ Công ty TNHH Cấp nước Hòa Bình, kết luận có vi phạm. Ông Hồ Văn Tâm, Chủ tịch kiêm "
                "Giám đốc Công ty, bị khiển trách; ông Lý Văn Hải, Phó Giám đốc, nguyên Kế toán trưởng Công ty, bị "
                "cảnh cáo.")
    company = "Công ty TNHH Cấp nước Hòa Bình"
    assert {("Hồ Văn Tâm", "Chủ tịch", "Công ty", company, "holds"),
            ("Hồ Văn Tâm", "Giám đốc", "Công ty", company, "holds"),
            ("Lý Văn Hải", "Phó Giám đốc", "Công ty", company, "holds"),
            ("Lý Văn Hải", "Kế toán trưởng", "Công ty", company, "former")} <= got
    got = named("Ông Hồ Văn Tâm, nguyên Tổng Giám đốc Tổng công ty Cà phê Tây Nguyên và bà Lê Thị Mai, nguyên Kế "
                "toán trưởng Tổng công ty bị cảnh cáo.")
    assert ("Lê Thị Mai", "Kế toán trưởng", "Tổng công ty", "Tổng công ty Cà phê Tây Nguyên", "former") in got



def test_the_executive_board_of_a_bare_corporation_is_that_corporation_s_board():
    got = orgs_of("Ban Thường vụ Đảng uỷ Tổng công ty Cà phê Tây Nguyên đã buông lỏng lãnh đạo để Hội đồng thành "
                  "viên, Ban Tổng Giám đốc Tổng công ty vi phạm quy định.")
    assert ("Ban Tổng Giám đốc Tổng công ty", "Ban Tổng Giám đốc Tổng công ty Cà phê Tây Nguyên") in got
    assert not any(written.endswith("Tổng") for written, _ in got)  # not cut inside "Tổng công ty"



def test_a_long_acronym_the_report_defines_in_brackets_names_the_company_after_its_role():
    assert named("Ông Lê Văn An làm việc tại Tổng công ty Truyền tải điện Quốc gia (EVNNPT). Ông Lê Văn Bình, Tổng "
                 "giám đốc EVNNPT, phát biểu.") == {
        ("Lê Văn Bình", "Tổng giám đốc", "EVNNPT", "Tổng công ty Truyền tải điện Quốc gia", "holds")}
