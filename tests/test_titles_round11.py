"""Titles the parser did not read in the tenth round (issue 15): role words and abbreviations missing
from roles.tsv, a bare company role written before a Party committee's title, and a secretary role
whose body is the one a sentence names before it. Each sentence is written in the shape seen in the
corpus; the posts out are exact."""

from __future__ import annotations

from tests.fixtures_officials import officials, posts_of


def test_a_first_deputy_keeps_first_in_the_role():
    ex = officials("Ông Trần Văn Hùng, Phó Chủ nhiệm thứ nhất Ủy ban Kế hoạch Nhà nước, cho biết kế hoạch đã xong.")
    assert posts_of(ex) == {("Trần Văn Hùng", "Phó Chủ nhiệm thứ nhất", "Ủy ban Kế hoạch Nhà nước")}


def test_a_first_deputy_prime_minister_needs_no_body():
    ex = officials("Ông Trần Văn Hùng, Phó Thủ tướng thứ nhất, đã tiếp đoàn công tác.")
    assert posts_of(ex) == {("Trần Văn Hùng", "Phó Thủ tướng thứ nhất", None)}


def test_company_officers_with_their_company():
    ex = officials("Ông Trần Văn Hùng, Kế toán trưởng Công ty Thép Miền Trung, và ông Lê Văn Nam, "
                   "Kiểm soát viên Tổng công ty Giấy Việt Nam, đã bị khiển trách.")
    assert posts_of(ex) == {
        ("Trần Văn Hùng", "Kế toán trưởng", "Công ty Thép Miền Trung"),
        ("Lê Văn Nam", "Kiểm soát viên", "Tổng công ty Giấy Việt Nam"),
    }


def test_a_deputy_head_of_an_institute_written_vien_pho():
    ex = officials("Ông Trần Văn Hùng được điều động sang làm viện phó Viện Nghiên cứu phát triển tỉnh.")
    assert posts_of(ex) == {("Trần Văn Hùng", "viện phó", "Viện Nghiên cứu phát triển")}


def test_a_bare_role_word_written_alone_is_still_no_post():
    # "Kiểm soát viên" needs its body like any company role: alone in running text it is none
    assert posts_of(officials("Ông Trần Văn Hùng nói kiểm soát viên phải độc lập.")) == set()


