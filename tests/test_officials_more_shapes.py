"""Posts: sentence shapes found missing on reports nobody had tuned for (issue 15), each written
here by us with invented names."""

from __future__ import annotations

from tests.fixtures_officials import officials, posts_of


def test_a_rank_between_the_dash_and_the_title_does_not_hide_the_title():
    ex = officials("Dự lễ có ông Lê Văn Tám - Thiếu tướng, Giám đốc Công an tỉnh và ông Đỗ Văn Chín.")
    assert posts_of(ex) == {("Lê Văn Tám", "Giám đốc", "Công an tỉnh")}


def test_one_title_over_a_semicolon_list_of_names_each_with_a_dash_apposition():
    ex = officials("Bộ trưởng trao quyết định phê chuẩn kết quả bầu chức danh Ủy viên UBND tỉnh đối với "
                   "ông Lê Văn Tám - Thiếu tướng, Giám đốc Công an tỉnh; ông Đỗ Văn Chín - Chánh Văn phòng "
                   "UBND tỉnh và bà Hà Thị Mười - Giám đốc Sở Tài chính.")
    assert posts_of(ex) == {
        ("Lê Văn Tám", "Ủy viên", "UBND tỉnh"), ("Lê Văn Tám", "Giám đốc", "Công an tỉnh"),
        ("Đỗ Văn Chín", "Ủy viên", "UBND tỉnh"), ("Đỗ Văn Chín", "Chánh", "Văn phòng UBND tỉnh"),
        ("Hà Thị Mười", "Ủy viên", "UBND tỉnh"), ("Hà Thị Mười", "Giám đốc", "Sở Tài chính"),
    }


def test_a_plural_title_then_gom_gives_the_title_to_every_name_of_the_list():
    ex = officials("Hội nghị bầu bốn Phó Chủ tịch UBND tỉnh gồm các ông Lê Văn Bảy, Đỗ Văn Chín và bà "
                   "Ngô Thị Tám.")
    assert posts_of(ex) == {("Lê Văn Bảy", "Phó Chủ tịch", "UBND tỉnh"),
                            ("Đỗ Văn Chín", "Phó Chủ tịch", "UBND tỉnh"),
                            ("Ngô Thị Tám", "Phó Chủ tịch", "UBND tỉnh")}
    assert {p.status for p in ex.posts} == {"appointed"}


def test_a_counted_title_with_its_term_then_gom_and_each_name_with_its_own_title_in_parentheses():
    ex = officials("Danh sách năm ủy viên Bộ Chính trị khóa XII gồm ông Lê Văn Bảy (Bộ trưởng Bộ Công an), "
                   "bà Ngô Thị Tám (Phó Chủ tịch Quốc hội) và ông Đỗ Văn Chín (Chủ nhiệm Tổng cục Chính trị).")
    assert posts_of(ex) == {
        ("Lê Văn Bảy", "ủy viên", "Bộ Chính trị"), ("Lê Văn Bảy", "Bộ trưởng", "Bộ Công an"),
        ("Ngô Thị Tám", "ủy viên", "Bộ Chính trị"), ("Ngô Thị Tám", "Phó Chủ tịch", "Quốc hội"),
        ("Đỗ Văn Chín", "ủy viên", "Bộ Chính trị"), ("Đỗ Văn Chín", "Chủ nhiệm", "Tổng cục Chính trị"),
    }


