"""Career histories: the posts a biography lists away from the name, their status and their dates.

The sentences are our own, written in the shape of corpus biographies.
"""

from __future__ import annotations

from kg.loaders.extract.careers import read_period
from kg.loaders.extract.tokens import Tokens
from kg.textkey import key
from tests.fixtures_officials import officials


def facts(text: str) -> set[tuple[str, str, str | None, str, str, str]]:
    """(person, role, organization as written, status, start, end) of every post."""
    ex = officials(text)
    return {(p.person.name, p.role, p.org.written if p.org else None, p.status,
             p.start.iso() if p.start else "", p.end.iso() if p.end else "") for p in ex.posts}


def test_a_career_list_after_a_birth_date_and_home_town_is_the_subjects_and_former():
    got = facts("Ông Lê Văn Tám, Bí thư Tỉnh ủy, sinh năm 1961, quê xã Hòa Phong (huyện Tây Hòa), từng "
                "đảm nhiệm các chức vụ: Giám đốc Sở Tài chính; Bí thư Huyện ủy Sông Cầu; Phó Chủ tịch "
                "UBND tỉnh.")
    assert got == {
        ("Lê Văn Tám", "Bí thư", "Tỉnh ủy", "holds", "", ""),
        ("Lê Văn Tám", "Giám đốc", "Sở Tài chính", "former", "", ""),
        ("Lê Văn Tám", "Bí thư", "Huyện ủy Sông Cầu", "former", "", ""),
        ("Lê Văn Tám", "Phó Chủ tịch", "UBND tỉnh", "former", "", ""),
    }


def test_a_short_name_opens_the_career_sentence():
    got = facts("Ông Trần Quang Vinh được bầu làm Bí thư Tỉnh ủy. Ông Vinh sinh năm 1970, quê huyện Hòa "
                "An, từng là Bí thư Huyện ủy, Chủ tịch HĐND huyện Hòa An; Phó Bí thư Tỉnh ủy.")
    assert ("Trần Quang Vinh", "Bí thư", "Huyện ủy", "former", "", "") in got
    assert ("Trần Quang Vinh", "Chủ tịch", "HĐND huyện Hòa An", "former", "", "") in got
    assert ("Trần Quang Vinh", "Phó Bí thư", "Tỉnh ủy", "former", "", "") in got


def test_titles_joined_by_roi_and_a_deputy_sharing_the_body_of_the_next_title():
    got = facts("Ông Phạm Đức Lâm từng giữ các chức vụ Phó Giám đốc, Giám đốc Sở Xây dựng rồi Chủ tịch "
                "UBND thành phố Tuy Hòa.")
    assert got == {
        ("Phạm Đức Lâm", "Phó Giám đốc", "Sở Xây dựng", "former", "", ""),
        ("Phạm Đức Lâm", "Giám đốc", "Sở Xây dựng", "former", "", ""),
        ("Phạm Đức Lâm", "Chủ tịch", "UBND thành phố Tuy Hòa", "former", "", ""),
    }


def test_a_pronoun_after_a_period_gets_the_dated_career():
    got = facts("Ông Ngô Minh Khoa sinh năm 1960. Từ tháng 3/1990 đến tháng 6/2001, ông công tác tại Sở "
                "Tư pháp, giữ các chức vụ Phó Chánh Văn phòng, Chánh Văn phòng Sở Tư pháp.")
    assert got == {
        ("Ngô Minh Khoa", "Phó Chánh", "Văn phòng Sở Tư pháp", "former", "1990-03", "2001-06"),
        ("Ngô Minh Khoa", "Chánh", "Văn phòng Sở Tư pháp", "former", "1990-03", "2001-06"),
    }


def test_a_period_after_the_title_dates_it_and_an_ended_period_is_former():
    got = facts("Bà Đinh Thị Hạnh là Chủ tịch UBND huyện Tân Phú (01/2001 - 10/2004).")
    assert got == {("Đinh Thị Hạnh", "Chủ tịch", "UBND huyện Tân Phú", "former", "2001-01", "2004-10")}


def test_an_appointment_dated_at_the_start_of_its_sentence():
    got = facts("Tháng 6/2004, ông Võ Thành Nhân được bổ nhiệm làm Phó Giám đốc Sở Nội vụ.")
    assert got == {("Võ Thành Nhân", "Phó Giám đốc", "Sở Nội vụ", "appointed", "2004-06", "")}


