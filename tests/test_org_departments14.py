"""A provincial department written by its short field ("Sở Nông nghiệp", "Sở Tài nguyên") is the
whole department, as a ministry so written is the whole ministry (issue 15, fourteenth round: such
departments gave no body at all, and a title held in them no post). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_a_department_named_by_its_short_field_is_the_whole_department():
    # the short writing stays a name of it: "Sở Nông nghiệp" was a department's own name before
    # its field grew, and a career written so names that department
    assert orgs_of("Ông Trần Văn Hùng, Giám đốc Sở Giao thông, phát biểu.") == {
        ("Sở Giao thông", "Sở Giao thông vận tải")}
    assert facts("Bà Lê Thị Mai, Phó Giám đốc Sở Kế hoạch tỉnh Nam Định, cho biết dự án đã chậm.") == {
        ("Lê Thị Mai", "Phó Giám đốc", "Sở Kế hoạch tỉnh Nam Định", "holds")}


def test_the_province_may_follow_the_short_field_without_its_level_word():
    assert orgs_of("Sở Nông nghiệp Bắc Ninh vừa công bố kết quả thanh tra các cơ sở giống.") == {
        ("Sở Nông nghiệp Bắc Ninh", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Ninh")}
    assert facts("Ông Phạm Văn Đức, Giám đốc Sở Tài nguyên Lạng Sơn, giải trình trước hội đồng.") == {
        ("Phạm Văn Đức", "Giám đốc", "Sở Tài nguyên Lạng Sơn", "holds")}


def test_a_headline_s_short_form_of_a_department_the_text_names_in_full_is_no_name_of_its_own():
    text = ("Giám đốc Sở Giáo dục Hà Giang bị kỷ luật\n"
            "Ủy ban Kiểm tra Tỉnh ủy đề nghị kỷ luật ông Lê Văn Tâm, Giám đốc Sở Giáo dục và Đào tạo "
            "tỉnh Hà Giang, vì những sai phạm trong kỳ thi.")
    assert {name for written, name in orgs_of(text) if name.startswith("Sở")} == {
        "Sở Giáo dục và Đào tạo tỉnh Hà Giang"}
    assert {written for written, name in orgs_of(text) if name.startswith("Sở")} == {
        "Sở Giáo dục và Đào tạo tỉnh Hà Giang"}


def test_a_capitalised_word_that_is_no_place_makes_a_field_the_tables_do_not_know():
    # no department is guessed from a field written longer than the short one ("Tài nguyên Khoáng sản")
    assert orgs_of("Sở Tài nguyên Khoáng sản đã đề xuất thu hồi giấy phép khai thác.") == set()
    # a known field written so is read as before
    assert orgs_of("Sở Giao thông Công chính đã đề xuất phân luồng lại giao thông.") == {
        ("Sở Giao thông Công chính", "Sở Giao thông công chính")}
