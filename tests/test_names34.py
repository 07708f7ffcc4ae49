"""Persons, twenty-seventh round: a leader's other names ("Hồ Chủ tịch", a revolutionary nickname
after a word of birth order, "ông Năm Công") are names of the person the report names, never persons
of their own; things named after a person ("Trung tâm thể thao X", "thuộc dòng họ X", "tượng đài
Chủ tịch X") name nobody; a foreign name keeps its middle initial ("thẩm phán Jack B. Weinstein").
Every sentence is written for these tests; the names are made up, the leaders' epithets are those of
loaders/data/person_epithets.tsv."""

from __future__ import annotations

import pytest

from kg.loaders.extract.names import named_thing_at
from kg.loaders.extract.pipeline import extract
from kg.loaders.extract.tokens import Tokens
from kg.loaders.sentences import split_paragraphs, split_sentences
from kg.model import PartialDate, Report
from kg.resolve import resolve
from kg.textkey import key
from tests.fixtures_officials import officials, persons_of

# --- a revolutionary nickname: a word of birth order and the given name ---------------------------

def test_a_nickname_is_a_short_reference_to_the_person_of_its_given_name():
    ex = officials("Ông Lạc Hiếu Bi, Bí thư Huyện ủy, đã ký. Sau đó ông Sáu Bi bán căn nhà cho người quen. "
                   "Dư luận hỏi vì sao ông Sáu Bi làm vậy.")
    assert persons_of(ex) == ["Lạc Hiếu Bi"]
    assert len(ex.persons[0].spans) == 3


def test_a_nickname_written_before_the_full_name_is_the_same_person():
    ex = officials("Ông Đinh Văn Niệm trở thành thư ký của anh Năm Khôi, tức cựu Chủ tịch nước Lạc Chí Khôi. "
                   "Sau giải phóng, ông Năm Khôi ra Hà Nội.")
    assert persons_of(ex) == ["Đinh Văn Niệm", "Lạc Chí Khôi"]


@pytest.mark.parametrize("text", [
    "Ông Hai Luyện, một đảng viên lão thành ở xã, cho biết đất đã bị bán.",  # nobody of that given name
    "Ông Lạc Văn Bình cho biết ông Hai Luyện đã bán đất.",  # another given name
])
def test_a_nickname_of_nobody_the_report_names_stays_the_name_it_writes(text):
    assert "Hai Luyện" in persons_of(officials(text))


# --- epithets of one person -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Câu đầu tiên ông viết: “Hồ Chủ tịch kính yêu của chúng ta không còn nữa.”",
    "Thành phố kỷ niệm 50 năm thực hiện Di chúc của Hồ Chủ tịch.",
])
def test_hồ_chủ_tịch_names_the_man(text):
    assert persons_of(officials(text)) == ["Hồ Chủ tịch"]


@pytest.mark.parametrize("text", [
    "Xứng đáng với thành phố mang tên Hồ Chủ tịch kính yêu.",
    "Đoàn viếng Lăng Hồ Chủ tịch.",  # a capital before it: a longer name
])
def test_no_epithet_where_it_names_a_thing(text):
    assert "Hồ Chủ tịch" not in persons_of(officials(text))


def _report(rid: str, text: str):
    r = Report(id=rid, text=text, source_file=f"{rid}.txt", published=PartialDate(2019, 9, 2))
    r.paragraphs = split_paragraphs(text)
    r.sentences = split_sentences(text, r.paragraphs)
    return extract(r)


def _labels(exs) -> set[str]:
    res = resolve(exs)
    return {res.label(res.of(p)) for ex in exs for p in ex.persons}


def test_two_epithets_of_one_person_without_the_full_name_are_one_person_under_the_first_written():
    exs = [_report("a", "Viết điếu văn truy điệu Hồ Chủ tịch\nBốn ngày sau khi Bác Hồ từ trần, ông Lạc Văn "
                        "Ngạc được giao viết điếu văn.")]
    res = resolve(exs)
    ho = {res.of(p) for p in exs[0].persons if p.name in ("Hồ Chủ tịch", "Bác Hồ")}
    assert len(ho) == 1
    assert res.label(next(iter(ho))) == "Hồ Chủ tịch"


