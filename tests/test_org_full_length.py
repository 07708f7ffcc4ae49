"""Organization names read at their full length (issue 15, eleventh round): names that went on past
the point where a rule stopped them. Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_a_capital_s_two_syllable_word_before_a_function_word_ends_the_name():
    # "Khoáng sản" is one word of the name: the name ends at "cùng", not at "Địa"
    assert orgs_of("Sở Công thương làm việc với Viện Khoa học Địa chất và Khoáng sản cùng nhiều chuyên gia.") == {
        ("Sở Công thương", "Sở Công Thương"),
        ("Viện Khoa học Địa chất và Khoáng sản", "Viện Khoa học Địa chất và Khoáng sản")}
    assert orgs_of("Ban An toàn giao thông Quốc gia cùng các bộ ngành ra quân.") == {
        ("Ban An toàn giao thông Quốc gia", "Ban An toàn giao thông Quốc gia")}


def test_a_word_that_names_a_body_or_a_role_is_not_the_last_word_of_a_name():
    assert orgs_of("Trường Chính trị tỉnh đề nghị Học viện Báo chí hỗ trợ Tập đoàn trong việc đào tạo.") >= {
        ("Học viện Báo chí", "Học viện Báo chí")}
    assert ("Học viện Báo chí hỗ trợ Tập đoàn", "Học viện Báo chí hỗ trợ Tập đoàn") not in orgs_of(
        "Trường Chính trị tỉnh đề nghị Học viện Báo chí hỗ trợ Tập đoàn trong việc đào tạo.")


def test_a_title_case_word_s_second_syllable_before_a_function_word_is_part_of_the_name():
    assert facts("Ông Lê Văn Tám làm Giám đốc Công ty Xây dựng Thủy lợi rồi nghỉ hưu.") == {
        ("Lê Văn Tám", "Giám đốc", "Công ty Xây dựng Thủy lợi", "holds")}


def test_a_unit_s_number_after_a_two_syllable_word_closes_the_name():
    assert orgs_of("Ông Lê Văn Tám điều trị tại bệnh viện Trung ương Quân đội 108.") == {
        ("bệnh viện Trung ương Quân đội 108", "Bệnh viện Trung ương Quân đội 108")}
    # a share is no unit's number
    assert orgs_of("Tổng công ty Viễn thông MobiFone mua 95% cổ phần.") == {
        ("Tổng công ty Viễn thông MobiFone", "Tổng công ty Viễn thông MobiFone")}


def test_a_bloc_s_party_committee_named_after_the_plural_word():
    assert orgs_of("Ông Trần Văn Hưng, Chủ nhiệm Uỷ ban Kiểm tra Đảng uỷ khối các Cơ quan Trung ương, phát biểu.") == {
        ("Đảng uỷ khối các Cơ quan Trung ương", "Đảng ủy Khối các Cơ quan Trung ương"),
        ("Uỷ ban Kiểm tra Đảng uỷ khối các Cơ quan Trung ương",
         "Ủy ban Kiểm tra Đảng ủy Khối các Cơ quan Trung ương")}
    assert facts("Ông Trần Văn Hưng, Đảng uỷ viên Đảng uỷ Khối các cơ quan tỉnh, phát biểu.") == {
        ("Trần Văn Hưng", "Đảng uỷ viên", "Đảng uỷ Khối các cơ quan tỉnh", "holds")}


def test_a_bloc_named_in_lower_case_before_the_body_it_belongs_to():
    assert facts("Ông Trần Văn Hưng, Ủy viên Thường vụ Đảng ủy khối cơ sở Bộ Xây dựng, phát biểu.") == {
        ("Trần Văn Hưng", "Ủy viên", "Thường vụ Đảng ủy khối cơ sở Bộ Xây dựng", "holds")}


def test_committees_of_the_national_assembly_under_their_other_spellings_are_one_body_each():
    got = orgs_of("Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng của Quốc hội Phan Văn Bình và "
                  "Phó Chủ nhiệm Ủy ban Kinh tế và ngân sách Lê Văn Kiên phát biểu.")
    assert got == {
        ("Quốc hội", "Quốc hội"),
        ("Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng của Quốc hội",
         "Ủy ban Văn hóa, Giáo dục của Quốc hội"),
        ("Ủy ban Kinh tế và ngân sách", "Ủy ban Kinh tế và Ngân sách")}
    assert orgs_of("Ủy ban Khoa học Công nghệ và Môi trường thẩm tra dự án; Ủy ban Tài chính Ngân sách đồng ý.") == {
        ("Ủy ban Khoa học Công nghệ và Môi trường", "Ủy ban Khoa học, Công nghệ và Môi trường"),
        ("Ủy ban Tài chính Ngân sách", "Ủy ban Tài chính, Ngân sách")}


def test_the_committee_for_overseas_vietnamese_reads_past_o_nuoc_ngoai():
    assert facts("Ông Lê Văn Trung, Chủ nhiệm Ủy ban Về Người Việt Nam ở nước ngoài TP, cho biết thêm.") == {
        ("Lê Văn Trung", "Chủ nhiệm", "Ủy ban Về Người Việt Nam ở nước ngoài TP", "holds")}
