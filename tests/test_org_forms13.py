"""Bodies written by their short or glued forms, and local chapters of national bodies named by their
place (issue 15, thirteenth round). Sentences written for these tests."""

from __future__ import annotations

from tests.fixtures_officials import facts, orgs_of


def test_the_central_inspection_commission_glued_or_half_abbreviated_is_one_body():
    assert facts("Ông Trần Văn Hùng, Phó Chủ nhiệm UBKTTW, phát biểu tại hội nghị.") == {
        ("Trần Văn Hùng", "Phó Chủ nhiệm", "UBKTTW", "holds")}
    for written in ("UBKTTW", "UBKTTƯ", "Ủy ban KTTƯ", "UB KTTW", "Uỷ ban KTTW"):
        assert orgs_of(f"Chiều qua, {written} đã kết luận về các vi phạm của đảng viên.") == {
            (written, "Ủy ban Kiểm tra Trung ương")}
    # written in full and then in brackets: both are the one commission
    assert {name for _, name in orgs_of("Ủy ban Kiểm tra Trung ương (UBKTTW) vừa họp kỳ thứ 30.")} == {
        "Ủy ban Kiểm tra Trung ương"}


def test_the_economic_commission_is_not_the_inspection_commission():
    assert orgs_of("Ông Trần Văn Hùng, Phó Trưởng Ban Kinh tế TƯ, phát biểu.") == {
        ("Ban Kinh tế TƯ", "Ban Kinh tế Trung ương")}


def test_the_state_bank_by_its_abbreviation_and_its_provincial_branch():
    assert facts("Ông Trần Văn Hùng, Thống đốc NHNN, cho biết lãi suất sẽ giảm.") == {
        ("Trần Văn Hùng", "Thống đốc", "NHNN", "holds")}
    assert orgs_of("Ông Trần Văn Hùng, Phó Thống đốc Ngân hàng Nhà nước, trả lời phỏng vấn.") == {
        ("Ngân hàng Nhà nước", "Ngân hàng Nhà nước")}
    assert orgs_of("Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An đã làm việc với các ngân hàng.") == {
        ("Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An", "Ngân hàng Nhà nước tỉnh Nghệ An")}
    assert orgs_of("Ông Trần Văn Hùng, Giám đốc NHNN tỉnh Nghệ An, phát biểu.") == {
        ("NHNN tỉnh Nghệ An", "Ngân hàng Nhà nước tỉnh Nghệ An")}
    # after a unit, with no place written, it is the central bank even in a report about a province
    assert orgs_of("Tại Quảng Ninh, ông Trần Văn Hùng được bổ nhiệm làm Chánh văn phòng NHNN.") == {
        ("NHNN", "Ngân hàng Nhà nước"), ("văn phòng NHNN", "Văn phòng Ngân hàng Nhà nước")}
    # a commercial bank is still read by its own name
    assert orgs_of("Ngân hàng Công Thương đã giảm lãi suất cho vay.") == {
        ("Ngân hàng Công Thương", "Ngân hàng Công Thương")}


def test_the_cooperative_alliance_in_lower_case_and_its_provincial_chapter():
    assert facts("Ông Trần Văn Hùng, Chủ tịch Liên minh hợp tác xã Việt Nam, phát biểu.") == {
        ("Trần Văn Hùng", "Chủ tịch", "Liên minh hợp tác xã Việt Nam", "holds")}
    assert orgs_of("Ông Trần Văn Hùng, Chủ tịch Liên minh hợp tác xã Việt Nam, phát biểu.") == {
        ("Liên minh hợp tác xã Việt Nam", "Liên minh Hợp tác xã Việt Nam")}
    assert orgs_of("Ông Trần Văn Hùng, Phó Chủ tịch Liên minh HTX tỉnh Nghệ An, phát biểu.") == {
        ("Liên minh HTX tỉnh Nghệ An", "Liên minh Hợp tác xã tỉnh Nghệ An")}
    # a union of cooperatives with a name of its own is that union
    assert orgs_of("Ông Trần Văn Hùng, Giám đốc Liên minh HTX Dịch vụ Nông nghiệp Bình Minh, phát biểu.") == {
        ("Liên minh HTX Dịch vụ Nông nghiệp Bình Minh", "Liên minh HTX Dịch vụ Nông nghiệp Bình Minh")}


