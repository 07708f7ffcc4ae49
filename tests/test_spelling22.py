"""A name one report writes two ways (twenty-second round): a letter typo joins only through the
same post one person holds at a time, and a person written two ways as often each is labelled by
the spelling the report writes first. Every sentence is written for these tests; the names are
made up."""

from __future__ import annotations

from tests.test_persons17 import _iris, _report


def _labels(exs, *names: str) -> set[str]:
    from kg.resolve import resolve

    res = resolve(exs)
    return {res.label(res.of(p)) for ex in exs for p in ex.persons if p.name in names}


def test_one_letter_apart_in_the_same_head_post_is_one_person_misspelt():
    exs = [_report("a", "Ông Lạc Tuấn Vĩnh, Chủ tịch UBND huyện Tân Lạc, không được giới thiệu tái cử. HĐND huyện "
                        "không giới thiệu Chủ tịch UBND huyện Lạc Tấn Vĩnh tái cử. Trường hợp của ông Lạc Tuấn "
                        "Vĩnh đang chờ kết luận.", (2021, 6, 25))]
    assert len(_iris(exs, "Lạc Tuấn Vĩnh") | _iris(exs, "Lạc Tấn Vĩnh")) == 1


def test_one_letter_apart_in_different_posts_or_as_members_stays_two():
    exs = [_report("a", "Ông Lạc Văn Hà, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Ba Vì và ông Lạc Văn "
                        "Hải, Phó Chủ tịch UBND huyện Ba Vì dự hội nghị. Ông Lạc Văn Hà phát biểu.", (2016, 5, 2)),
           _report("b", "Ban Thường vụ Đảng ủy gồm: Đại tá Lạc Văn Kim, Ủy viên Ban Thường vụ Đảng ủy; Đại tá Lạc "
                        "Văn Kín, Ủy viên Ban Thường vụ Đảng ủy. Đại tá Lạc Văn Kim chịu trách nhiệm.", (2019, 3, 1))]
    assert len(_iris(exs, "Lạc Văn Hà") | _iris(exs, "Lạc Văn Hải")) == 2
    assert len(_iris(exs, "Lạc Văn Kim") | _iris(exs, "Lạc Văn Kín")) == 2


def test_a_person_written_two_ways_as_often_is_labelled_by_the_first_spelling():
    text = ("Chiều 28/4, đoàn công tác do ông Lạc Thành Vĩnh, Bộ trưởng Bộ Khoa học và Công nghệ làm trưởng "
            "đoàn, đến thăm Sở. Phát biểu tại buổi làm việc, ông Lạc Thanh Vĩnh, Bộ trưởng Bộ KH&CN đánh giá "
            "cao kết quả. Ông Lạc Thanh Vĩnh đề nghị Sở tiếp tục.")
    exs = [_report("a", text, (2021, 4, 28))]
    assert len(_iris(exs, "Lạc Thành Vĩnh") | _iris(exs, "Lạc Thanh Vĩnh")) == 1
    assert _labels(exs, "Lạc Thành Vĩnh", "Lạc Thanh Vĩnh") == {"Lạc Thành Vĩnh"}
    swapped = text.replace("Thành", "@").replace("Thanh", "Thành").replace("@", "Thanh")
    exs = [_report("a", swapped, (2021, 4, 28))]
    assert _labels(exs, "Lạc Thành Vĩnh", "Lạc Thanh Vĩnh") == {"Lạc Thanh Vĩnh"}