def test_politburo_and_central_committee_members_written_short():
    ex = officials("Dự hội nghị có ông Trần Văn Hùng, UVBCT, Bí thư Thành ủy Hà Nội; ông Lê Văn Nam, "
                   "UVTƯ Đảng, Bí thư Tỉnh ủy Bắc Kạn; ông Phạm Văn Bình, UV Bộ Chính trị, Chủ tịch Quốc hội.")
    assert posts_of(ex) == {
        ("Trần Văn Hùng", "Ủy viên", "Bộ Chính trị"),
        ("Trần Văn Hùng", "Bí thư", "Thành ủy Hà Nội"),
        ("Lê Văn Nam", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
        ("Lê Văn Nam", "Bí thư", "Tỉnh ủy Bắc Kạn"),
        ("Phạm Văn Bình", "Ủy viên", "Bộ Chính trị"),
        ("Phạm Văn Bình", "Chủ tịch", "Quốc hội"),
    }


def test_a_bare_role_before_committee_titles_takes_the_company_after_them():
    ex = officials("Trên cương vị Phó Bí thư Đảng ủy, Tổng giám đốc, Bí thư Đảng ủy, Chủ tịch HĐQT Tổng công ty "
                   "Thép Miền Trung, ông Trần Văn Hùng đã để xảy ra thua lỗ.")
    assert posts_of(ex) == {
        ("Trần Văn Hùng", "Phó Bí thư", "Đảng ủy"),
        ("Trần Văn Hùng", "Tổng giám đốc", "Tổng công ty Thép Miền Trung"),
        ("Trần Văn Hùng", "Bí thư", "Đảng ủy"),
        ("Trần Văn Hùng", "Chủ tịch", "HĐQT Tổng công ty Thép Miền Trung"),
    }


def test_a_director_then_board_chairman_directs_the_company_not_the_board():
    ex = officials("Ông Trần Văn Hùng từng làm Tổng giám đốc rồi Chủ tịch Hội đồng quản trị Công ty cổ phần "
                   "Xây lắp Miền Trung.")
    assert posts_of(ex) == {
        ("Trần Văn Hùng", "Tổng giám đốc", "Công ty cổ phần Xây lắp Miền Trung"),
        ("Trần Văn Hùng", "Chủ tịch", "Hội đồng quản trị Công ty cổ phần Xây lắp Miền Trung"),
    }


def test_a_party_member_role_before_committee_titles_is_not_the_departments():
    ex = officials("Thiếu tướng Trần Văn Hùng, nguyên Đảng ủy viên, Bí thư Đảng ủy, Cục trưởng Cục Cảnh sát kinh tế, "
                   "chịu trách nhiệm về vi phạm.")
    assert posts_of(ex) == {
        ("Trần Văn Hùng", "Đảng ủy viên", None),
        ("Trần Văn Hùng", "Bí thư", "Đảng ủy"),
        ("Trần Văn Hùng", "Cục trưởng", "Cục Cảnh sát kinh tế"),
    }


def test_deputy_secretaries_listed_after_their_committee():
    ex = officials("Thành ủy Hải Phòng có 3 Phó Bí thư, gồm: ông Trần Văn Hùng, ông Lê Văn Nam và bà Nguyễn Thị Lan.")
    assert posts_of(ex) == {
        ("Trần Văn Hùng", "Phó Bí thư", "Thành ủy Hải Phòng"),
        ("Lê Văn Nam", "Phó Bí thư", "Thành ủy Hải Phòng"),
        ("Nguyễn Thị Lan", "Phó Bí thư", "Thành ủy Hải Phòng"),
    }


def test_a_deputy_of_a_division_or_an_office_written_with_the_units_noun():
    # "Phó phòng X", "Phó Văn phòng X": "Phó" of the unit, its noun shared with the role (as "Phó ban X")
    ex = officials("Bà Nguyễn Thị Lan, Phó phòng Nội vụ huyện Gia Lâm, và ông Trần Văn Hùng, Phó Văn phòng Tỉnh ủy "
                   "Bắc Kạn, đã dự buổi làm việc.")
    assert posts_of(ex) == {
        ("Nguyễn Thị Lan", "Phó", "phòng Nội vụ huyện Gia Lâm"),
        ("Trần Văn Hùng", "Phó", "Văn phòng Tỉnh ủy Bắc Kạn"),
    }


def test_the_public_works_department_written_short():
    ex = officials("Giám đốc Sở GTCC Trần Văn Hùng cho biết tuyến đường sẽ thông xe trong tháng tới.")
    assert posts_of(ex) == {("Trần Văn Hùng", "Giám đốc", "Sở GTCC")}


def test_a_province_written_alone_before_a_name_stands_for_the_roles_body():
    ex = officials("Bí thư Hải Phòng Trần Văn Hùng và Phó Chủ tịch Cần Thơ Lê Văn Nam cùng dự lễ khánh thành.")
    assert posts_of(ex) == {
        ("Trần Văn Hùng", "Bí thư", "Thành ủy Hải Phòng"),
        ("Lê Văn Nam", "Phó Chủ tịch", "Ủy ban nhân dân thành phố Cần Thơ"),
    }


def test_the_same_post_written_short_and_in_full_is_one_post():
    ex = officials("Chủ tịch Đà Nẵng Trần Văn Hùng phát biểu. Sau đó, Chủ tịch UBND TP Đà Nẵng Trần Văn Hùng kết luận.")
    assert {(p.person.name, p.role, p.org.name) for p in ex.posts} == {
        ("Trần Văn Hùng", "Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng")}
    assert len(ex.posts) == 1


def test_a_province_after_a_role_with_no_name_after_it_is_no_body():
    # "Chủ tịch Hồ Chí Minh" is the President (a name, not the city), and a headline's "Bí thư Hà Nội
    # khẳng định" names nobody
    assert posts_of(officials("Bí thư Hà Nội khẳng định sẽ xử lý nghiêm sai phạm.")) == set()


def test_a_chief_executive_with_the_company():
    ex = officials("Bà Trần Thị Mai, Giám đốc điều hành Công ty cổ phần Nhôm Sông Hồng, tự ứng cử tại Nam Định.")
    assert posts_of(ex) == {("Trần Thị Mai", "Giám đốc điều hành", "Công ty cổ phần Nhôm Sông Hồng")}


def test_a_secretary_beside_a_peoples_committee_chair_is_the_places_party_secretary():
    ex = officials("Trước đó, ông Trần Văn Hùng là Phó bí thư và Chủ tịch tỉnh Hà Tĩnh; ông Lê Văn Nam, nguyên Bí thư "
                   "và Chủ tịch UBND quận 7, bị kỷ luật.")
    assert posts_of(ex) == {
        ("Trần Văn Hùng", "Phó bí thư", "Tỉnh ủy Hà Tĩnh"),
        ("Trần Văn Hùng", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
        ("Lê Văn Nam", "Bí thư", "Quận ủy quận 7"),
        ("Lê Văn Nam", "Chủ tịch", "UBND quận 7"),
    }


def test_a_secretary_is_never_the_secretary_of_a_peoples_committee():
    ex = officials("Ông Trần Văn Hùng, nguyên Bí thư và Chủ tịch UBND xã, bị kỷ luật.")
    assert posts_of(ex) == {("Trần Văn Hùng", "Bí thư", "Đảng ủy xã"), ("Trần Văn Hùng", "Chủ tịch", "UBND xã")}


def test_a_party_committee_member_is_a_post_without_a_body_written():
    # like "Tỉnh ủy viên": the committee is the person's own, the text need not name it
    ex = officials("Chị Nguyễn Thị Hằng, đảng ủy viên, nói công việc đã rõ.")
    assert posts_of(ex) == {("Nguyễn Thị Hằng", "đảng ủy viên", None)}


def test_members_of_district_and_cell_committees_need_no_body_written():
    ex = officials("Ủy ban Kiểm tra kỷ luật ông Trần Văn Hùng - Quận ủy viên, và ông Lê Văn Nam, Chi ủy viên, Phó "
                   "Trưởng phòng Tổng hợp.")
    assert ("Trần Văn Hùng", "Quận ủy viên", None) in posts_of(ex)
    assert ("Lê Văn Nam", "Chi ủy viên", None) in posts_of(ex)


def test_a_deputy_then_the_head_of_one_body_over_a_then_of_several_words():
    ex = officials("Ông Trần Văn Hùng từng là Phó giám đốc và sau đó là Giám đốc Sở Xây dựng tỉnh Bắc Kạn.")
    assert posts_of(ex) == {
        ("Trần Văn Hùng", "Phó giám đốc", "Sở Xây dựng tỉnh Bắc Kạn"),
        ("Trần Văn Hùng", "Giám đốc", "Sở Xây dựng tỉnh Bắc Kạn"),
    }


def test_a_then_with_no_title_after_it_ends_the_titles():
    ex = officials("Ông Trần Văn Hùng là Phó giám đốc Sở Tài chính, sau đó ông nghỉ hưu.")
    assert posts_of(ex) == {("Trần Văn Hùng", "Phó giám đốc", "Sở Tài chính")}