def test_a_central_body_s_branch_needs_its_place_even_after_a_unit():
    assert orgs_of("Tại Nam Định, ông Trần Văn Hùng là Chánh Văn phòng Kho bạc Nhà nước.") == {
        ("Kho bạc Nhà nước", "Kho bạc Nhà nước Việt Nam"),
        ("Văn phòng Kho bạc Nhà nước", "Văn phòng Kho bạc Nhà nước Việt Nam")}
    assert orgs_of("Ông Trần Văn Hùng, Giám đốc Kho bạc Nhà nước tỉnh Nam Định, phát biểu.") == {
        ("Kho bạc Nhà nước tỉnh Nam Định", "Kho bạc Nhà nước tỉnh Nam Định")}


def test_a_mass_organisation_s_provincial_chapter_leaves_the_country_out_of_its_name():
    assert orgs_of("Bà Lê Thị Hoa, Chủ tịch Hội Liên Hiệp Phụ nữ tỉnh Nghệ An, phát biểu.") == {
        ("Hội Liên Hiệp Phụ nữ tỉnh Nghệ An", "Hội Liên hiệp Phụ nữ tỉnh Nghệ An")}
    assert orgs_of("Hội Nông dân tỉnh Hà Tĩnh đã tổ chức đại hội.") == {
        ("Hội Nông dân tỉnh Hà Tĩnh", "Hội Nông dân tỉnh Hà Tĩnh")}
    # the national body keeps its full name
    assert orgs_of("Hội Cựu chiến binh Việt Nam đã tổ chức đại hội.") == {
        ("Hội Cựu chiến binh Việt Nam", "Hội Cựu chiến binh Việt Nam")}
    # the Front's committee is named with the country at every level
    assert orgs_of("Ủy ban MTTQ Việt Nam tỉnh Nghệ An đã tổ chức hội nghị.") == {
        ("Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An")}


def test_the_voice_of_vietnam_by_its_short_form():
    assert orgs_of("Ông Trần Văn Hùng, Phó Tổng Giám đốc Đài TNVN, phát biểu.") == {
        ("Đài TNVN", "Đài Tiếng nói Việt Nam")}


def test_a_ministry_named_by_its_short_field_is_the_whole_ministry():
    # written as its full name: as after a minister's role, the short field is no name of its own
    assert orgs_of("Lãnh đạo Bộ Giáo dục đã trả lời về việc bổ nhiệm hiệu trưởng.") == {
        ("Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo")}
    assert facts("Ông Trần Văn Hùng, Bộ trưởng Bộ Nông nghiệp, phát biểu.") == {
        ("Trần Văn Hùng", "Bộ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn", "holds")}
    assert orgs_of("Ông Trần Văn Hùng thôi tham gia Ban cán sự đảng Bộ Giao thông, thôi giữ chức Thứ trưởng.") == {
        ("Bộ Giao thông vận tải", "Bộ Giao thông vận tải"),
        ("Ban cán sự Đảng Bộ Giao thông vận tải", "Ban cán sự Đảng Bộ Giao thông vận tải")}
    # a capitalised word after it makes a longer field the tables do not know: no ministry guessed
    assert orgs_of("Bộ Giáo dục Cao học Cuba đã ký biên bản hợp tác.") == set()


def test_the_party_committee_of_a_body_named_in_running_text():
    assert orgs_of("Đây là khuyết điểm của tập thể Đảng uỷ Sở Xây dựng trong giai đoạn trước.") == {
        ("Sở Xây dựng", "Sở Xây dựng"), ("Đảng uỷ Sở Xây dựng", "Đảng ủy Sở Xây dựng")}
    assert orgs_of("Đảng ủy Bệnh viện Bạch Mai đã họp phiên thường kỳ.") == {
        ("Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai"), ("Đảng ủy Bệnh viện Bạch Mai", "Đảng ủy Bệnh viện Bạch Mai")}
    # a committee named by nothing after it is no body in running text
    assert orgs_of("Công tác xây dựng Đảng ủy trong sạch vững mạnh được chú trọng.") == set()
