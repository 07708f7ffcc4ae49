"""Names and titles by the name, forty-second round.

- A list item "; NAME, nguyên TITLE" opens with a name though its family name is not on our list ("Ka");
  so does a three-word item whose second word is "Văn" or "Thị" ("Đèo Văn Thắm": "đèo" is also a place word).
- A Lao name of hyphen-glued words opening a list item ("các đồng chí: Bun-thạ-vi Xỉ-sủ-vông, Phó Tỉnh trưởng
  ...") is a person, and a province the report writes after "tỉnh" ("tỉnh Hủa Phăn") is no foreigner's name
  after a title ("Trưởng Ban Đối ngoại Tỉnh ủy Hủa Phăn").
- "(PLACE)," right after a name is an aside like "(43 tuổi),": the titles after it are the name's.
- "Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng X": the office that delegates is not X's title, even when both
  titles are posts by themselves.
- A lower-case "sở" after a person's titles, in a report or a sentence naming one Sở, is that Sở; a
  capitalised "Bệnh viện" closing a title, the hospital the report named (back_reference_bodies.tsv).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials, persons_of


def test_list_items_with_an_unlisted_family_name_read_by_nguyen_or_a_middle_name():
    got = facts("Kỳ họp bầu các ông, bà: Lương Hữu Trí, nguyên Phó Chủ tịch UBND tỉnh Lâm Đồng; Ka Hồng Nga, "
                "nguyên Giám đốc Sở Tư pháp tỉnh Lâm Đồng; Đỗ Quang Lâm, nguyên Phó Chủ tịch UBND tỉnh Đắk Nông.")
    assert ("Ka Hồng Nga", "Giám đốc", "Sở Tư pháp tỉnh Lâm Đồng", "former") in got
    got = facts("Tiếp đoàn có các đồng chí: Giàng Seo Pao, Bí thư Tỉnh ủy; Đèo Văn Thanh, Ủy viên Ban Thường vụ "
                "Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    assert ("Đèo Văn Thanh", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "holds") in got


def test_lao_names_glued_by_hyphens_open_list_items_and_a_lao_province_is_no_person():
    text = ("Đoàn đại biểu tỉnh Luổng Phăn do đồng chí Xổm-phon Kẹo-vi-lay dẫn đầu sang thăm Việt Nam. Cùng đi "
            "trong Đoàn có các đồng chí: Bun-xỉ Phôm-ma-ly, Ủy viên Tỉnh ủy, Trưởng Ban Đối ngoại Tỉnh ủy Luổng "
            "Phăn; Thoong-xạ Đuông-văn, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Luổng Phăn.")
    ex = officials(text)
    assert "Luổng Phăn" not in persons_of(ex)
    got = facts(text)
    assert ("Bun-xỉ Phôm-ma-ly", "Ủy viên", "Tỉnh ủy", "holds") in got
    assert {f[0] for f in got} >= {"Bun-xỉ Phôm-ma-ly", "Thoong-xạ Đuông-văn"}


def test_a_place_in_brackets_after_a_name_lets_the_titles_after_it_be_the_names():
    got = facts("Tại phiên thảo luận của Quốc hội, đại biểu Nguyễn Văn Lâm (Hà Tĩnh), Phó Giám đốc Sở Tài chính "
                "tỉnh Hà Tĩnh, cho rằng cần sửa luật.")
    assert ("Nguyễn Văn Lâm", "Phó Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh", "holds") in got


def test_a_lower_case_so_and_a_capitalised_benh_vien_refer_back_to_the_body_named():
    got = facts("Đại diện Sở Xây dựng, ông Hà Văn Cẩn, Giám đốc sở, cho biết đã hoàn thành kế hoạch.")
    assert got == {("Hà Văn Cẩn", "Giám đốc", "Sở Xây dựng", "holds")}
    # several Sở in the report: the one the sentence names
    got = facts("Sở Nội vụ và Sở Tư pháp báo cáo kết quả. Đại diện Sở Xây dựng, ông Hà Văn Cẩn, Giám đốc sở, cho "
                "biết đã hoàn thành kế hoạch.")
    assert ("Hà Văn Cẩn", "Giám đốc", "Sở Xây dựng", "holds") in got
    got = facts("Bệnh viện Đa khoa tỉnh tổ chức lễ kỷ niệm. Ông Nguyễn Đình Thảo, Giám đốc Bệnh viện cho biết "
                "bệnh viện đã phát triển.")
    assert {(f[0], f[1]) for f in got} == {("Nguyễn Đình Thảo", "Giám đốc")}


def test_a_delegating_office_after_cua_is_not_the_title_of_the_person_named_after_it():
    got = facts("Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng Trịnh Văn Khiết gắn Huân chương Lao động lên lá cờ "
                "truyền thống của tỉnh.")
    assert got == {("Trịnh Văn Khiết", "Phó Thủ tướng", None, "holds")}


def test_a_person_named_like_a_place_of_the_report_is_still_a_person():
    """The place test above reads a run written after "tỉnh" elsewhere as no person; a run opening with a family
    name is a person though a ward or commune bears the name ("phường Lê Lai", named after a man)."""
    text = ("Đoàn công tác làm việc tại phường Lê Lai. Cùng dự có Chủ tịch Ủy ban MTTQ Việt Nam phường Lê Lai và "
            "Phó Trưởng ban Ban Tuyên giáo Tỉnh ủy Lê Lai.")
    assert "Lê Lai" in persons_of(officials(text))
