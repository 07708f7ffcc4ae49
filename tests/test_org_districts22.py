"""A district's body written without the district's name ("Huyện ủy", "UBND huyện", "Thị ủy") takes
the district the text gives next to it: the same kind of body in the person's run of titles, the one
district of its kind its sentence names, or the one the sentence before names; a sentence naming two
districts of its kind gives none. Sentences written for these tests; the people are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_a_bare_committee_takes_the_district_of_the_next_title():
    assert org_names("Ông Tâm, Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện Nhà Bè, phát biểu.") == {
        "Huyện ủy Nhà Bè", "Ủy ban nhân dân huyện Nhà Bè"}
    assert org_names("Ông Lộc từng là Bí thư Thị ủy, Chủ tịch HĐND thị xã Hương Thủy.") == {
        "Thị ủy Hương Thủy", "Hội đồng nhân dân thị xã Hương Thủy"}


def test_a_numbered_urban_district_keeps_its_word():
    assert org_names("Ông An, Phó Bí thư Quận uỷ, Chủ tịch UBND quận 12, phát biểu.") == {
        "Quận ủy quận 12", "Ủy ban nhân dân quận 12"}


def test_a_bare_council_after_a_title_of_the_previous_one():
    assert org_names("Ông Hải từng giữ chức Chủ tịch UBND thị xã, Bí thư Thị ủy Thuận An.") == {
        "Ủy ban nhân dân thị xã Thuận An", "Thị ủy Thuận An"}


def test_the_district_the_sentence_before_names():
    assert org_names("Theo đó, huyện Chương Mỹ sẽ họp ngày 24/9. Ông Hùng, Phó Bí thư Huyện uỷ, "
                  "Phó chủ tịch UBND huyện được giới thiệu.") == {
        "Huyện ủy Chương Mỹ", "Ủy ban nhân dân huyện Chương Mỹ"}


def test_a_district_named_without_its_word_after_at():
    assert org_names("Tại Mỹ Đức, HĐND huyện sẽ họp ngày 28/9.") == {"Hội đồng nhân dân huyện Mỹ Đức"}


def test_a_unit_of_a_bare_committee_takes_the_district_too():
    assert org_names("Ông Tân, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Công an huyện Đồng Xuân, dự họp.") == {
        "Ban Thường vụ Huyện ủy Đồng Xuân", "Huyện ủy Đồng Xuân", "Công an huyện Đồng Xuân"}


def test_two_districts_of_its_kind_give_none():
    assert org_names("Huyện Chương Mỹ và huyện Mê Linh sẽ họp. Ông Hùng, Phó Bí thư Huyện uỷ, phát biểu.") == {
        "Huyện ủy"}


def test_a_birthplace_is_no_body_s_district():
    assert org_names("Ông Dũng quê huyện Hiệp Đức. Ông là Bí thư Huyện ủy.") == {"Huyện ủy"}


def _kept(text: str) -> set[str]:
    from tests.test_resolution import report
    return {o.name for o in report("c", text).organizations}


def test_a_level_written_as_a_category_names_no_body():
    # a draft law's subject: "ba đặc khu", "cấp huyện" write the level as a kind of place
    assert _kept("Dự thảo quy định ba đặc khu có chính quyền riêng. Chủ tịch UBND đặc khu do HĐND "
                 "đặc khu bầu.") == set()
    assert _kept("Luật giao quyền cho chính quyền cấp huyện. UBND huyện được quyết định giao rừng.") == set()


def test_a_level_in_the_plural_before_names_leaves_the_body():
    # "các huyện Chương Mỹ, Mê Linh" lists districts, not a kind of place; nor does it say which
    assert _kept("Các huyện Chương Mỹ, Mê Linh sẽ họp. UBND huyện đã chuẩn bị.") == {"Ủy ban nhân dân huyện"}


def test_a_category_body_a_person_holds_stays():
    assert "Ủy ban nhân dân đặc khu" in _kept("Ba đặc khu sẽ được lập. Ông Lê Văn Hòa, Chủ tịch UBND đặc khu, "
                                              "phát biểu.")


def test_a_category_body_in_a_sentence_naming_a_place_of_its_level_stays():
    assert "Ủy ban nhân dân xã" in _kept("Nhiều xã khó khăn vẫn tổ chức tiệc. Cán bộ xã Khánh Thuận từng bị "
                                         "dọa đốt trụ sở UBND xã.")


def test_the_district_the_headline_names_when_the_text_names_no_other():
    assert org_names("Miễn nhiệm lãnh đạo thị xã Đồ Sơn\nChiều qua, thành phố công bố kỷ luật. Ông Hùng, "
                  "Chủ tịch UBND thị xã, bị miễn nhiệm.") == {"Ủy ban nhân dân thị xã Đồ Sơn"}
    assert org_names("Miễn nhiệm lãnh đạo các thị xã\nChiều qua, thành phố công bố kỷ luật. Ông Hùng, "
                  "Chủ tịch UBND thị xã, bị miễn nhiệm.") == {"Ủy ban nhân dân thị xã"}
