"""Bodies whose head word is written in lower case (issue 15): many reports write "sở Y tế",
"trường đại học ...", "báo ..." with a lower-case head and a capitalised name. The head starts a body
only when its own name follows, and not inside a word it forms with the word before ("cơ sở",
"nhà báo", "thị trường"). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import orgs_of


def test_a_department_or_ministry_with_a_lower_case_head_is_that_body():
    assert orgs_of("Đồng thời, sở Nội vụ và bộ Tư pháp cùng kiểm tra hồ sơ.", "Bình Định") == {
        ("sở Nội vụ", "Sở Nội vụ tỉnh Bình Định"), ("bộ Tư pháp", "Bộ Tư pháp")}


def test_schools_institutes_centres_and_newspapers_with_a_lower_case_head():
    assert orgs_of("Theo báo Bình Minh, viện Nghiên cứu Biển và trường đại học Kinh tế Miền Trung ký kết.") == {
        ("báo Bình Minh", "Báo Bình Minh"), ("viện Nghiên cứu Biển", "Viện Nghiên cứu Biển"),
        ("trường đại học Kinh tế Miền Trung", "Trường đại học Kinh tế Miền Trung")}


def test_a_portal_is_named_by_its_place_not_by_the_abbreviation_of_its_city():
    assert orgs_of("Tin đăng trên Cổng thông tin điện tử TP. Đà Nẵng sáng nay.") == {
        ("Cổng thông tin điện tử TP. Đà Nẵng", "Cổng Thông tin điện tử thành phố Đà Nẵng")}


def test_a_lower_case_head_inside_a_compound_word_starts_no_body():
    assert orgs_of("Củng cố cơ sở Y tế; nhà báo Mỹ đến trụ sở Tỉnh ủy Phú Yên.") == {
        ("Tỉnh ủy Phú Yên", "Tỉnh ủy Phú Yên")}
    assert orgs_of("Hàng hóa vào thị trường Nhật tăng.") == set()


def test_a_lower_case_head_without_its_own_name_is_no_body():
    assert orgs_of("Các em học tại trung tâm Nha Trang; hệ thống ngân hàng Việt Nam ổn định.") == set()
    assert orgs_of("Mỗi trường ĐH có sứ mạng riêng.") == set()


def test_a_newspaper_may_be_named_by_its_province_but_not_by_a_foreign_country():
    assert orgs_of("Tin được đăng trên báo Vĩnh Long hôm qua.") == {("báo Vĩnh Long", "Báo Vĩnh Long")}
    assert orgs_of("Theo báo Pháp, cuộc gặp diễn ra hôm qua.") == set()



def test_the_party_named_alone_in_running_text_is_the_communist_party():
    assert orgs_of("Cán bộ phải chấp hành nghiêm các quy định của Đảng và Nhà nước.") == {
        ("Đảng", "Đảng Cộng sản Việt Nam")}
    assert orgs_of("Khi Đảng lãnh đạo, mọi việc đều thuận.") == {("Đảng", "Đảng Cộng sản Việt Nam")}


def test_đảng_inside_a_longer_word_or_name_is_not_the_party_alone():
    assert orgs_of("Ông Lê Văn Đảng, Đảng viên lâu năm, phát biểu.") == set()
    assert ("Đảng", "Đảng Cộng sản Việt Nam") not in orgs_of("Ông là Phó Bí thư Đảng uỷ, từng dự họp.")
    assert orgs_of("Tiểu ban Điều lệ Đảng đã họp.") == {("Tiểu ban Điều lệ Đảng", "Tiểu ban Điều lệ Đảng")}


def test_a_bare_party_unit_belongs_to_the_one_party_committee_its_sentence_names():
    assert ("Ban thường vụ", "Ban Thường vụ Thành ủy Đà Nẵng") in orgs_of(
        "Ông Lê Văn An bị cách chức Bí thư Thành uỷ Đà Nẵng, Uỷ viên Ban thường vụ, Uỷ viên Ban chấp hành Đảng bộ.")
    assert ("Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Hà Nam") in orgs_of(
        "Ông Lê Văn An được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh uỷ Hà Nam.")


def test_a_bare_unit_of_a_state_body_or_a_central_one_gets_no_provincial_committee():
    orgs = orgs_of("Ông Lê Văn An, Ủy viên Ban cán sự Đảng, Thứ trưởng Bộ Xây dựng, làm Phó Bí thư Tỉnh ủy Hà Nam.")
    assert not any(name.startswith("Ban cán sự Đảng Tỉnh ủy") for _, name in orgs)
    assert ("Ủy ban Kiểm tra Tỉnh ủy Hà Nam" not in {name for _, name in orgs_of(
        "Ủy ban Kiểm tra (UBKT) Trung ương kết luận về Tỉnh ủy Hà Nam.")})
