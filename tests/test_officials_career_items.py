"""Career lists whose items carry more than a title: a place after the body, a deputy whose body
is not read, a range of terms, a long lead before the first title (issue 15).

The sentences are our own, written in the shape of corpus biographies.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_place_in_brackets_after_an_item_does_not_end_the_list():
    got = facts("Ông Lê Văn Tâm từng giữ các chức vụ: Phó hiệu trưởng, Hiệu trưởng Trường THPT Lê Lợi "
                "(TP. Đông Hà) rồi Phó giám đốc Sở Giáo dục và Đào tạo.")
    assert got == {
        ("Lê Văn Tâm", "Phó hiệu trưởng", "Trường THPT Lê Lợi", "former"),
        ("Lê Văn Tâm", "Hiệu trưởng", "Trường THPT Lê Lợi", "former"),
        ("Lê Văn Tâm", "Phó giám đốc", "Sở Giáo dục và Đào tạo", "former"),
    }


def test_a_province_in_brackets_after_a_district_committee():
    got = facts("Ông Lê Văn Tâm từng giữ các chức vụ Bí thư Huyện ủy Cam Lộ (tỉnh Quảng Trị), Phó Bí thư "
                "Tỉnh ủy Quảng Trị.")
    assert ("Lê Văn Tâm", "Phó Bí thư", "Tỉnh ủy Quảng Trị", "former") in got
    assert ("Lê Văn Tâm", "Bí thư", "Huyện ủy Cam Lộ", "former") in got


def test_a_district_written_after_a_body_does_not_end_the_list():
    got = facts("Bà Lê Thị Hoa từng đảm nhiệm các chức vụ như: Phó Giám đốc Công ty Thương mại quận 5, "
                "Bí thư Quận đoàn quận 5.")
    assert ("Lê Thị Hoa", "Bí thư", "Quận đoàn quận 5", "former") in got


def test_a_deputy_item_whose_body_is_not_read_does_not_end_the_list():
    # "Phó chủ tịch Quảng Trị": a role and a province, no body written; the items after it stay
    got = facts("Ông Trần Văn Bình từng kinh qua nhiều chức vụ như Chủ tịch UBND huyện Thạch Hà, Giám đốc "
                "Sở Tài chính, Phó chủ tịch Quảng Trị, Phó bí thư, Chủ tịch UBND tỉnh Quảng Trị.")
    assert {("Trần Văn Bình", "Phó bí thư", "Tỉnh ủy Quảng Trị", "former"),
            ("Trần Văn Bình", "Chủ tịch", "UBND tỉnh Quảng Trị", "former"),
            ("Trần Văn Bình", "Giám đốc", "Sở Tài chính", "former")} <= got


def test_a_long_lead_before_the_first_title():
    got = facts("Đồng chí Lê Văn Tâm đã trải qua nhiều cương vị công tác, tiêu biểu là: Ủy viên Ban Chấp "
                "hành Trung ương Đảng các khóa VIII, IX; Bí thư Tỉnh ủy Hà Tây; Thứ trưởng Bộ Công an.")
    assert got == {
        ("Lê Văn Tâm", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "former"),
        ("Lê Văn Tâm", "Bí thư", "Tỉnh ủy Hà Tây", "former"),
        ("Lê Văn Tâm", "Thứ trưởng", "Bộ Công an", "former"),
    }


def test_a_range_of_terms_after_a_title_does_not_end_the_run():
    got = facts("Ông Lê Văn Tâm là Ủy viên Ban Chấp hành Trung ương Đảng khóa IV; đại biểu Quốc hội từ "
                "khóa II đến khóa V; Bộ trưởng Bộ Giao thông vận tải.")
    assert ("Lê Văn Tâm", "Bộ trưởng", "Bộ Giao thông vận tải", "holds") in got
    assert ("Lê Văn Tâm", "đại biểu", "Quốc hội", "holds") in got
    got = facts("Đồng chí Lê Văn Tâm từng là đại biểu Quốc hội từ khóa II đến VI, Bộ trưởng Bộ Giao thông vận tải.")
    assert ("Lê Văn Tâm", "Bộ trưởng", "Bộ Giao thông vận tải", "former") in got


def test_a_period_from_a_year_is_not_a_range_of_terms():
    # "từ năm 2010": a period after the title, which dates it; no term is read
    got = facts("Ông Lê Văn Tâm giữ chức Bí thư Huyện ủy Cam Lộ từ năm 2010 đến năm 2015.")
    assert got == {("Lê Văn Tâm", "Bí thư", "Huyện ủy Cam Lộ", "former")}


def test_career_lines_after_a_line_naming_two_go_to_the_one_named_alone_before():
    text = ("Ông Trần Văn Nam có học hàm giáo sư, là Ủy viên Trung ương Đảng. Chủ tịch Quốc hội Lê Thị Hoa trao "
            "quyết định cho ông Trần Văn Nam. 4/1985-7/1988: Phó Bí thư Thành đoàn Hà Nội. 5/1997-12/1999: Giám "
            "đốc Sở Tư pháp Hà Nội.")
    got = facts(text)
    assert ("Trần Văn Nam", "Phó Bí thư", "Thành đoàn Hà Nội", "former") in got
    assert ("Trần Văn Nam", "Giám đốc", "Sở Tư pháp Hà Nội", "former") in got
    assert not any(p[0] == "Lê Thị Hoa" and p[1] != "Chủ tịch" for p in got)


def test_career_lines_after_a_line_naming_two_strangers_go_to_nobody():
    text = ("Chủ tịch Quốc hội Lê Thị Hoa trao quyết định cho ông Trần Văn Nam. 4/1985-7/1988: Phó Bí thư "
            "Thành đoàn Hà Nội.")
    got = facts(text)
    assert not any(p[1] == "Phó Bí thư" for p in got)
