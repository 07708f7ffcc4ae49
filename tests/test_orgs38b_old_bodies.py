"""Bodies named as history and local news write them (orgs38b): the ministries of the 1950s-1980s ("Bộ Thủy
lợi", "Bộ Nông lâm") and the resistance's committees ("Ủy ban hành chính kháng chiến tỉnh X"); the zones
numbered by a Roman numeral ("Liên khu ủy IV", "Khu ủy khu V", "Liên khu V"); a body whose name ends with a
commune's name that begins with a family name, its holder named before the title ("Ông A, Giám đốc Hợp tác
xã Dịch vụ Long Hòa,"); the fund for the poor; a country's section of an intergovernmental committee; a
numbered ward before its officer's name ("phường Tân Lập 2 Lê Văn A"); a steering committee founded to
compile a report, and written bare after; "THADS" for "Thi hành án dân sự". The sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts

TITLE = "Tin địa phương"


def posts(text: str) -> set[tuple[str, str, str, str]]:
    return pipeline_posts(text, TITLE)


def names(text: str) -> set[str]:
    return {name for name, _ in pipeline_orgs(text)}


def test_a_ministry_of_the_planned_economy():
    assert posts("Ông Đỗ Văn Năm, Bộ trưởng Bộ Thủy lợi, dự họp.") == {
        ("Đỗ Văn Năm", "Bộ trưởng", "Bộ Thủy lợi", "holds")}
    assert "Bộ Nông lâm" in names("Năm 1958, ông Đỗ Văn Năm làm Thứ trưởng Bộ Nông lâm.")


def test_the_resistance_committee_of_a_province():
    assert posts("Ông Lê Văn Tám, Chủ tịch Ủy ban hành chính kháng chiến tỉnh Phú Yên, dự họp.") == {
        ("Lê Văn Tám", "Chủ tịch", "Ủy ban hành chính kháng chiến tỉnh Phú Yên", "former")}
    assert names("Năm 1960, ông Lê Văn Tám làm Chủ tịch Ủy ban hành chính tỉnh Phú Yên.") == {
        "Ủy ban hành chính tỉnh Phú Yên"}


def test_a_zone_numbered_by_a_roman_numeral():
    assert posts("Ông Đỗ Văn Ba, Phó Bí thư Liên khu ủy IV, dự họp.") == {
        ("Đỗ Văn Ba", "Phó Bí thư", "Liên khu ủy IV", "former")}
    assert posts("Ông Nguyễn Văn Hải, Tư lệnh Liên khu V, dự họp.") == {
        ("Nguyễn Văn Hải", "Tư lệnh", "Liên khu V", "former")}
    assert posts("Ông Lê Văn Tám, Phó Bí thư Khu ủy khu V, dự họp.") == {
        ("Lê Văn Tám", "Phó Bí thư", "Khu ủy khu V", "holds")}
    # the inter-zones and the resistance committees no longer exist, so their posts are former (status39);
    # "Khu ủy" names bodies of today as well, so it keeps the status its sentence gives
    # a region's own name after "Khu ủy" is no zone's number
    assert names("Ông Lý Văn Hoa, Bí thư Khu ủy Khu tự trị dân tộc Hồi Ninh Hạ, dự họp.") == {
        "Khu ủy Khu tự trị dân tộc Hồi Ninh Hạ"}
    # a Roman numeral after a congress is its number, no zone's
    assert names("Đại hội XII của Đảng đã bầu Ban Chấp hành Trung ương.") == {
        "Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương Đảng"}


def test_a_cooperative_named_after_its_commune_whose_name_begins_with_a_family_name():
    assert posts("Ông Phạm Văn Tư, Giám đốc Hợp tác xã Dịch vụ Long Hòa, dự họp.") == {
        ("Phạm Văn Tư", "Giám đốc", "Hợp tác xã Dịch vụ Long Hòa", "holds")}
    assert posts("Ông Phạm Văn Tư, Giám đốc HTX Rau sạch Long Hòa, dự họp.") == {
        ("Phạm Văn Tư", "Giám đốc", "HTX Rau sạch Long Hòa", "holds")}
    # the holder named after the body stays a person
    assert posts("Giám đốc Hợp tác xã Dịch vụ Lê Văn Hòa dự họp.") == {
        ("Lê Văn Hòa", "Giám đốc", "Hợp tác xã Dịch vụ", "holds")}


def test_the_fund_for_the_poor():
    assert names("Ông Lê Văn Hà cho Quỹ Vì người nghèo của xã mượn tiền.") == {"Quỹ Vì người nghèo"}


def test_a_section_of_an_intergovernmental_committee():
    assert posts("Ông Lê Văn Hà, Chủ tịch Phân ban Hợp tác Việt Nam - Campuchia, dự họp.") == {
        ("Lê Văn Hà", "Chủ tịch", "Phân ban Hợp tác Việt Nam - Campuchia", "holds")}


def test_a_numbered_ward_before_its_officers_name():
    assert posts("Theo Bí thư Đảng ủy phường Tân Lập 2 Lê Văn Hòa, phường đang làm đường.") == {
        ("Lê Văn Hòa", "Bí thư", "Đảng ủy phường Tân Lập 2", "holds")}
    # a count after a village's name is no number of it
    assert names("Ông Lê Văn Hòa, trưởng thôn Đông Hà 3 năm liền, dự họp.") == {"thôn Đông Hà"}


def test_a_steering_committee_founded_to_compile_a_report_then_written_bare():
    got = pipeline_orgs("Tỉnh lập Ban chỉ đạo tổng hợp báo cáo về sức khỏe học đường. Trước mắt Ban chỉ đạo chỉ "
                        "tập trung vào các trường tiểu học.")
    assert {name for name, _ in got} == {"Ban Chỉ đạo tổng hợp báo cáo về sức khỏe học đường"}


def test_civil_judgment_enforcement_abbreviated():
    got = pipeline_orgs("Ông Lê Văn Hà, Cục trưởng Cục THADS Nghệ An, dự họp. Cục Thi hành án dân sự tỉnh Nghệ An "
                        "đã báo cáo.")
    assert got == [("Cục Thi hành án dân sự tỉnh Nghệ An", "Cục THADS Nghệ An"),
                   ("Cục Thi hành án dân sự tỉnh Nghệ An", "Cục Thi hành án dân sự tỉnh Nghệ An")]
