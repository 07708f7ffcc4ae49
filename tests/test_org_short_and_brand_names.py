"""Bodies written short, by abbreviation, by brand or by web address, each read as the one body it
names (issue 15, twelfth round). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_the_state_treasury_is_a_body_and_its_provincial_branch_another():
    assert facts("Ông Trần Văn Hùng, Phó tổng giám đốc Kho bạc Nhà nước, phát biểu.") == {
        ("Trần Văn Hùng", "Phó tổng giám đốc", "Kho bạc Nhà nước", "holds")}
    assert orgs_of("Ông Trần Văn Hùng, Phó tổng giám đốc Kho bạc Nhà nước, phát biểu.") == {
        ("Kho bạc Nhà nước", "Kho bạc Nhà nước Việt Nam")}
    assert orgs_of("Kho bạc Nhà nước tỉnh Nam Định đã chuyển tiền.") == {
        ("Kho bạc Nhà nước tỉnh Nam Định", "Kho bạc Nhà nước tỉnh Nam Định")}


def test_the_government_office_by_its_abbreviation():
    assert facts("Ông Trần Văn Hùng, Bộ trưởng, Chủ nhiệm VPCP, phát biểu.") == {
        ("Trần Văn Hùng", "Bộ trưởng", "VPCP", "holds"), ("Trần Văn Hùng", "Chủ nhiệm", "VPCP", "holds")}
    assert orgs_of("Ông Trần Văn Hùng, Bộ trưởng, Chủ nhiệm VPCP, phát biểu.") == {("VPCP", "Văn phòng Chính phủ")}
    # written in full it is read as before: the office and the government it belongs to
    assert orgs_of("Văn phòng Chính phủ có công văn gửi các bộ.") == {
        ("Văn phòng Chính phủ", "Văn phòng Chính phủ"), ("Chính phủ", "Chính phủ")}


def test_the_former_state_inspectorate_capitalised_is_a_body_the_activity_is_not():
    assert orgs_of("Ông Trần Văn Hùng, Phó Tổng Thanh tra Nhà nước, phát biểu.") == {
        ("Thanh tra Nhà nước", "Thanh tra Nhà nước")}
    assert orgs_of("Ông Trần Văn Hùng vừa được giao nhiệm vụ thanh tra Nhà nước tại địa phương.") == set()


def test_the_national_academy_of_politics_written_in_lower_case_or_abbreviated():
    assert orgs_of("Ông Trần Văn Hùng, Giám đốc Học viện chính trị QG Hồ Chí Minh, phát biểu.") == {
        ("Học viện chính trị QG Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh")}
    assert orgs_of("Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội thảo.") == {
        ("Học viện Chính trị quốc gia Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh")}


def test_a_brand_right_after_a_company_role_is_the_body_of_the_post():
    assert facts("Bà Lê Thị Hoa, Tổng giám đốc Vinamilk, phát biểu.") == {
        ("Lê Thị Hoa", "Tổng giám đốc", "Vinamilk", "holds")}
    assert facts("Chủ tịch VinFast Lê Văn Tám cho biết sẽ mở rộng nhà máy.") == {
        ("Lê Văn Tám", "Chủ tịch", "VinFast", "holds")}
    # a foreign leader's name after a title of state is no brand
    assert orgs_of("Tổng thống Putin phát biểu tại hội nghị.") == set()


def test_a_party_organisation_named_by_its_province_alone_takes_the_province_s_level():
    # "Đảng bộ Hà Nội" and "Đảng bộ thành phố Hà Nội" are one body, under one name
    assert orgs_of("Đảng bộ Hà Nội đã tổ chức đại hội.") == {("Đảng bộ Hà Nội", "Đảng bộ thành phố Hà Nội")}
    assert orgs_of("Ban Chấp hành Đảng bộ Hà Tĩnh họp phiên đầu tiên.") >= {
        ("Ban Chấp hành Đảng bộ Hà Tĩnh", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh")}


def test_news_sites_by_their_web_address_and_not_a_web_address_s_words():
    assert orgs_of("Ông Trần Văn Hùng chia sẻ với Chinhphu.vn về việc này.") == {
        ("Chinhphu.vn", "Cổng Thông tin điện tử Chính phủ")}
    assert orgs_of("Ông Trần Văn Hùng trao đổi với Zing.vn và VietNam Net sáng nay.") == {
        ("Zing.vn", "Zing.vn"), ("VietNam Net", "VietNamNet")}
    assert orgs_of("Hồ sơ nộp qua địa chỉ http://dichvucong.chinhphu.vn. Theo đó, người dân chờ kết quả.") == set()


def test_a_unit_of_the_body_a_report_writes_by_its_bare_head_is_that_body_s_unit():
    # the one ministry the report names: "Thanh tra Bộ" is its inspectorate
    assert orgs_of("Bộ Tài chính vừa công bố kết luận. Ông Lê Văn Tám, Chánh Thanh tra Bộ, cho biết.") == {
        ("Bộ Tài chính", "Bộ Tài chính"), ("Thanh tra Bộ", "Thanh tra Bộ Tài chính")}
    assert orgs_of("Tổng công ty Cơ khí Xây dựng đã báo lỗ. Hội đồng quản trị Tổng công ty đã họp bất thường.") == {
        ("Tổng công ty Cơ khí Xây dựng", "Tổng công ty Cơ khí Xây dựng"),
        ("Hội đồng quản trị Tổng công ty", "Hội đồng quản trị Tổng công ty Cơ khí Xây dựng")}
    # with no such body named, the unit of the report's body as written
    assert facts("Ông Lê Văn Tám, Bí thư Đảng ủy công ty, phát biểu.") == {
        ("Lê Văn Tám", "Bí thư", "Đảng ủy công ty", "holds")}
    assert orgs_of("Ban Thường vụ Đảng uỷ Tập đoàn đã rút kinh nghiệm.") == {
        ("Đảng uỷ Tập đoàn", "Đảng ủy Tập đoàn"), ("Ban Thường vụ Đảng uỷ Tập đoàn", "Ban Thường vụ Đảng ủy Tập đoàn")}


def test_a_bare_head_that_is_a_common_noun_or_a_plural_names_no_body():
    assert orgs_of("Văn phòng Bộ phận một cửa tiếp nhận hồ sơ.") == set()
    assert orgs_of("Với Ban cán sự đảng bộ, cơ quan ngang bộ, việc này cần làm ngay.") == {
        ("Ban cán sự đảng", "Ban cán sự Đảng")}


def test_army_units_by_number_or_name_are_bodies_and_their_party_committees_too():
    assert orgs_of("Ông Lê Văn Tám, Chủ nhiệm Uỷ ban Kiểm tra Đảng uỷ Quân đoàn 4, phát biểu.") == {
        ("Quân đoàn 4", "Quân đoàn 4"), ("Đảng uỷ Quân đoàn 4", "Đảng ủy Quân đoàn 4"),
        ("Uỷ ban Kiểm tra Đảng uỷ Quân đoàn 4", "Ủy ban Kiểm tra Đảng ủy Quân đoàn 4")}
    # "và một số cá nhân": a count of others after "và", not the name's second part
    assert orgs_of("Kỷ luật Ban Thường vụ Đảng uỷ Quân chủng Hải quân và một số cá nhân.") == {
        ("Quân chủng Hải quân", "Quân chủng Hải quân"), ("Đảng uỷ Quân chủng Hải quân", "Đảng ủy Quân chủng Hải quân"),
        ("Ban Thường vụ Đảng uỷ Quân chủng Hải quân", "Ban Thường vụ Đảng ủy Quân chủng Hải quân")}
    assert orgs_of("Sư đoàn 312 được tặng danh hiệu Anh hùng.") == {("Sư đoàn 312", "Sư đoàn 312")}
