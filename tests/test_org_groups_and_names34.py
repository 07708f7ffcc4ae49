"""Organizations, round 34 (orgs34): a group sent out for one trip is no body of its own unless a
fact holds it; a body named as it was called in its years keeps that name. The sentences are our
own; the names are made up."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def names(text: str) -> list[str]:
    return [name for name, _ in pipeline_orgs(text, date="2017-05-03")]


def test_a_working_delegation_is_no_body_but_its_sender_is():
    got = names("Đoàn công tác của Tổng cục Du lịch đã về Hà Giang khảo sát các điểm du lịch.")
    assert got == ["Tổng cục Du lịch"]


def test_a_working_delegation_held_by_its_head_s_post_stays():
    got = names("Ông Nguyễn Văn Sơn, Trưởng đoàn công tác của Bộ Công an, phát biểu tại buổi làm việc.")
    assert "Đoàn công tác của Bộ Công an" in got
    assert "Bộ Công an" in got


def test_an_inspection_team_stays_a_body():
    got = names("Đoàn kiểm tra số 12 của Bộ Chính trị đã làm việc với Ban Thường vụ Tỉnh ủy Hà Giang.")
    assert "Đoàn kiểm tra số 12 của Bộ Chính trị" in got


def test_the_youth_union_under_its_earlier_name_keeps_that_name():
    got = pipeline_orgs("Từ năm 1959, ông làm Ủy viên Thường vụ Trung ương Đoàn Thanh niên Lao động VN, "
                        "phụ trách nông nghiệp.")
    assert ("Ban Thường vụ Trung ương Đoàn Thanh niên Lao động Việt Nam",
            "Thường vụ Trung ương Đoàn Thanh niên Lao động VN") in got
    assert not any("Cộng sản Hồ Chí Minh" in name for name, _ in got)


def test_a_commune_whose_name_begins_with_a_family_name_stays_whole():
    got = pipeline_orgs("Đại diện UBND huyện Mỹ Đức và UBND xã Đồng Tâm đã dự buổi đối thoại.")
    assert ("Ủy ban nhân dân xã Đồng Tâm", "UBND xã Đồng Tâm") in got


def test_a_person_s_three_words_after_a_district_body_are_no_place():
    got = pipeline_orgs("Ông A, Chủ tịch UBND huyện Trần Đăng Ánh, cho biết.")
    assert not any("Trần" in name for name, _ in got)


def test_a_place_s_delegation_is_the_delegation_not_the_place():
    got = pipeline_orgs("Ông Lê Văn Tám (Đoàn đại biểu TP.HCM): Tôi đề nghị tăng đầu tư cho giáo dục.")
    assert got == [("Đoàn đại biểu thành phố Hồ Chí Minh", "Đoàn đại biểu TP.HCM")]


def test_a_delegation_of_bodies_is_no_delegation_of_a_province():
    got = names("Chiều 7/7, Đoàn đại biểu Tỉnh ủy, HĐND tỉnh Hà Nam đã đến dâng hương.")
    assert not any(name.startswith("Đoàn đại biểu") for name in got)
    assert "Hội đồng nhân dân tỉnh Hà Nam" in got


def test_party_groups_and_councils_named_in_lower_case_in_a_rule_are_kinds():
    got = names("Khi cần bổ sung uỷ viên ban cán sự đảng, đảng đoàn còn thiếu, Ban Thường vụ Tỉnh ủy Hà Nam "
                "giới thiệu để hội đồng nhân dân bầu.")
    assert "Ban cán sự Đảng" not in got
    assert "Hội đồng nhân dân" not in got


def test_a_lower_case_group_with_its_owner_or_a_holder_stays():
    got = names("Ông Lê Văn An là Bí thư ban cán sự đảng, Bộ trưởng Bộ Tài chính.")
    assert "Ban cán sự Đảng Bộ Tài chính" in got


def test_a_company_s_acronym_after_its_name_is_that_company_later():
    got = pipeline_orgs("Tổng công ty Điện lực Việt Nam (EVN) đã tăng giá điện. Ông Lê An, Chủ tịch HĐQT EVN, "
                        "cho biết EVN lỗ.")
    assert {name for name, _ in got} == {"Tổng công ty Điện lực Việt Nam",
                                         "Hội đồng quản trị Tổng công ty Điện lực Việt Nam"}


def test_a_brand_after_a_company_s_name_is_that_company_later():
    got = names("Tổng công ty Cơ khí xây dựng Hà Nam (Hacoma) đã họp. Hội đồng quản trị Hacoma quyết định. "
                "Hacoma sẽ cổ phần hóa.")
    assert set(got) == {"Tổng công ty Cơ khí xây dựng Hà Nam", "Hội đồng quản trị Tổng công ty Cơ khí xây dựng Hà Nam"}


def test_initials_inside_a_company_s_name_before_its_brand():
    got = names("Ông Lê Tư, Bí thư Đảng ủy Tổng Công ty (TCT) Cơ khí xây dựng Hà Nam (HACOMA), phát biểu. "
                "Đảng ủy TCT đã họp.")
    assert "Đảng ủy TCT" not in got and "TCT" not in got
    assert got.count("Đảng ủy Tổng công ty Cơ khí xây dựng Hà Nam") == 2


def test_a_known_body_s_acronym_after_a_misspelt_name_keeps_the_known_body():
    got = names("Hội nghị do Liên minh Nghị viên thế giới (IPU) tổ chức. Tổng thư ký IPU phát biểu.")
    assert "Liên minh Nghị viện Thế giới" in got


def test_a_steering_committee_founded_is_named_by_its_task():
    got = names("Thủ tướng đã quyết định lập Ban chỉ đạo xây dựng báo cáo tình hình giáo dục do Phó Thủ tướng "
                "làm trưởng ban.")
    assert got == ["Ban Chỉ đạo xây dựng báo cáo tình hình giáo dục"]


def test_a_founded_committee_s_task_stops_before_a_quoted_title():
    got = names('Ban Bí thư đã thành lập Ban chỉ đạo xây dựng Đề án "tiếp tục đổi mới, sắp xếp bộ máy".')
    assert "Ban Chỉ đạo xây dựng Đề án" in got


def test_a_country_s_syllable_starting_a_common_word_does_not_end_a_name():
    got = names("Giải thưởng trao cho Báo Đời sống và Pháp luật, Viện Nhà nước và Pháp luật.")
    assert got == ["Báo Đời sống và Pháp luật", "Viện Nhà nước và Pháp luật"]


def test_a_country_still_ends_a_name():
    got = names("Đảng Cộng sản Pháp và nhân dân Pháp đã ủng hộ.")
    assert "Đảng Cộng sản Pháp" in got


def test_a_party_organisation_of_a_body():
    got = names("Thi hành kỷ luật cách chức Uỷ viên Ban Chấp hành Đảng bộ Quân chủng Hải quân nhiệm kỳ 2015 - 2020. "
                "Văn kiện Đại hội Đảng bộ Công ty Hòa Bình nhiệm kỳ 2005 - 2008 đã nêu rõ.")
    assert "Ban Chấp hành Đảng bộ Quân chủng Hải quân" in got
    assert "Đảng bộ Công ty Hòa Bình" in got
    assert "Đảng bộ" not in got and "Ban Chấp hành Đảng bộ" not in got


def test_the_party_s_organisation_of_a_province_written_with_the_party_s_name():
    got = pipeline_orgs("1984-1986: Phó bí thư Ban Chấp hành Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Nam.")
    assert ("Ban Chấp hành Đảng bộ tỉnh Hà Nam", "Ban Chấp hành Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Nam") in got


def test_a_team_written_by_its_number_alone_is_the_owned_team_of_that_number():
    got = names("Ông Vương Đình Huệ, Trưởng Đoàn kiểm tra số 471 của Bộ Chính trị, đã dự. "
                "Trưởng Đoàn kiểm tra số 471, Phó Thủ tướng Vương Đình Huệ cho biết.")
    assert "Đoàn kiểm tra số 471" not in got
    assert got.count("Đoàn kiểm tra số 471 của Bộ Chính trị") == 2