def test_an_event_date_does_not_date_a_title_held_at_the_event():
    got = facts("Sáng 18/12/2012, Bí thư Tỉnh ủy Hồ Văn Tài chủ trì hội nghị.")
    assert got == {("Hồ Văn Tài", "Bí thư", "Tỉnh ủy", "holds", "", "")}


def test_a_birth_year_is_not_a_tenure_date():
    got = facts("Sinh năm 1958, ông Lý Văn Phúc từng giữ chức Giám đốc Sở Công Thương.")
    assert got == {("Lý Văn Phúc", "Giám đốc", "Sở Công Thương", "former", "", "")}


def test_held_since_a_date_until_now():
    got = facts("Từ tháng 11/2013 đến nay, bà Trương Thị Lan là Phó Chủ tịch UBND tỉnh.")
    assert got == {("Trương Thị Lan", "Phó Chủ tịch", "UBND tỉnh", "holds", "2013-11", "")}


def test_secretary_of_the_youth_unions_central_committee_is_not_the_party_trap():
    got = facts("Ông Hà Minh Đức từng là Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh.")
    (post,) = officials("Ông Hà Minh Đức từng là Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh.").posts
    assert post.role == "Bí thư" and post.org is not None and post.org.name != "Ban Bí thư"
    assert len(got) == 1


def test_periods_read_as_written():
    def period(text: str) -> tuple[str, str, bool] | None:
        p = read_period(Tokens.of(text, key(text)), 0)
        return (p.start.iso() if p.start else "", p.end.iso() if p.end else "", p.ongoing) if p else None

    assert period("từ năm 2009-2013") == ("2009", "2013", False)
    assert period("11/1987 - 9/1990") == ("1987-11", "1990-09", False)
    assert period("ngày 9/6/2014") == ("2014-06-09", "", False)
    assert period("tháng 3 năm 1990") == ("1990-03", "", False)
    assert period("từ tháng 12/2015 đến nay") == ("2015-12", "", True)
    assert period("tháng 6") is None  # no year: never a tenure date
    assert period("2011 người") is None  # a bare number


def test_a_bodys_province_between_titles_does_not_end_the_career_list():
    got = facts("Ông Lê Văn Thể lần lượt giữ các chức vụ như Phó giám đốc Xí nghiệp Khảo sát thiết kế giao "
                "thông tỉnh Đồng Tháp; Phó giám đốc Sở GTVT tỉnh Đồng Tháp; Bí thư Huyện uỷ Tân Hồng.")
    assert {(r, o, s) for _, r, o, s, _, _ in got} == {
        ("Phó giám đốc", "Xí nghiệp Khảo sát thiết kế giao thông", "former"),
        ("Phó giám đốc", "Sở GTVT tỉnh Đồng Tháp", "former"),
        ("Bí thư", "Huyện uỷ Tân Hồng", "former"),
    }


def test_truoc_day_makes_the_posts_of_its_clause_former():
    got = facts("Ông Lê Thanh Liêm đạt 94% phiếu bầu. Trước đây ông là Thành uỷ viên, Giám đốc Sở Công Thương.")
    assert {(r, s) for _, r, _, s, _, _ in got} == {("Thành uỷ viên", "former"), ("Giám đốc", "former")}


def test_a_count_after_a_bodys_name_is_not_part_of_it():
    (post,) = officials("Thượng tướng Võ Văn Việt, Chủ nhiệm Ủy ban Quốc phòng - An ninh 4 chức danh chủ chốt.").posts
    assert post.org.written == "Ủy ban Quốc phòng - An ninh"


def test_a_stage_after_a_title_dates_it_and_a_stage_opening_a_sentence_dates_no_held_title():
    got = facts("Ông Nguyễn Văn Tẩm, Phó bí thư Thành uỷ, Chủ tịch UBND thành phố Trà Vinh giai đoạn 2011 – 2016 "
                "chịu trách nhiệm. Giai đoạn 2016-2020, ông Lê Văn An, Chủ tịch UBND tỉnh cho biết.")
    assert ("Nguyễn Văn Tẩm", "Chủ tịch", "UBND thành phố Trà Vinh", "former", "2011", "2016") in got
    assert ("Lê Văn An", "Chủ tịch", "UBND tỉnh", "holds", "", "") in got


