"""Posts, thirty-sixth officials round (b): a name after a sentence connective and its comma ("Theo đó,",
"Sau đó,") is still the sentence's subject, its bare apposition no end of its predicate; a body that "hiện còn
N <Role>:" names its remaining holders as "hiện có" does; "(cũ)" after a body glosses its old name and ends no
list of titles; in a plural title's explicit ";" list, an item's former title whose body we do not read ends no
list.

The sentences are our own, written in the shape of wtune36 reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_name_after_a_connective_with_a_bare_apposition_keeps_its_appointment():
    got = pipeline_posts("Hội nghị công bố quyết định của Ban Bí thư. Theo đó, đồng chí Hoàng Văn Chiến, Bộ trưởng, "
                         "được chỉ định giữ chức Bí thư Ban cán sự đảng Bộ Công Thương.", "Công bố quyết định nhân sự")
    assert ("Hoàng Văn Chiến", "Bí thư", "Ban cán sự đảng Bộ Công Thương", "appointed") in got


def test_a_name_after_then_with_a_bare_apposition_keeps_its_appointment():
    got = pipeline_posts("Sau đó, bà Lục Thị Hiền, Phó Giám đốc, được bổ nhiệm giữ chức Giám đốc Sở Lao động - "
                         "Thương binh và Xã hội tỉnh Cao Bằng.", "Bổ nhiệm Giám đốc Sở")
    assert ("Lục Thị Hiền", "Giám đốc", "Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng", "appointed") in got


def test_the_holders_a_body_still_has_are_its_posts():
    got = pipeline_posts("Sau khi Giám đốc nghỉ hưu, Sở Công Thương tỉnh Lai Châu hiện còn 2 Phó Giám đốc: ông Tẩn "
                         "Văn Sành và bà Lường Thị Ban.", "Sở Công Thương thiếu lãnh đạo")
    assert ("Tẩn Văn Sành", "Phó Giám đốc", "Sở Công Thương tỉnh Lai Châu", "holds") in got
    assert ("Lường Thị Ban", "Phó Giám đốc", "Sở Công Thương tỉnh Lai Châu", "holds") in got


def test_an_old_body_name_marked_cu_does_not_end_a_career_list():
    got = pipeline_posts("Ông Đèo Văn Thắm, tân Giám đốc Sở Nội vụ, từng là Phó Giám đốc Sở Giao thông vận tải tỉnh "
                         "Điện Biên (cũ), Phó Chủ tịch UBND huyện Mường Chà.", "Bổ nhiệm Giám đốc Sở Nội vụ")
    assert ("Đèo Văn Thắm", "Phó Chủ tịch", "UBND huyện Mường Chà", "former") in got
    assert ("Đèo Văn Thắm", "Phó Giám đốc", "Sở Giao thông vận tải tỉnh Điện Biên", "former") in got


def test_an_item_whose_former_body_is_not_read_does_not_end_the_heading_list():
    got = pipeline_posts("Ba Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch được bổ nhiệm gồm: ông Sầm Văn Quý, nguyên "
                         "Trưởng phòng Quản lý văn hóa; bà Nông Thị Mai, nguyên Giám đốc Nhà hát Ca múa nhạc tỉnh; ông "
                         "Vi Đức Hạnh, nguyên Chánh Văn phòng Sở Văn hóa, Thể thao và Du lịch.", "Bổ nhiệm lãnh đạo Sở")
    for person in ("Sầm Văn Quý", "Nông Thị Mai", "Vi Đức Hạnh"):
        assert (person, "Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch", "appointed") in got


def test_a_plural_title_ending_its_sentence_is_held_by_the_list_the_next_sentence_opens():
    got = pipeline_posts("Thủ tướng Chính phủ vừa bổ nhiệm hai Thứ trưởng Bộ Y tế. Danh sách gồm: ông Trịnh Quang "
                         "Vĩnh, nguyên Giám đốc Sở Y tế tỉnh Thanh Hóa; bà Mai Thị Xuân, nguyên Vụ trưởng Vụ Pháp chế.",
                         "Bổ nhiệm Thứ trưởng")
    assert ("Trịnh Quang Vĩnh", "Thứ trưởng", "Bộ Y tế", "appointed") in got
    assert ("Mai Thị Xuân", "Thứ trưởng", "Bộ Y tế", "appointed") in got
    assert ("Mai Thị Xuân", "Vụ trưởng", "Vụ Pháp chế", "former") in got
