"""Persons on unseen reports (issue 15, thirteenth round): the forms papers sign a report with
(initials in a list, a word for what the writers did, an initial and a space, a two-letter first
sound, a given name that is also an honorific), a photographer named with a one-letter word, and
two-word runs that begin like a family name but name a place or a thing. Every sentence is written
for these tests; the names are made up."""

from __future__ import annotations

import pytest

from tests.fixtures_officials import officials, persons_of

_BODY = "Ông Trần Văn Lực dự lễ. Buổi lễ để lại nhiều cảm xúc."


@pytest.mark.parametrize(("tail", "writers"), [
    # several writers by initials, each dot glued: the dots end no sentence
    (" T.Lâm - P.Hòa - T.Sơn", ["T.Lâm", "P.Hòa", "T.Sơn"]),
    (" N.Hằng-A.Phương", ["N.Hằng", "A.Phương"]),
    # what the writers did, after their names
    (" A.Phương ghi", ["A.Phương"]),
    (" SỸ LÂM thực hiện", ["Sỹ Lâm"]),
    (" T.Hà - N. Cúc ghi", ["T.Hà", "N. Cúc"]),
    # one initial, then a space
    (" N. Huyền", ["N. Huyền"]),
    # a given name's first two letters
    (" Th.Dương", ["Th.Dương"]),
    # a given name that is also an honorific begins the signature
    (" Anh Thư", ["Anh Thư"]),
])
def test_a_signature_at_the_end_of_the_report(tail, writers):
    ex = officials(_BODY + tail)
    assert persons_of(ex) == ["Trần Văn Lực", *writers]
    assert [p.credit for p in ex.persons] == [False] + [True] * len(writers)


def test_a_sentence_ending_in_a_one_letter_word_is_no_initial():
    ex = officials("Ông Trần Văn Lực nói. Đó là điều đáng suy nghĩ”, ông Lực gợi ý. KIỀU LÂM")
    assert persons_of(ex) == ["Trần Văn Lực", "Kiều Lâm"]
    assert ex.persons[1].credit


@pytest.mark.parametrize("tail", [
    "\n\nÔng Đinh Văn Lâm",  # a caption that ends the report, no signature
    " H.M. Xuân",  # initials that end a sentence, then a word
])
def test_tails_that_are_no_signature(tail):
    ex = officials(_BODY + tail)
    assert not any(p.credit for p in ex.persons)


def test_a_photographer_named_with_a_one_letter_word():
    ex = officials("Ông Trần Văn Lực dự lễ. Ảnh: Như Ý Theo ông Lực, việc này tốt.")
    assert persons_of(ex) == ["Trần Văn Lực", "Như Ý"]


@pytest.mark.parametrize("text", [
    "Công trình thủy lợi Thạch Khê sẽ cấp đủ nước cho khu kinh tế.",
    "Chuyến bay thử nghiệm từ Thâm Quyến đến Lâm Giang diễn ra tháng 2.",
    "Khách sạn Sài Gòn - Ninh Lạc của Tổng công ty Du lịch đã khai trương.",
    "Các phường (Láng Hạ, Thanh Xuân Bắc và Khương Lâm) đã được kiểm tra.",
    "Cử tri Đinh Văn Kha (Kim Lâm, Tây Hồ) hoan nghênh quyết định này.",
])
def test_two_words_that_name_a_place_or_a_thing(text):
    assert "Thạch Khê" not in persons_of(officials(text))
    assert not [p for p in persons_of(officials(text)) if len(p.split()) == 2]


@pytest.mark.parametrize(("text", "names"), [
    ("Cựu bộ trưởng tài chính Hồ Tâm từng hiến kế.", ["Hồ Tâm"]),
    ("Các vụ án Phạm Văn Lộc, vụ án Lê Tâm đã được xét xử.", ["Phạm Văn Lộc", "Lê Tâm"]),
    ("Đại biểu trẻ nhất là Đinh Khoa, 29 tuổi, Chủ tịch UBND huyện.", ["Đinh Khoa"]),
    ("Dự có Hà Vân - Phó Trưởng ban Tổ chức Trung ương.", ["Hà Vân"]),
    ("Các thứ trưởng gồm Nguyễn Văn Công, Lê Đình Thục, và Nguyễn Nhân.",
     ["Nguyễn Văn Công", "Lê Đình Thục", "Nguyễn Nhân"]),
    ("Đại biểu Lê Nam (Thanh Hóa) phát biểu.", ["Lê Nam"]),
    ("Bộ trưởng Vũ Khang phát biểu. Ông Khang nhấn mạnh: Vũ Khang sẽ đi.", ["Vũ Khang"]),
])
def test_two_word_names_with_a_persons_context(text, names):
    assert persons_of(officials(text)) == names


@pytest.mark.parametrize(("text", "name"), [
    ("Giáo sư Phạm Lộc cũng có nói với tôi về việc này.", "Phạm Lộc"),
    ("Nhạc sĩ Minh Hà cùng các ca sĩ tham gia giao lưu.", "Minh Hà"),
    ("Cử tri Lê Nhi nói: nếu không làm được thì nên hủy dự án.", "Lê Nhi"),
])
def test_a_profession_or_a_voter_before_a_name(text, name):
    assert persons_of(officials(text)) == [name]


def test_a_foreign_leaders_initial_after_a_long_hyphenated_country():
    text = "Tại cuộc gặp Tổng thống Ác-hen-ti-na M.Ma-li, hai bên nhất trí. Tổng thống M.Ma-li cảm ơn."
    assert persons_of(officials(text)) == ["M.Ma-li"]
    assert persons_of(officials("Tổng thống U-dơ-bê-ki-xtan S.Mi-xi-ép phát biểu.")) == ["S.Mi-xi-ép"]


def test_a_chinese_province_is_no_person():
    text = "Bí thư Khu ủy Quảng Tây Bành Văn Hòa thăm Hà Nội. Chúc đoàn đại biểu Quảng Tây sức khỏe."
    ex = officials(text)
    assert persons_of(ex) == ["Bành Văn Hòa"]
    assert {(p.role, p.org.written if p.org else None) for p in ex.posts} == {("Bí thư", "Khu ủy Quảng Tây")}


def test_a_place_named_earlier_runs_on_into_the_next_sentence():
    text = ("Sân bay Tân Sơn Lâm đang quá tải. Cần mở thêm đường băng ở sân bay Tân Sơn Lâm "
            "Giao Bộ trưởng Quốc phòng chỉ đạo việc này.")
    assert persons_of(officials(text)) == []
