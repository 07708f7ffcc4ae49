"""Directives, round 28 (directives36): documents named without a number on reports nobody tuned for:
declarations, memoranda, arrangements and protocols two states sign, named like treaties."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def _named(text: str, *orgs: tuple[str, str]) -> list[tuple[str | None, str | None, str | None]]:
    """(type word as written, name, title) of every document found without a symbol, in order."""
    return [(d.type_word, d.name, d.title) for d in extracted(text, *orgs).values() if d.symbol is None]


def test_a_declaration_and_a_memorandum_are_named_like_treaties():
    assert _named("Hai bên nhất trí thực hiện nghiêm Tuyên bố về ứng xử của các bên ở Biển Đông, đồng thời ký "
                  "Bản ghi nhớ về hợp tác đào tạo trong lĩnh vực y tế cơ sở.") == [
        ("Tuyên bố", "Tuyên bố về ứng xử của các bên ở Biển Đông", "về ứng xử của các bên ở Biển Đông"),
        ("Bản ghi nhớ", "Bản ghi nhớ về hợp tác đào tạo trong lĩnh vực y tế cơ sở",
         "về hợp tác đào tạo trong lĩnh vực y tế cơ sở"),
    ]


def test_a_joint_declaration_keeps_its_whole_type_word_and_a_horizon_stays_in_the_name():
    assert _named("Hai Bộ trưởng đánh giá cao việc triển khai Tuyên bố tầm nhìn chung về hợp tác nông nghiệp đến "
                  "năm 2030 và Tuyên bố chung Việt Nam - Lào được ký năm ngoái.") == [
        ("Tuyên bố", "Tuyên bố tầm nhìn chung về hợp tác nông nghiệp đến năm 2030",
         "tầm nhìn chung về hợp tác nông nghiệp đến năm 2030"),
        ("Tuyên bố chung", "Tuyên bố chung Việt Nam - Lào", "Việt Nam - Lào"),
    ]


def test_an_arrangement_and_a_protocol_end_at_what_is_said_of_them():
    assert _named("Lãnh đạo hai tỉnh ký kết Thỏa thuận về phối hợp quản lý cửa khẩu trong tình hình mới, cam kết "
                  "thực hiện Nghị định thư về quy chế biên giới một cách nghiêm túc.") == [
        ("Thỏa thuận", "Thỏa thuận về phối hợp quản lý cửa khẩu trong tình hình mới",
         "về phối hợp quản lý cửa khẩu trong tình hình mới"),
        ("Nghị định thư", "Nghị định thư về quy chế biên giới", "về quy chế biên giới"),
    ]
    assert _named("Theo Biên bản ghi nhớ Hợp tác du lịch ký kết giữa hai tỉnh, mỗi bên cử một tổ công tác.") == [
        ("Biên bản ghi nhớ", "Biên bản ghi nhớ Hợp tác du lịch", "Hợp tác du lịch")]


def test_several_agreements_name_none():
    assert _named("Hai bên đã ký kết nhiều Thỏa thuận hợp tác kinh tế kỹ thuật.") == []
    assert _named("Hai nước cần thực hiện tốt các Tuyên bố chung và Thỏa thuận cấp cao giữa lãnh đạo hai nước.") == []


def test_a_quoted_treaty_name_keeps_its_title_not_the_next_quote():
    assert _named("Hai bên cam kết thực hiện hiệu quả “Tuyên bố về ứng xử của các bên ở Biển Đông” (DOC), trên cơ "
                  "sở đó sớm xây dựng “Bộ Quy tắc ứng xử ở Biển Đông” (COC).")[0] == (
        "Tuyên bố", "Tuyên bố về ứng xử của các bên ở Biển Đông", "về ứng xử của các bên ở Biển Đông")


def test_an_agreement_runs_over_tai_khu_vuc():
    assert _named("Hai bên triển khai Hiệp định về quản lý tàu cá tại khu vực cửa sông biên giới; đồng thời "
                  "mở thêm cửa khẩu.") == [
        ("Hiệp định", "Hiệp định về quản lý tàu cá tại khu vực cửa sông biên giới",
         "về quản lý tàu cá tại khu vực cửa sông biên giới")]


def test_with_whom_a_meeting_was_held_ends_the_title():
    assert _named("Tại hội nghị triển khai Nghị quyết Quốc hội về kế hoạch đầu tư công năm 2021 với lãnh đạo các "
                  "tỉnh phía Nam tại Cần Thơ, Thủ tướng yêu cầu giải ngân nhanh.", ("Quốc hội", "national")) == [
        ("Nghị quyết", "Nghị quyết về kế hoạch đầu tư công năm 2021", "về kế hoạch đầu tư công năm 2021")]


def test_with_whom_stays_in_the_title_after_a_meeting_word():
    assert _named("Văn phòng Chính phủ có thông báo kết luận buổi làm việc với lãnh đạo tỉnh Cà Mau về phát triển "
                  "thủy sản.", ("Văn phòng Chính phủ", "national"))[0][2] \
        == "kết luận buổi làm việc với lãnh đạo tỉnh Cà Mau về phát triển thủy sản"


def test_items_of_a_numbered_list_glued_to_each_other_are_named():
    text = ("Các dự án sẽ được thông qua tại kỳ họp:\n1. Luật đo đạc (sửa đổi)2. Luật hóa chất3. Luật đường "
            "bộ4. Nghị quyết về chương trình giám sát năm 20085 dự án sẽ được cho ý kiến.")
    assert [(t, title) for t, _, title in _named(text)] == [
        ("Luật", "đo đạc (sửa đổi)"), ("Luật", "hóa chất"), ("Luật", "đường bộ"),
        ("Nghị quyết", "về chương trình giám sát năm 2008")]


def test_cooperation_between_two_counted_parties_names_no_treaty():
    assert _named("Hai bên cần thực hiện tốt Thỏa thuận hợp tác giữa hai Bộ và Hiệp định hợp tác giữa hai Chính "
                  "phủ.") == []
    assert _named("Hai bên cần thực hiện tốt Thỏa thuận hợp tác giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào.")[0][1] \
        == "Thỏa thuận hợp tác giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào"


def test_a_local_party_congress_resolution_is_named_by_the_committee():
    assert _named("Ông yêu cầu các cấp sớm đưa nghị quyết Đại hội Đảng bộ TP vào cuộc sống.") == [
        ("nghị quyết", "nghị quyết Đại hội Đảng bộ TP", None)]
    assert _named("Các địa phương cần thực hiện nghị quyết đại hội Đảng bộ các cấp.") == []


def test_a_local_committee_plenum_resolution_in_lower_case_is_named_by_its_number():
    assert _named("Cuối ngày, hội nghị đã thông qua nghị quyết của hội nghị lần 5 Ban chấp hành Đảng bộ tỉnh, giao "
                  "Ban Thường vụ chỉ đạo thực hiện.") == [
        ("nghị quyết", "nghị quyết hội nghị lần 5 Ban chấp hành Đảng bộ tỉnh", None)]


def test_the_committee_alone_is_the_congress_the_report_numbers():
    assert [name for _, name, _ in _named(
        "Quận tập trung thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ II. Năm đầu thực hiện Nghị quyết Đại hội "
        "Đảng bộ quận, thu ngân sách tăng 9%.")] == ["Nghị quyết Đại hội Đảng bộ quận lần thứ II"]


def test_a_local_congress_numbered_before_its_committee_is_not_the_national_congress():
    found = extracted("Tỉnh quyết tâm hoàn thành Nghị quyết Đại hội XI Đảng bộ tỉnh và Nghị quyết Đại hội XII của "
                      "Đảng.")
    assert [(d.name, d.identity) for d in found.values()] == [
        ("Nghị quyết Đại hội XI Đảng bộ tỉnh", "Nghị quyết Đại hội XI Đảng bộ tỉnh|report t"),
        ("Nghị quyết Đại hội XII", "name:NQ:nghị quyết đại hội xii")]
    assert [name for _, name, _ in _named("Sau 5 năm thực hiện nghị quyết Đại hội lần XIII Đảng bộ TP.HCM, kinh "
                                          "tế tăng trưởng khá.")] == ["nghị quyết Đại hội lần XIII Đảng bộ TP.HCM"]


def test_a_local_congress_named_with_of_keeps_its_city_and_number():
    assert [name for _, name, _ in _named("UBND TP quyết tâm thực hiện thắng lợi nghị quyết của Đại hội Đảng bộ TP. "
                                          "Vĩnh Long lần thứ 12 trong năm nay.")] \
        == ["nghị quyết Đại hội Đảng bộ TP. Vĩnh Long lần thứ 12"]


def test_a_lower_case_law_word_before_a_capitalised_name_names_the_law():
    assert [name for _, name, _ in _named("Các dự luật được thông qua gồm: luật Thủy sản (sửa đổi); luật Quản lý nợ "
                                          "công; bộ luật Lao động.")] \
        == ["luật Thủy sản (sửa đổi)", "luật Quản lý nợ công", "bộ luật Lao động"]


def test_discipline_is_no_law():
    assert _named("Ban Thường vụ đã thi hành kỷ luật Đảng với ông A và kỷ luật Thứ trưởng Nguyễn Văn B.") == []


def test_a_plan_named_by_what_it_sets_up_or_adjusts():
    assert [title for _, _, title in _named("Bộ Nội vụ đang xây dựng đề án thành lập Trường Đại học Y tế Hải Dương. "
                                            "Bộ cũng trình đề án điều chỉnh phụ cấp công vụ cho cán bộ cấp xã.")] \
        == ["thành lập Trường Đại học Y tế Hải Dương", "điều chỉnh phụ cấp công vụ cho cán bộ cấp xã"]


def test_a_plan_title_ends_at_when_it_is_due_at_the_next_clause_and_at_a_run_on_caption():
    assert _named("Thủ tướng yêu cầu sớm trình đề án phát triển du lịch cộng đồng Go Local trong tháng 3, bảo đảm "
                  "tiến độ.")[0][2] == "phát triển du lịch cộng đồng Go Local"
    assert _named("Tỉnh đã phê duyệt đề án sắp xếp trường học đến năm 2025 và chưa ban hành kế hoạch thực "
                  "hiện.")[0][2] == "sắp xếp trường học đến năm 2025"
    assert _named("UBND TP đã phê duyệt đề án thành lập Trung tâm dịch vụ công của quận Theo đề án, trung tâm có "
                  "20 biên chế.")[0][2] == "thành lập Trung tâm dịch vụ công của quận"


def test_a_numbered_five_year_plan_is_one_plan_in_either_case():
    assert _named("Năm 2026 là năm đầu thực hiện quy hoạch 5 năm lần thứ 15 của nước bạn.") == [
        ("quy hoạch", "Quy hoạch 5 năm lần thứ 15", "5 năm lần thứ 15")]
    assert _named("Kỳ họp đã thông qua Quy hoạch 5 năm thứ 15 của nước bạn.")[0][2] == "5 năm thứ 15"


def test_a_known_law_name_in_lower_case_names_the_law():
    assert [name for _, name, _ in _named("Cần ban hành một số luật như luật đầu tư, luật đấu thầu để bảo đảm việc "
                                          "thực thi luật kiểm toán nhà nước.")] \
        == ["luật đầu tư", "luật đấu thầu", "luật kiểm toán nhà nước"]
    assert _named("Người dân cần chấp hành luật giao thông và luật lao động.") == []


def test_a_known_law_name_after_ve_is_the_field_and_a_shortened_name_is_the_longer_law():
    assert _named("Nhiều quyết định vi phạm quy định về luật đất đai.") == []
    assert [name for _, name, _ in _named("Quốc hội thảo luận Luật kiểm toán Nhà nước. Dự luật kiểm toán sẽ được "
                                          "thông qua tại kỳ họp sau.")] == ["Luật kiểm toán Nhà nước"]
    assert [name for _, name, _ in _named("Cần sửa luật đầu tư và luật đầu tư nước ngoài.")] \
        == ["luật đầu tư", "luật đầu tư nước ngoài"]