def test_a_biography_pronoun_behind_a_date_continues_the_paragraph_subject_not_the_last_name():
    got = facts("Ông Lê Văn Tám sinh năm 1960. Ngày 4/6/2012, ông giữ chức Bí thư Tỉnh ủy Bắc Giang thay "
                "ông Nông Văn Tuấn về giữ chức Phó Chủ nhiệm Ủy ban Dân tộc. Ngày 11/1/2015, Trung ương "
                "bầu bổ sung ông vào Ủy ban Kiểm tra Trung ương. Đến ngày 13/2/2015, ông được bổ nhiệm "
                "làm Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.")
    assert ("Lê Văn Tám", "Phó Chủ nhiệm", "Ủy ban Kiểm tra Trung ương", "appointed", "2015-02-13", "") in got
    assert not any(f[0] == "Nông Văn Tuấn" and f[2] == "Ủy ban Kiểm tra Trung ương" for f in got)


def test_a_pronoun_that_is_not_the_subject_still_takes_the_nearest_name():
    got = facts("Hôm qua, Thủ tướng tiếp ông Trần Văn Bình. Ông là Chủ tịch Hội Nông dân Việt Nam.")
    assert ("Trần Văn Bình", "Chủ tịch", "Hội Nông dân Việt Nam", "holds", "", "") in got


def test_a_closed_range_opening_the_clause_dates_what_the_subject_is_and_makes_it_former():
    got = facts("Ông Lê Văn Tám sinh năm 1950. Giai đoạn 1996-2000, ông là Ủy viên Bộ Chính trị, Bí thư "
                "Thành ủy. Từ năm 2006 đến 2011, ông là Thường trực Ban Bí thư.")
    assert got == {
        ("Lê Văn Tám", "Ủy viên", "Bộ Chính trị", "former", "1996", "2000"),
        ("Lê Văn Tám", "Bí thư", "Thành ủy", "former", "1996", "2000"),
        ("Lê Văn Tám", "Thường trực", "Ban Bí thư", "former", "2006", "2011"),
    }


def test_the_days_of_one_event_do_not_date_a_title():
    got = facts("Từ ngày 18/12/2012 đến ngày 20/12/2012, Bí thư Tỉnh ủy Lê Văn Tám chủ trì hội nghị.")
    assert got == {("Lê Văn Tám", "Bí thư", "Tỉnh ủy", "holds", "", "")}


def test_a_list_of_terms_written_in_digits_and_joined_by_va_is_one_seat_without_a_term():
    got = facts("Ông Lê Văn Tám là đại biểu Quốc hội khóa 9, 10 và 13, Bí thư Tỉnh ủy.")
    assert got == {
        ("Lê Văn Tám", "đại biểu", "Quốc hội", "holds", "", ""),
        ("Lê Văn Tám", "Bí thư", "Tỉnh ủy", "holds", "", ""),
    }


def test_a_single_term_stays_in_the_body():
    got = facts("Ông Lê Văn Tám là đại biểu Quốc hội khóa XIII, Bí thư Tỉnh ủy.")
    assert got == {
        ("Lê Văn Tám", "đại biểu", "Quốc hội khóa XIII", "holds", "", ""),
        ("Lê Văn Tám", "Bí thư", "Tỉnh ủy", "holds", "", ""),
    }


def test_an_age_after_a_term_is_not_another_term():
    got = facts("Ông Lê Văn Tám, đại biểu Quốc hội khóa 13, 45 tuổi, cho biết.")
    assert got == {("Lê Văn Tám", "đại biểu", "Quốc hội khóa 13", "holds", "", "")}