def test_an_epithet_beside_the_full_name_is_labelled_by_the_full_name():
    exs = [_report("a", "Năm 1959, Chủ tịch Hồ Chí Minh về thăm tỉnh. Ngày nay nhân dân vẫn kể Hồ Chủ tịch "
                        "đã dặn dò những gì.")]
    assert _labels(exs) == {"Hồ Chí Minh"}


# --- things named after a person ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thành phố dự kiến xây mới Trung tâm thể thao Lạc Đình Phùng thành tổ hợp hiện đại.",
    "Ông sinh trong một gia đình trí thức nghèo thuộc dòng họ Lạc Văn Trãi, tại làng Phù Khê.",
    "Hai lô đất trước cửa Trường Cấp 3 Lạc Quang Đông đã được san lấp.",
    "Các đại biểu đã dâng hương tại tượng đài Chủ tịch Hồ Chí Minh.",
    "Đoàn thăm Khu di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch.",
    "Tổng Bí thư dự lễ khánh thành nhà tưởng niệm Chủ tịch Hồ Chí Minh.",
])
def test_a_thing_named_after_a_person_names_nobody(text):
    assert persons_of(officials(text)) == []


def test_the_man_is_still_named_beside_a_monument_of_him():
    assert persons_of(officials("Đoàn dâng hương tại tượng đài Chủ tịch Hồ Chí Minh. Chủ tịch Hồ Chí Minh "
                                "đã về thăm tỉnh năm 1959.")) == ["Hồ Chí Minh"]


# --- a foreign name's middle initial --------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Quan tòa thụ lý vụ án là thẩm phán Jack B. Weinstein. Các nạn nhân được ủng hộ.", "Jack B. Weinstein"),
    ("Bộ trưởng Lạc Văn Lắm và Ngoại trưởng William P. Rogers (Mỹ) ký hiệp định.", "William P. Rogers"),
])
def test_a_foreign_name_keeps_its_middle_initial(text, name):
    assert name in persons_of(officials(text))


def test_a_vietnamese_name_ends_at_a_letter_and_a_full_stop():
    assert persons_of(officials("Đơn tố cáo gửi ông Lạc Văn A. Ông Lạc Văn Bình cho biết đã nhận.")) \
        == ["Lạc Văn A", "Lạc Văn Bình"]


def test_a_name_after_a_memorial_s_title_is_flagged_for_the_title_rule():
    text = "Đoàn dâng hương tại Khu lưu niệm Tổng Bí thư Lạc Văn Cừ. Tổng Bí thư Lạc Văn Cừ sinh năm 1912."
    toks = Tokens.of(text, key(text))
    starts = [i for i, t in enumerate(toks.t) if t == "Lạc"]
    assert [named_thing_at(toks, i) for i in starts] == [True, False]


def test_a_long_body_s_name_between_a_title_and_a_foreign_name_counts_as_one_word():
    text = ("Dự hội nghị có Tổng thư ký Hội đồng Liên minh nghị viện Hiệp hội các quốc gia Đông Nam Á (AIPA) "
            "Isra Sunthornvut và lãnh đạo các bộ ngành.")
    assert persons_of(officials(text)) == ["Isra Sunthornvut"]


_HCM_CAMPAIGN = "Đảng bộ đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."


@pytest.mark.parametrize("after", [
    " Nhiều nơi còn lúng túng trong làm theo tấm gương của Bác.",
    " Cán bộ thực hiện lời dạy của Bác, phụng công thủ pháp.",
])
def test_bác_alone_tells_of_the_man_the_campaign_is_named_after(after):
    assert persons_of(officials(_HCM_CAMPAIGN + after)) == ["Hồ Chí Minh"]


@pytest.mark.parametrize("after", [
    " Ông Lạc Văn Cường, Bác sĩ y khoa, phát biểu.",  # a doctor
    " Thành phố mang tên Bác đổi mới.",  # a city named after him
    " Bác Tám kể lại chuyện cũ.",  # another "Bác X", at a sentence's start
])
def test_no_bác_alone(after):
    assert "Hồ Chí Minh" not in persons_of(officials(_HCM_CAMPAIGN + after))


def test_a_nickname_without_an_honorific_is_no_name():
    assert persons_of(officials("Thành phố phát động Năm Công nghệ số với nhiều hoạt động.")) == []
