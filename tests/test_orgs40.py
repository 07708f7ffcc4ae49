"""Organization names at full length, round 30 (orgs40). Sentences written for these tests, in the
shape of the reports' sentences."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_an_exam_board_keeps_the_exam_it_marks_or_watches():
    # "Ban chấm thi", "Ban coi thi" + the exam's name ("THPT"): the board of that exam
    assert orgs_of("Ông Trần Văn Bảy, Trưởng ban chấm thi THPT, chịu trách nhiệm về sai phạm.") == {
        ("ban chấm thi THPT", "Ban chấm thi THPT")}
    assert orgs_of("Bà Lê Thị Hoa là Thư ký Ban coi thi THPT của trường.") == {
        ("Ban coi thi THPT", "Ban coi thi THPT")}


def test_an_exam_board_without_its_exam_is_the_bare_board():
    assert orgs_of("Ông Bảy là Thư ký Hội đồng thi, Ban chấm thi; ông không làm biên bản.") == {
        ("Hội đồng thi", "Hội đồng thi"), ("Ban chấm thi", "Ban chấm thi")}


def test_quốc_gia_after_a_capitalised_quốc_ends_the_word_not_the_name():
    # "Quốc" + "gia" is one word of the name, as "Trung" + "ương" is; the year after it is not the name's
    assert orgs_of("Ông Bảy, thành viên Ban Chỉ đạo thi THPT Quốc gia năm 2018, bị kỷ luật.") == {
        ("Ban Chỉ đạo thi THPT Quốc gia", "Ban Chỉ đạo thi THPT Quốc gia")}


def test_a_board_named_in_lower_case_after_a_title_held_in_it():
    # "Ban" + a name in lower case, right after the title's last word ("trưởng", "Phó", "viên", "ký")
    assert orgs_of("Ông Lê Văn Tám, phó trưởng Ban đổi mới doanh nghiệp, cho biết tiến độ còn chậm.") == {
        ("Ban đổi mới doanh nghiệp", "Ban đổi mới doanh nghiệp")}
    assert facts("Ông Lê Văn Tám, phó trưởng Ban đổi mới doanh nghiệp, cho biết tiến độ còn chậm.") == {
        ("Lê Văn Tám", "phó trưởng", "Ban đổi mới doanh nghiệp", "holds")}


def test_ban_and_a_lower_case_word_elsewhere_is_no_board():
    assert orgs_of("Ban đầu, ông Lê Văn Tám không đồng ý với phương án này.") == set()
    # a head in lower case after a title's word makes one word with the next ("ban hành", "ban ngành")
    assert orgs_of("Các thành viên ban hành quy chế làm việc; trưởng phó ban ngành cùng dự họp.") == set()
