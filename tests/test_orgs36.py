"""Organizations read at full length and no fragments (orgs36, from mid27's misses): a unit's name ends
before "thuộc" / "trực thuộc" and the body it belongs to; companies named by a trade written in lower case;
a bare unit is the one the report names in full, written with or without its place; a steering committee
named by its task at its meeting. The sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def names(text: str) -> list[str]:
    return [name for name, _ in pipeline_orgs(text)]


def test_a_company_named_by_its_trade_belongs_to_a_corporation():
    assert names("Ông Nguyễn Văn An từng công tác tại Công ty Cung ứng vật tư thuộc Tổng công ty Sông Đà.") == [
        "Công ty Cung ứng vật tư", "Tổng công ty Sông Đà"]


def test_a_longer_lower_case_field_up_to_the_ministry_it_belongs_to():
    assert names("Ông An làm việc ở Xí nghiệp Khảo sát thiết kế giao thông thuộc Bộ Giao thông vận tải.") == [
        "Xí nghiệp Khảo sát thiết kế giao thông", "Bộ Giao thông vận tải"]


def test_directly_under_a_city_youth_union():
    assert names("Chị Lan là giám đốc Trung tâm Dịch vụ đào tạo thanh niên trực thuộc Thành đoàn Hà Nội.") == [
        "Trung tâm Dịch vụ đào tạo thanh niên", "Thành đoàn Hà Nội"]


def test_a_department_of_the_city_office_written_with_thuoc_is_that_offices_unit():
    assert pipeline_orgs("Ông Hoan từng là Trưởng phòng Tổng hợp - Kế hoạch thuộc Văn phòng UBND TP. HCM.") == [
        ("Ủy ban nhân dân thành phố Hồ Chí Minh", "UBND TP. HCM"),
        ("Văn phòng Ủy ban nhân dân thành phố Hồ Chí Minh", "Văn phòng UBND TP. HCM"),
        ("Phòng Tổng hợp - Kế hoạch Văn phòng Ủy ban nhân dân thành phố Hồ Chí Minh",
         "phòng Tổng hợp - Kế hoạch thuộc Văn phòng UBND TP. HCM")]


def test_a_company_whose_name_ends_with_a_place_then_the_corporation_it_belongs_to():
    assert names("Đơn vị đó là Công ty Vật liệu xây dựng Cẩm Phả thuộc Tổng công ty Viglacera.") == [
        "Công ty Vật liệu xây dựng Cẩm Phả", "Tổng công ty Viglacera"]


def test_the_committees_directly_under_the_centre_are_a_kind_of_body_not_one():
    assert names("Ban Tổ chức Trung ương hướng dẫn các đảng ủy trực thuộc Trung ương chuẩn bị đại hội.") == [
        "Ban Tổ chức Trung ương"]


def test_a_city_power_company_written_in_lower_case():
    assert names("Ông Hưng bị kỷ luật (vụ tiêu cực công ty điện lực TP HCM), ông Thanh cho biết.") == [
        "Công ty điện lực TP HCM"]


def test_power_companies_in_the_plural_are_no_body():
    assert names("Các công ty điện lực phải giảm giá điện.") == []


def test_an_enterprise_named_by_its_construction_trade_and_its_number():
    assert names("Công ty Licogi 16, tiền thân là Xí nghiệp thi công cầu đường số 3 được thành lập năm 1985.") == [
        "Công ty Licogi 16", "Xí nghiệp thi công cầu đường số 3"]


def test_a_bare_inspection_committee_is_the_one_the_report_names_with_its_owner_written_two_ways():
    text = ("Ông Hoàng Văn Nam nguyên là Phó bí thư Tỉnh uỷ, Chủ nhiệm Uỷ ban Kiểm tra của tỉnh. Ông Hoàng Văn "
            "Nam, Phó bí thư Tỉnh uỷ, Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ, được bầu giữ chức Chủ tịch UBND tỉnh "
            "Lai Châu. Năm 2015, ông được bầu làm Chủ nhiệm Uỷ ban kiểm tra Tỉnh uỷ tỉnh Lai Châu.")
    found = names(text)
    assert "Ủy ban Kiểm tra" not in found
    assert found.count("Ủy ban Kiểm tra Tỉnh ủy Lai Châu") == 3


def test_a_steering_committee_named_by_its_task_at_its_meeting_without_the_meetings_date():
    assert names("Tại cuộc họp Ban chỉ đạo quốc gia triển khai Nghị quyết 57 về phát triển khoa học công nghệ "
                 "ngày 12/3, Thủ tướng Phạm Minh Chính yêu cầu các bộ khẩn trương vào cuộc.") == [
        "Ban Chỉ đạo quốc gia triển khai Nghị quyết 57 về phát triển khoa học công nghệ"]


def test_a_central_steering_committee_at_its_session_then_written_short():
    assert names("Tổng Bí thư chủ trì phiên họp Ban Chỉ đạo trung ương tổng kết Nghị quyết 18 về tinh gọn bộ "
                 "máy, các thành viên dự đầy đủ. Ban Chỉ đạo đã thống nhất lộ trình.") == [
        "Ban Chỉ đạo Trung ương tổng kết Nghị quyết 18 về tinh gọn bộ máy"] * 2


def test_a_bare_party_group_is_the_one_group_the_report_names_with_its_ministry():
    text = ("Ban Bí thư quyết định thi hành kỷ luật Ban cán sự đảng Bộ Xây dựng nhiệm kỳ 2016-2021. Ông Trần Văn "
            "Hùng, nguyên bí thư Ban cán sự đảng, nguyên bộ trưởng Bộ Xây dựng chịu trách nhiệm chính. Ông Lê Văn "
            "Nam, uỷ viên Ban cán sự đảng, thứ trưởng, cùng chịu trách nhiệm về những vi phạm của Ban cán sự đảng "
            "nhiệm kỳ 2016-2021.")
    found = names(text)
    assert "Ban cán sự Đảng" not in found
    assert found.count("Ban cán sự Đảng Bộ Xây dựng") == 4


def test_a_bare_party_group_stays_bare_where_the_report_names_two():
    text = ("Ban Bí thư kỷ luật Ban cán sự đảng Bộ Xây dựng và Ban cán sự đảng UBND tỉnh Hà Tĩnh. Những vi phạm "
            "của Ban cán sự đảng là nghiêm trọng.")
    assert "Ban cán sự Đảng" in names(text)


def test_a_bare_party_group_is_not_the_governments_one_the_prime_minister_speaks_for():
    text = ("Thủ tướng cho biết Ban Cán sự Đảng Chính phủ đã họp về vụ việc ở Bộ Giao thông vận tải. "
            "“Tôi đề nghị Ban Cán sự Đảng phải rút ra bài học” - Thủ tướng nói.")
    assert "Ban cán sự Đảng" in names(text)
