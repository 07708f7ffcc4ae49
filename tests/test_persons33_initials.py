"""A photographer's initials with the last letter written apart, and staff initials written with dots
(round 33). Sentences written for these tests, in the shape of photo credits: "Ảnh: B.C. X.", "Ảnh: C.T. V"
before the next sentence, "Ảnh: C.T.V" (cộng tác viên, the paper's contributor, no one's name)."""

from __future__ import annotations

from tests.fixtures_officials import officials, persons_of


def test_a_last_initial_written_apart_belongs_to_the_credit():
    assert persons_of(officials("Ông Lê Văn Tám thăm công trình. Ảnh chụp sáng 3-4 - Ảnh: Đ.H. K.")) == [
        "Lê Văn Tám", "Đ.H. K."]
    assert persons_of(officials("Ông Lê Văn Tám thăm công trình. Ảnh: T.M. Q Ông Tám cho biết sẽ kiểm tra.")) == [
        "Lê Văn Tám", "T.M. Q"]


def test_a_one_letter_word_of_the_next_sentence_is_no_initial():
    # "Ở" opens the next sentence: a lower-case word follows it
    assert persons_of(officials("Đoạn kênh bị lấn chiếm - Ảnh: H.T.N. Ở các đoạn khác, ông Lê Văn Tám nói.")) == [
        "H.T.N.", "Lê Văn Tám"]


def test_staff_initials_written_with_dots_name_no_one():
    assert persons_of(officials("Ông Lê Văn Tám chủ trì kỳ họp. Ảnh: C.T.V Tại kỳ họp, ông Tám kết luận.")) == [
        "Lê Văn Tám"]
    assert persons_of(officials("Ông Lê Văn Tám chủ trì kỳ họp. Ảnh: C.T. V Theo thông báo, ông Tám kết luận.")) == [
        "Lê Văn Tám"]
    assert persons_of(officials("Ông Lê Văn Tám chủ trì kỳ họp. Ảnh: P. V")) == ["Lê Văn Tám"]