def test_leaving_a_post_written_with_chuc_vu_or_nhiem_vu():
    got = facts("Ông Lê Văn Tám thôi giữ chức vụ Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam. "
                "Ủy ban Thường vụ Quốc hội đồng ý để bà Trần Thị Hoa thôi nhiệm vụ đại biểu Quốc hội khóa XIV.")
    assert got == {
        ("Lê Văn Tám", "Chủ tịch", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam", "left", "", ""),
        ("Trần Thị Hoa", "đại biểu", "Quốc hội khóa XIV", "left", "", ""),
    }


def test_dam_nhan_vi_tri_links_a_pronoun_to_its_post():
    got = facts("Ông Lê Văn Tám sinh năm 1950. Sau đó ông đảm nhận vị trí Trưởng ban Kinh tế Trung ương.")
    assert got == {("Lê Văn Tám", "Trưởng", "ban Kinh tế Trung ương", "holds", "", "")}


def test_terms_closed_by_va_end_the_run_before_the_next_persons_titles():
    got = facts("Các đại biểu mặc niệm nguyên Tổng Bí thư Lê Văn Tám, đại biểu Quốc hội khóa II, IV và IX; "
                "Ủy viên Bộ Chính trị, Chủ tịch nước Trần Văn Bình.")
    assert got == {
        ("Lê Văn Tám", "Tổng Bí thư", None, "former", "", ""),
        ("Lê Văn Tám", "đại biểu", "Quốc hội", "holds", "", ""),
        ("Trần Văn Bình", "Ủy viên", "Bộ Chính trị", "holds", "", ""),
        ("Trần Văn Bình", "Chủ tịch nước", None, "holds", "", ""),
    }


def test_dong_chi_without_a_name_is_a_pronoun_for_the_obituary_subject():
    got = facts("Đồng chí Lê Văn Tám sinh ngày 2/3/1930, quê xã Hòa Phong. Đồng chí từng giữ các chức vụ: "
                "Phó Chủ tịch UBND tỉnh, Bí thư Huyện ủy Sông Cầu. Từ năm 1977 đến năm 1988, đồng chí làm "
                "Giám đốc Sở Y tế.")
    assert got == {
        ("Lê Văn Tám", "Phó Chủ tịch", "UBND tỉnh", "former", "", ""),
        ("Lê Văn Tám", "Bí thư", "Huyện ủy Sông Cầu", "former", "", ""),
        ("Lê Văn Tám", "Giám đốc", "Sở Y tế", "former", "1977", "1988"),
    }


def test_cac_dong_chi_is_not_one_person():
    got = facts("Ông Lê Văn Tám, Bí thư Tỉnh ủy, phát biểu. Các đồng chí là Giám đốc Sở Y tế và Giám đốc "
                "Sở Tài chính đều có mặt.")
    assert got == {("Lê Văn Tám", "Bí thư", "Tỉnh ủy", "holds", "", "")}


def test_an_item_whose_body_is_not_read_does_not_end_the_career_list():
    got = facts("Ông Lê Văn Tám từng giữ các chức vụ: Phó Chủ tịch UBND tỉnh, Giám đốc Xí nghiệp gạch men số "
                "3 Hòa Phong, Bí thư Huyện ủy Sông Cầu.")
    assert got == {
        ("Lê Văn Tám", "Phó Chủ tịch", "UBND tỉnh", "former", "", ""),
        ("Lê Văn Tám", "Bí thư", "Huyện ủy Sông Cầu", "former", "", ""),
    }


def test_an_unread_first_item_does_not_lose_the_list():
    got = facts("Ông Lê Văn Tám sinh năm 1950. Ông từng đảm nhiệm chức vụ Giám đốc Xí nghiệp gạch men Hòa "
                "Phong, Phó Bí thư Tỉnh ủy.")
    assert got == {("Lê Văn Tám", "Phó Bí thư", "Tỉnh ủy", "former", "", "")}


def test_a_later_clause_without_a_subject_of_its_own_is_the_sentence_subjects():
    got = facts("Ông Lê Văn Tám sinh năm 1950. Năm 2009, ông tham gia Ban Thường vụ Tỉnh ủy Bến Tre, giữ chức "
                "Phó Bí thư Tỉnh ủy Bến Tre. Ông từng công tác tại Sở Tư pháp rồi được bổ nhiệm làm Giám đốc "
                "Sở Tài chính.")
    assert got == {
        ("Lê Văn Tám", "Phó Bí thư", "Tỉnh ủy Bến Tre", "holds", "2009", ""),
        ("Lê Văn Tám", "Giám đốc", "Sở Tài chính", "appointed", "", ""),
    }


def test_what_the_subject_said_is_not_what_the_subject_did():
    assert facts("Ông Lê Văn Tám cho biết, sẽ bổ nhiệm Giám đốc Sở Y tế mới.") == set()


def test_a_clause_with_its_own_subject_is_not_the_first_subjects():
    got = facts("Ông Lê Văn Tám dự lễ, Giám đốc Sở Y tế Trần Văn Bình phát biểu, sau đó được bầu làm Chủ tịch "
                "Hội Y học.")
    assert ("Trần Văn Bình", "Giám đốc", "Sở Y tế", "holds", "", "") in got
    assert not any(f[0] == "Lê Văn Tám" for f in got)


def test_a_birth_date_and_a_home_town_address_between_the_name_and_its_titles():
    got = facts("Đồng chí Lê Văn Tám, sinh năm 1930, quê xã Hòa Phong, huyện Tây Hòa, tỉnh Phú Yên, nguyên Phó "
                "Chủ tịch UBND tỉnh, nguyên Bí thư Huyện ủy Sông Cầu, đã từ trần.")
    assert got == {
        ("Lê Văn Tám", "Phó Chủ tịch", "UBND tỉnh", "former", "", ""),
        ("Lê Văn Tám", "Bí thư", "Huyện ủy Sông Cầu", "former", "", ""),
    }


def test_a_home_town_followed_by_something_else_than_a_title_gives_nothing():
    got = facts("Ông Lê Văn Tám, sinh năm 1971, quê xã Hòa Phong, có nhiều đóng góp cho Sở Tài chính.")
    assert got == set()


def test_a_fronted_truoc_khi_clause_gives_its_title_to_a_pronoun_subject():
    got = facts("Ông Lê Văn Tám sinh năm 1960. Trước khi được bổ nhiệm làm Phó Thủ tướng, ông từng là Bộ "
                "trưởng Bộ Tài chính.")
    assert got == {
        ("Lê Văn Tám", "Phó Thủ tướng", None, "appointed", "", ""),
        ("Lê Văn Tám", "Bộ trưởng", "Bộ Tài chính", "former", "", ""),
    }


def test_a_fronted_clause_with_its_own_subject_gives_the_pronoun_nothing():
    got = facts("Ông Lê Văn Tám sinh năm 1960. Khi Chủ tịch UBND tỉnh Trần Văn Bình đến thăm, ông cho biết.")
    assert got == {("Trần Văn Bình", "Chủ tịch", "UBND tỉnh", "holds", "", "")}


def test_trong_thoi_gian_giu_cuong_vi_fronted_before_a_pronoun_is_former():
    got = facts("Bà Trần Thị Hoa sinh năm 1960. Trong thời gian giữ cương vị Ủy viên Ban Thường vụ Tỉnh ủy, Phó "
                "Chủ tịch UBND tỉnh, bà đã có các vi phạm.")
    assert got == {
        ("Trần Thị Hoa", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "former", "", ""),
        ("Trần Thị Hoa", "Phó Chủ tịch", "UBND tỉnh", "former", "", ""),
    }


def test_a_dated_step_continues_the_biography_over_a_sentence_naming_someone_inside_a_title():
    got = facts("Ông Lê Văn Tám được bầu làm Chủ tịch nước. Đi lên từ cơ sở với chức vụ giám đốc Nông trường "
                "Phạm Văn Hai. Từ năm 1988, ông làm Giám đốc Sở Y tế.")
    assert ("Lê Văn Tám", "Giám đốc", "Sở Y tế", "former", "1988", "") in got


def test_a_first_career_item_that_is_no_title_does_not_lose_the_list():
    got = facts("Bà Trần Thị Hoa sinh năm 1962. Bà lần lượt giữ các chức vụ từ cán bộ Tuyên giáo, rồi Trưởng "
                "ban Tuyên giáo Huyện ủy, Phó Bí thư Quận ủy quận 9. Ông Lê Văn Tám từng là cán bộ của Tổng "
                "cục 2, Bí thư Huyện đoàn Sa Pa.")
    assert got == {
        ("Trần Thị Hoa", "Trưởng", "ban Tuyên giáo Huyện ủy", "former", "", ""),
        ("Trần Thị Hoa", "Phó Bí thư", "Quận ủy quận 9", "former", "", ""),
        ("Lê Văn Tám", "Bí thư", "Huyện đoàn Sa Pa", "former", "", ""),
    }


def test_a_profile_lists_posts_after_birth_and_home_town_set_off_by_semicolons():
    got = facts("Ông Lê Văn Tám sinh năm 1953, quê ở Hà Nội; Ủy viên Trung ương Đảng khóa X, XI; đại biểu "
                "Quốc hội khóa XIII.")
    assert got == {
        ("Lê Văn Tám", "Ủy viên", "Trung ương Đảng", "holds", "", ""),
        ("Lê Văn Tám", "đại biểu", "Quốc hội khóa XIII", "holds", "", ""),
    }


def test_an_obituary_profile_skips_its_asides_and_nguyen_makes_the_list_former():
    got = facts("Đồng chí Lê Văn Tám, sinh ngày 15 tháng 1 năm 1917; quê quán: xã Hòa Phong, huyện Tây Hòa, "
                "tỉnh Phú Yên; thường trú tại số 12 phố Hàng Bông, quận Hoàn Kiếm, thành phố Hà Nội; tham gia "
                "hoạt động cách mạng năm 1935; vào Đảng năm 1936; nguyên: Bí thư Xứ ủy Nam Kỳ; Ủy viên Ban "
                "Chấp hành Trung ương Đảng khóa III; Bộ trưởng Bộ Công nghiệp.")
    assert got == {  # the year of the asides dates no post
        ("Lê Văn Tám", "Bí thư", "Xứ ủy Nam Kỳ", "former", "", ""),
        ("Lê Văn Tám", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "former", "", ""),
        ("Lê Văn Tám", "Bộ trưởng", "Bộ Công nghiệp", "former", "", ""),
    }


def test_a_birth_year_in_brackets_between_a_name_and_its_titles():
    got = facts("Bà Vi Thị Lan (sinh năm 1984), Ủy viên Ban Chấp hành Đảng bộ huyện, Chủ tịch Hội Liên hiệp "
                "Phụ nữ huyện Như Xuân.")
    assert {(r, s) for _, r, _, s, _, _ in got} == {("Ủy viên", "holds"), ("Chủ tịch", "holds")}


def test_a_term_list_or_a_term_of_office_between_titles_does_not_end_a_career_list():
    got = facts("Ông Lê Văn Tám từng là Ủy viên Trung ương Đảng khóa XI (dự khuyết), khóa XII, Bộ trưởng Bộ "
                "Công an. Bà Trần Thị Hoa từng giữ các chức vụ: Chủ tịch HĐND quận 9 (nhiệm kỳ 1999 - 2004), "
                "Bí thư Quận ủy quận 9. Ông Ngô Văn Bình từng giữ chức Bí thư Tỉnh ủy Bắc Giang nhiệm kỳ "
                "2010-2015, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.")
    assert {(p, r, o) for p, r, o, _, _, _ in got} == {
        ("Lê Văn Tám", "Ủy viên", "Trung ương Đảng"),
        ("Lê Văn Tám", "Bộ trưởng", "Bộ Công an"),
        ("Trần Thị Hoa", "Chủ tịch", "HĐND quận 9"),
        ("Trần Thị Hoa", "Bí thư", "Quận ủy quận 9"),
        ("Ngô Văn Bình", "Bí thư", "Tỉnh ủy Bắc Giang"),
        ("Ngô Văn Bình", "Phó Chủ nhiệm", "Ủy ban Kiểm tra Trung ương"),
    }


def test_a_profile_whose_home_town_goes_on_with_la_lists_from_there():
    got = facts("Ông Lê Văn Tám sinh năm 1971, quê Thanh Chương (Nghệ An) là Ủy viên dự khuyết Trung ương "
                "Đảng, từng giữ chức Bí thư Tỉnh ủy Bắc Giang.")
    assert got == {
        ("Lê Văn Tám", "Ủy viên dự khuyết", "Trung ương Đảng", "holds", "", ""),
        ("Lê Văn Tám", "Bí thư", "Tỉnh ủy Bắc Giang", "former", "", ""),
    }


def test_a_move_from_one_post_to_another_makes_the_first_former_and_the_second_held():
    got = facts("Cụ thể, ông Lê Văn Tám từ Phó Giám đốc Sở Tài chính làm Phó Bí thư Thành ủy Quy Nhơn; ông Trần "
                "Văn Bình từ Phó Giám đốc Sở Y tế sang làm Phó Giám đốc Sở Khoa học và Công nghệ. Ông Ngô Văn "
                "Hải được chuyển từ Chủ tịch UBND thành phố sang giữ chức vụ Bí thư Thành ủy Hải Phòng.")
    assert got == {
        ("Lê Văn Tám", "Phó Giám đốc", "Sở Tài chính", "former", "", ""),
        ("Lê Văn Tám", "Phó Bí thư", "Thành ủy Quy Nhơn", "holds", "", ""),
        ("Trần Văn Bình", "Phó Giám đốc", "Sở Y tế", "former", "", ""),
        ("Trần Văn Bình", "Phó Giám đốc", "Sở Khoa học và Công nghệ", "holds", "", ""),
        ("Ngô Văn Hải", "Chủ tịch", "UBND thành phố", "former", "", ""),
        ("Ngô Văn Hải", "Bí thư", "Thành ủy Hải Phòng", "holds", "", ""),
    }


def test_tu_after_someone_elses_name_a_range_of_roles_or_a_resignation_is_no_move():
    got = facts("Bà Trần Thị Hoa (em ruột ông Lê Văn Tám) từ Trưởng phòng Tài chính được bổ nhiệm làm Phó Giám "
                "đốc Sở Tài chính. Ông Ngô Văn Hải cho rằng trong điều hành, từ Thủ tướng đến bộ trưởng đều "
                "phải chịu trách nhiệm. Ông Lê Văn Bình xin từ chức Bộ trưởng Bộ Giao thông vận tải.")
    assert not any(f[0] == "Lê Văn Tám" for f in got)
    assert not any(f[0] == "Ngô Văn Hải" for f in got)


def test_a_month_or_year_opening_a_chronicle_step_dates_the_post_it_links_to():
    got = facts("Ông Lê Văn Tám sinh năm 1960. Tháng 10/2016, ông làm Chánh Văn phòng Tỉnh ủy. Đến năm 2018, ông "
                "giữ chức Bí thư Huyện ủy Tây Hòa.")
    assert got == {
        ("Lê Văn Tám", "Chánh", "Văn phòng Tỉnh ủy", "former", "2016-10", ""),  # a later step follows it
        ("Lê Văn Tám", "Bí thư", "Huyện ủy Tây Hòa", "holds", "2018", ""),
    }


def test_a_day_or_a_year_inside_the_clause_dates_no_held_post():
    got = facts("Ngày 5/3/2016, ông Lê Văn Tám là Chủ tịch UBND tỉnh. Với chủ đề của năm 2017 là đổi mới, "
                "Chủ tịch Liên đoàn Lao động tỉnh Trần Thị Hoa cho biết.")
    assert got == {
        ("Lê Văn Tám", "Chủ tịch", "UBND tỉnh", "holds", "", ""),
        ("Trần Thị Hoa", "Chủ tịch", "Liên đoàn Lao động tỉnh", "holds", "", ""),
    }


def test_words_the_titles_share_before_nhu_do_not_lose_the_list():
    got = facts("Ông Lê Văn Tám từng kinh qua nhiều chức vụ tại Bộ Kế hoạch và Đầu tư như: Cục trưởng Cục Quản "
                "lý đấu thầu, Vụ trưởng Vụ Tổng hợp. Bà Trần Thị Hoa từng giữ các cương vị lãnh đạo tỉnh Hà "
                "Tĩnh như Phó Chủ tịch UBND tỉnh, Chủ tịch UBND tỉnh.")
    assert {(p, r, s) for p, r, _, s, _, _ in got} == {
        ("Lê Văn Tám", "Cục trưởng", "former"), ("Lê Văn Tám", "Vụ trưởng", "former"),
        ("Trần Thị Hoa", "Phó Chủ tịch", "former"), ("Trần Thị Hoa", "Chủ tịch", "former"),
    }


def test_more_cues_and_lead_words_of_a_career_list():
    got = facts("Ông Lê Văn Tám từng đảm nhận những nhiệm vụ là Giám đốc Sở Y tế, Bí thư Quận ủy Hải Châu. Ông "
                "Ngô Văn Bình lần lượt đảm nhận các vị trí như Phó Chủ tịch UBND huyện Phù Yên, Bí thư Huyện ủy "
                "Phù Yên. Bà Trần Thị Hoa từng trải qua nhiều vị trí như: Bí thư Thành đoàn, Phó Chủ tịch HĐND "
                "thành phố Hà Nội.")
    assert {(p, r, o) for p, r, o, _, _, _ in got} == {
        ("Lê Văn Tám", "Giám đốc", "Sở Y tế"), ("Lê Văn Tám", "Bí thư", "Quận ủy Hải Châu"),
        ("Ngô Văn Bình", "Phó Chủ tịch", "UBND huyện Phù Yên"), ("Ngô Văn Bình", "Bí thư", "Huyện ủy Phù Yên"),
        ("Trần Thị Hoa", "Bí thư", "Thành đoàn"), ("Trần Thị Hoa", "Phó Chủ tịch", "HĐND thành phố Hà Nội"),
    }
