"""Organization names at full length, round 30 (orgs40). Sentences written for these tests, in the
shape of the reports' sentences."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


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