def test_cac_dong_chi_before_a_title_marks_it_plural_and_the_role_word_is_no_name():
    ex = officials("Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy gồm: Lê Văn Bảy, Ngô Thị Tám, Đỗ Văn Chín.")
    assert posts_of(ex) == {("Lê Văn Bảy", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
                            ("Ngô Thị Tám", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
                            ("Đỗ Văn Chín", "Ủy viên", "Ban Thường vụ Tỉnh ủy")}


def test_a_cue_far_back_in_the_sentence_does_not_give_a_shared_title_its_status():
    ex = officials("Sau khi ông Hồ Văn Tư bị cách chức, lãnh đạo còn ba Phó Bí thư Thành ủy gồm ông Lê Văn Bảy và "
                   "bà Ngô Thị Tám.")
    assert {(p.person.name, p.status) for p in ex.posts if p.role == "Phó Bí thư"} == {
        ("Lê Văn Bảy", "holds"), ("Ngô Thị Tám", "holds")}


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before_not_the_last_name():
    ex = officials("Ông Lê Văn Tám, quê Nghệ An, là con của nguyên Chủ tịch UBND tỉnh Hà Văn Chín. Ông từng "
                   "kinh qua các vị trí Phó giám đốc Sở Tài chính, Bí thư Huyện ủy.")
    assert posts_of(ex) == {("Lê Văn Tám", "Phó giám đốc", "Sở Tài chính"), ("Lê Văn Tám", "Bí thư", "Huyện ủy"),
                            ("Hà Văn Chín", "Chủ tịch", "UBND tỉnh")}


def test_a_pronoun_after_a_sentence_that_a_name_does_not_open_is_the_last_name():
    ex = officials("Tham dự có bà Hà Thị Chín và ông Lê Văn Tám. Ông từng giữ chức Giám đốc Sở Tài chính.")
    assert posts_of(ex) == {("Lê Văn Tám", "Giám đốc", "Sở Tài chính")}


def test_nguyen_la_links_the_name_to_former_posts_past_a_long_aside_in_parentheses():
    ex = officials("Ông Lê Văn Tám (60 tuổi, quê huyện Cẩm Lạc, tỉnh Hà Tĩnh) nguyên là Bí thư Tỉnh ủy, nguyên "
                   "Chủ tịch UBND tỉnh Hà Tĩnh chịu trách nhiệm chính.")
    assert {(p.person.name, p.role, p.org.written, p.status) for p in ex.posts} == {
        ("Lê Văn Tám", "Bí thư", "Tỉnh ủy", "former"),
        ("Lê Văn Tám", "Chủ tịch", "UBND tỉnh Hà Tĩnh", "former")}


def test_a_title_with_its_term_then_a_comma_then_voi_names_its_holder():
    ex = officials("Ban Bí thư quyết định cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2005-2010, với ông "
                   "Lê Văn Tám (bao gồm cả các chức vụ: Bí thư Ban cán sự đảng UBND tỉnh, Phó Bí thư Tỉnh ủy).")
    assert posts_of(ex) == {("Lê Văn Tám", "Ủy viên", "Ban Thường vụ Tỉnh ủy"),
                            ("Lê Văn Tám", "Bí thư", "Ban cán sự đảng UBND tỉnh"),
                            ("Lê Văn Tám", "Phó Bí thư", "Tỉnh ủy")}
    assert next(p.status for p in ex.posts if p.role == "Ủy viên") == "left"


def test_de_nhan_nhiem_vu_moi_la_after_a_name_gives_it_the_new_post():
    ex = officials("Bộ trưởng trao quyết định miễn nhiệm chức Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Hai, để "
                   "nhận nhiệm vụ mới là Phó Bí thư Tỉnh ủy; với ông Đỗ Văn Ba để nhận nhiệm vụ mới là Phó Chủ "
                   "nhiệm Văn phòng Chính phủ.")
    assert {(p.person.name, p.role, p.org.written, p.status) for p in ex.posts} >= {
        ("Lê Văn Hai", "Phó Chủ tịch", "UBND tỉnh", "left"),
        ("Lê Văn Hai", "Phó Bí thư", "Tỉnh ủy", "appointed"),
        ("Đỗ Văn Ba", "Phó Chủ nhiệm", "Văn phòng Chính phủ", "appointed")}


def test_a_purpose_after_the_object_of_cho_belongs_to_the_subject():
    ex = officials("Bộ trưởng Lê Văn Hai giao việc điều hành cho Thứ trưởng Đỗ Văn Ba để nhận nhiệm vụ Bí thư "
                   "Tỉnh ủy.")
    assert ("Đỗ Văn Ba", "Bí thư", "Tỉnh ủy") not in posts_of(ex)


def test_a_lower_case_role_right_before_a_name_is_its_post_without_a_body():
    ex = officials("Hội đồng xét cấp đất chỉ có hai người là bí thư Lê Văn Ba và chủ tịch Trần Văn Hai.")
    assert posts_of(ex) == {("Lê Văn Ba", "bí thư", None), ("Trần Văn Hai", "chủ tịch", None)}


def test_a_lower_case_dai_bieu_before_a_name_is_no_post_outside_an_assembly_session():
    ex = officials("Tham dự buổi lễ có đại biểu Trần Văn Hai và nhiều khách mời.")
    assert posts_of(ex) == set()


def test_roi_continues_a_career_without_a_verb_when_no_name_follows_the_titles():
    ex = officials("Bà Lê Thị Hoa giữ chức Bí thư Quận ủy, Chủ tịch HĐND quận Tân Bình, rồi Trưởng ban Dân vận "
                   "Thành ủy, Trưởng ban Tuyên giáo Thành ủy.")
    assert posts_of(ex) == {("Lê Thị Hoa", "Bí thư", "Quận ủy"), ("Lê Thị Hoa", "Chủ tịch", "HĐND quận Tân Bình"),
                            ("Lê Thị Hoa", "Trưởng", "ban Dân vận Thành ủy"),
                            ("Lê Thị Hoa", "Trưởng", "ban Tuyên giáo Thành ủy")}


def test_roi_then_a_title_before_a_name_is_that_names_title():
    ex = officials("Ông Lê Văn Tám là Giám đốc Sở Y tế, rồi Bí thư Tỉnh ủy Hà Văn Chín phát biểu.")
    assert posts_of(ex) == {("Lê Văn Tám", "Giám đốc", "Sở Y tế"), ("Hà Văn Chín", "Bí thư", "Tỉnh ủy")}


def test_a_pronoun_after_a_period_and_a_comma_is_the_subject_of_lam():
    ex = officials("Ông Lê Văn Tám sinh năm 1960. Từ năm 2011 đến 2016, ông làm Bộ trưởng Bộ Tư pháp.")
    (post,) = ex.posts
    assert (post.person.name, post.role, post.org.written) == ("Lê Văn Tám", "Bộ trưởng", "Bộ Tư pháp")
    assert (post.start.year, post.end.year, post.status) == (2011, 2016, "former")


def test_nguyen_carries_over_the_titles_joined_to_it_by_commas():
    ex = officials("Ông Lê Văn Tám, nguyên Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Nam, đã dự.")
    assert {(p.role, p.status) for p in ex.posts} == {("Bí thư", "former"), ("Chủ tịch", "former")}


def test_hien_la_stops_nguyen_from_carrying_over():
    ex = officials("Ông Lê Văn Tám, nguyên Bí thư Tỉnh ủy, hiện là Chủ tịch UBND tỉnh Quảng Nam, đã dự.")
    assert {(p.role, p.status) for p in ex.posts} == {("Bí thư", "former"), ("Chủ tịch", "holds")}


def test_db_before_a_name_in_a_session_report_is_a_deputy_of_the_assembly():
    ex = officials("Tại phiên chất vấn của Quốc hội, ĐB Lê Văn Tám (Bến Tre) hỏi Bộ trưởng.")
    assert posts_of(ex) == {("Lê Văn Tám", "Đại biểu", "Quốc hội")}  # "ĐB X" is "Đại biểu" (gold README)


def test_db_outside_a_session_report_is_no_post():
    ex = officials("Buổi lễ có sự tham dự của ĐB Lê Văn Tám.")
    assert posts_of(ex) == set()


def test_hien_giu_chuc_after_an_aside_that_tells_an_earlier_move_is_a_post_held_now():
    ex = officials("Ông Lê Văn Tám (thời điểm luân chuyển là Phó Chủ nhiệm Ủy ban Dân tộc), hiện giữ chức Phó "
                   "Trưởng ban Thường trực Ban Chỉ đạo Tây Nam Bộ.")
    assert {(p.role, p.status) for p in ex.posts if p.org and p.org.written == "Ban Chỉ đạo Tây Nam Bộ"} == {
        ("Phó Trưởng ban Thường trực", "holds")}


def test_a_role_with_a_level_of_government_and_no_place_is_kept_as_written_without_a_body():
    ex = officials("Ông Lê Văn Năm (nguyên bí thư xã) và ông Đỗ Văn Sáu, Phó Chủ tịch huyện, bị kỷ luật.")
    assert posts_of(ex) == {("Lê Văn Năm", "bí thư xã", None), ("Đỗ Văn Sáu", "Phó Chủ tịch huyện", None)}
    assert next(p.status for p in ex.posts if p.person.name == "Lê Văn Năm") == "former"


def test_a_level_role_beside_the_same_role_with_its_body_is_not_a_second_post():
    ex = officials("Ông Đỗ Văn Sáu, Chủ tịch huyện, bị phê bình. Ông Đỗ Văn Sáu, Chủ tịch UBND huyện Tân Phú, "
                   "nhận lỗi.")
    assert posts_of(ex) == {("Đỗ Văn Sáu", "Chủ tịch", "UBND huyện Tân Phú")}
