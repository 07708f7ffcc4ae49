"""Organizations, round 35 (orgs35b): bodies whose names kg cut or read as another body. A fixed name
followed by a dash and a second field is a longer name; "Trung ương" before a mass organization is that
organization's central committee, not the Party's; a command keeps its region's number; a body that needs
its place lends no name to its head word; a mixed-case short name in brackets is the body's; a deputies'
group keeps its constituency; a few heads kg did not know. The sentences are our own; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts


def names(text: str) -> list[str]:
    return [name for name, _ in pipeline_orgs(text)]


def test_a_fixed_committee_name_goes_on_over_a_dash_and_a_second_field():
    text = "Ông Lê Văn Nam, Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh Nghệ An, báo cáo tại hội nghị."
    assert ("Lê Văn Nam", "Trưởng", "Ban Kinh tế - Xã hội Hội Nông dân tỉnh Nghệ An", "holds") \
        in pipeline_posts(text, "Tin tức")
    assert "Ban Kinh tế" not in names(text)
    # a dash before another body's head still ends the name
    text = "Ông Trần Văn Sáu, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh - Đoàn đại biểu các cơ quan."
    assert ("Trần Văn Sáu", "Phó Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh", "holds") \
        in pipeline_posts(text, "Tin tức")


def test_trung_uong_before_a_mass_organization_is_its_central_committee():
    text = "Ông Phạm Văn Lợi, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam, phát biểu chỉ đạo."
    got = pipeline_orgs(text)
    assert ("Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Nông dân Việt Nam") in got
    assert "Ban Chấp hành Trung ương Đảng" not in [name for name, _ in got]
    assert ("Phạm Văn Lợi", "Phó Chủ tịch", "Trung ương Hội Nông dân Việt Nam", "holds") \
        in pipeline_posts(text, "Tin tức")


def test_trung_uong_before_the_front_is_the_fronts_central_committee():
    got = names("Tổng thư ký Trung ương MTTQ Việt Nam Hoàng Văn Đam đọc báo cáo tổng hợp ý kiến cử tri.")
    assert got == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]


def test_a_command_keeps_its_military_regions_number():
    got = names("Ngày 3/5, Bộ Tư lệnh Quân khu 7 tổ chức lễ trao quyết định.")
    assert "Bộ Tư lệnh Quân khu 7" in got
    assert "Bộ Tư lệnh Quân khu" not in got


def test_the_procuracy_written_half_short_takes_its_place():
    text = "Ông Đỗ Văn An, Phó Viện trưởng Viện KSND huyện Tiên Lãng, công bố quyết định."
    assert ("Viện Kiểm sát nhân dân huyện Tiên Lãng", "Viện KSND huyện Tiên Lãng") in pipeline_orgs(text)


def test_the_procuracy_without_a_place_lends_no_name_to_the_institute():
    assert names("Viện KSND hai cấp tỉnh đã thụ lý 20 vụ án.") == []
    assert names("Viện KSND một số huyện chưa thụ lý kịp thời.") == []


def test_a_mixed_case_short_name_in_brackets_is_the_body_it_follows():
    text = ("Tổng công ty Cơ khí Xây dựng (VNMech) đã tổ chức hội nghị. Ông Lê Văn Hòa, nguyên Tổng giám đốc "
            "VNMech, bị khởi tố. Ông Trần Văn Bình, Chủ tịch Hội đồng thành viên VNMech, có mặt.")
    posts = pipeline_posts(text, "Tin tức")
    assert ("Lê Văn Hòa", "Tổng giám đốc", "VNMech", "former") in posts
    assert ("Trần Văn Bình", "Chủ tịch", "Hội đồng thành viên VNMech", "holds") in posts
    assert ("Tổng công ty Cơ khí Xây dựng", "VNMech") in pipeline_orgs(text)


def test_a_deputies_group_keeps_its_constituency_written_short():
    got = names("Tổ đại biểu Quốc hội đơn vị số 3 tỉnh Nghệ An đã tiếp xúc cử tri huyện Nam Đàn.")
    assert "Tổ đại biểu Quốc hội đơn vị số 3 tỉnh Nghệ An" in got


def test_a_capitalised_working_group_with_its_task_is_a_body():
    got = names("UBND tỉnh ban hành quyết định thành lập Tổ công tác đặc biệt hỗ trợ nhà đầu tư Nhật Bản, "
                "do một Phó Chủ tịch làm Tổ trưởng.")
    assert "Tổ công tác đặc biệt hỗ trợ nhà đầu tư Nhật Bản" in got
    # in lower case, bare, or named by its kind alone (even capitalised at a sentence's start), none
    assert names("Sở sẽ lập tổ công tác để tháo gỡ vướng mắc.") == []
    assert names("Tổ công tác đã phát hiện nhiều sai phạm.") == []
    assert names("Tổ công tác liên ngành đã thẩm định và báo cáo Thủ tướng.") == []


def test_a_friendship_group_of_parliamentarians_is_a_body():
    got = names("Nhóm nghị sĩ hữu nghị Việt Nam - Lào đã tiếp đoàn đại biểu Quốc hội Lào.")
    assert "Nhóm nghị sĩ hữu nghị Việt Nam - Lào" in got


def test_the_asean_parliaments_union_is_one_body():
    got = names("Đoàn dự Đại hội đồng Liên minh Nghị viện Hiệp hội các quốc gia Đông Nam Á (AIPA) lần thứ 45.")
    assert set(got) == {"Liên minh Nghị viện ASEAN"}


def test_a_trade_agency_known_by_its_acronym():
    text = ("Ông Kim Tae-ho, Giám đốc Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA) tại Hà Nội, "
            "dự buổi làm việc.")
    assert ("Kim Tae-ho", "Giám đốc", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc", "holds") \
        in pipeline_posts(text, "Tin tức")


def test_the_party_one_is_expelled_from_is_no_body_of_the_report():
    assert names("Ủy ban Kiểm tra Trung ương đề nghị khai trừ ông Lò Văn Mạnh ra khỏi Đảng.") \
        == ["Ủy ban Kiểm tra Trung ương"]
    assert names("Ông Lò Văn Mạnh bị cách tất cả các chức vụ trong Đảng.") == []
    # the Party that acts or owns is still named
    assert names("Đảng lãnh đạo toàn diện công tác cán bộ.") == ["Đảng Cộng sản Việt Nam"]
    assert names("Ông luôn chấp hành nghiêm đường lối của Đảng.") == ["Đảng Cộng sản Việt Nam"]
