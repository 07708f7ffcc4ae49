"""Officials, thirty-second round: a plural title over the list that names its holders, with the
holders' term ("khóa XVI", "khoá mới", "nhiệm kỳ trước"), a passive verb that is no status cue
("được thông qua") or a two-word plural mark ("một số") between the title and its list.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def _holders(got: set[tuple[str, str, str | None, str]], role: str) -> set[str]:
    return {p for p, r, _, _ in got if r.lower() == role.lower()}


def test_a_numbered_term_between_a_plural_title_and_its_list_is_skipped():
    got = facts("Các Phó chủ tịch HĐND tỉnh khóa XVI gồm bà Lò Thị Mai và ông Vi Văn Quảng.")
    assert ("Lò Thị Mai", "Phó chủ tịch", "HĐND tỉnh", "holds") in got
    assert ("Vi Văn Quảng", "Phó chủ tịch", "HĐND tỉnh", "holds") in got


def test_a_term_in_words_before_la_names_the_holders():
    got = facts("HĐND thành phố đã miễn nhiệm 3 phó chủ tịch UBND thành phố nhiệm kỳ trước là Lê Văn Hà, "
                "Trịnh Quốc Bảo và bà Đỗ Thị Hồng.")
    for name in ("Lê Văn Hà", "Trịnh Quốc Bảo", "Đỗ Thị Hồng"):
        assert (name, "phó chủ tịch", "UBND thành phố", "left") in got


def test_a_passive_verb_that_is_no_cue_before_gom_keeps_the_list():
    got = facts("Các phó chủ tịch HĐND khoá mới được thông qua gồm bà Hà Thị Lan và ông Tạ Văn Khôi.")
    assert _holders(got, "phó chủ tịch") == {"Hà Thị Lan", "Tạ Văn Khôi"}


def test_a_passive_verb_before_la_opens_no_list():
    # "được coi là": the sentence describes the deputies; the names after "là" are no list of them
    got = facts("Các Phó chủ tịch UBND tỉnh được coi là ông Hà Văn Long và ông Tạ Văn Khôi.")
    assert not _holders(got, "Phó chủ tịch")


def test_mot_so_makes_the_title_plural_over_a_list_after_gom():
    got = facts("Bộ Chính trị cử một số Uỷ viên Bộ Chính trị tham gia Ban Bí thư gồm: ông Nguyễn Văn An "
                "(Chủ tịch Quốc hội), ông Trần Văn Bình (Trưởng Ban Tổ chức Trung ương).")
    # the verb before the title is the predicate's ("phân công ... tham gia Ban Bí thư"): the holders
    # are members already
    assert ("Nguyễn Văn An", "Uỷ viên", "Bộ Chính trị", "holds") in got
    assert ("Trần Văn Bình", "Uỷ viên", "Bộ Chính trị", "holds") in got


def test_mot_alone_is_singular():
    got = facts("Một Uỷ viên Bộ Chính trị tham gia Ban Bí thư gồm: ông Nguyễn Văn An, ông Trần Văn Bình.")
    assert not ({"Nguyễn Văn An", "Trần Văn Bình"} <= _holders(got, "Uỷ viên"))


def test_a_comma_after_the_last_name_before_a_cue_verb_gives_the_post_to_the_whole_list():
    got = facts("Các ông Hà Văn Long, Tạ Quốc Khôi, tái đắc cử chức Phó chủ tịch UBND tỉnh.")
    assert ("Hà Văn Long", "Phó chủ tịch", "UBND tỉnh", "appointed") in got
    assert ("Tạ Quốc Khôi", "Phó chủ tịch", "UBND tỉnh", "appointed") in got


def test_a_title_after_the_last_names_comma_with_no_verb_is_that_names_only():
    # an attendee list: the title after the comma is the last name's apposition
    got = facts("Dự buổi lễ có ông Hà Văn Long, ông Tạ Quốc Khôi, nguyên Phó chủ tịch UBND tỉnh.")
    assert _holders(got, "Phó chủ tịch") == {"Tạ Quốc Khôi"}


def test_a_name_with_its_own_title_is_not_joined_to_the_next_names_verb():
    got = facts("Ông Hà Văn Long, Chủ tịch UBND tỉnh và ông Tạ Quốc Khôi, được bầu làm Phó bí thư Tỉnh ủy.")
    assert _holders(got, "Phó bí thư") == {"Tạ Quốc Khôi"}


def test_after_theo_a_titled_name_the_title_opening_the_next_clause_is_not_the_names():
    got = facts("Theo Trưởng ban Dân nguyện Lê Quang Minh, Thủ tướng sẽ không trả lời chất vấn tại kỳ họp này.")
    assert ("Lê Quang Minh", "Trưởng", "ban Dân nguyện", "holds") in got
    assert not _holders(got, "Thủ tướng")


def test_after_theo_a_titled_name_a_title_closed_by_a_comma_is_still_the_names():
    got = facts("Theo Trưởng ban Dân nguyện Lê Quang Minh, Phó Chủ tịch Quốc hội, việc này sẽ được xem xét.")
    assert ("Lê Quang Minh", "Phó Chủ tịch", "Quốc hội", "holds") in got


def test_a_post_linked_by_se_la_to_titled_names_is_theirs_too():
    got = facts("Dự kiến 2 người được giới thiệu để bầu bổ sung giữ chức vụ Phó chủ tịch UBND huyện sẽ là "
                "Trưởng ban Tổ chức Huyện uỷ Lò Văn Định và Chánh văn phòng Huyện uỷ Vi Thị Nga.")
    assert ("Lò Văn Định", "Phó chủ tịch", "UBND huyện", "nominated") in got
    assert ("Vi Thị Nga", "Phó chủ tịch", "UBND huyện", "nominated") in got
    assert ("Lò Văn Định", "Trưởng", "ban Tổ chức Huyện uỷ", "holds") in got


def test_a_link_that_says_then_makes_the_linked_post_former():
    got = facts("Bí thư Tỉnh ủy lúc bấy giờ là Uỷ viên Trung ương Đảng Lò Văn Định.")
    assert ("Lò Văn Định", "Bí thư", "Tỉnh ủy", "former") in got


def test_cho_before_a_titled_name_gives_no_post():
    got = facts("Nhà nước trao Huân chương Lao động hạng Nhất cho Bộ trưởng Bộ Y tế Lò Văn Định.")
    assert _holders(got, "Bộ trưởng") == {"Lò Văn Định"}
    assert not any(r.startswith("Huân chương") for _, r, _, _ in got)


def test_giua_a_titled_name_and_a_bare_title_names_two_parties():
    got = facts("Biên bản được ký giữa ông Lò Văn Định, Chủ tịch HĐQT Tập đoàn và Chủ tịch HĐQT Ngân hàng "
                "TMCP Đại Dương năm 2008.")
    assert ("Lò Văn Định", "Chủ tịch", "HĐQT Tập đoàn", "holds") in got
    assert not any(o and "Đại Dương" in o for _, _, o, _ in got)


def test_titles_joined_by_va_after_a_name_without_giua_stay_the_names():
    got = facts("Biên bản được ký bởi ông Lò Văn Định, Chủ tịch HĐQT Tập đoàn và Chủ tịch HĐQT Ngân hàng "
                "TMCP Đại Dương năm 2008.")
    assert ("Lò Văn Định", "Chủ tịch", "HĐQT Ngân hàng TMCP Đại Dương", "holds") in got


def test_a_company_named_before_do_owns_the_board_its_chairman_heads():
    got = facts("Khu đất được giao cho Công ty Hưng Thịnh 68 do Vi Văn Khải làm Chủ tịch Hội đồng quản trị, "
                "UBND thành phố không đồng ý.")
    assert ("Vi Văn Khải", "Chủ tịch Hội đồng quản trị", "Công ty Hưng Thịnh 68", "holds") in got
    assert not any(o == "Hội đồng quản trị" for _, _, o, _ in got)


def test_each_further_role_after_lam_is_a_post_of_the_company_before_do():
    got = facts("Đoàn thanh tra làm việc với Công ty cổ phần Đầu tư Hưng Thịnh do Vi Văn Khải làm Chủ tịch HĐQT, "
                "Tổng giám đốc, để xảy ra sai phạm.")
    assert ("Vi Văn Khải", "Chủ tịch HĐQT", "Công ty cổ phần Đầu tư Hưng Thịnh", "holds") in got
    assert ("Vi Văn Khải", "Tổng giám đốc", "Công ty cổ phần Đầu tư Hưng Thịnh", "holds") in got


def test_a_title_with_its_own_name_after_the_led_role_is_no_further_role():
    got = facts("Đoàn kiểm tra số 12 của Bộ Chính trị do Phó Thủ tướng Vi Văn Khải làm Trưởng đoàn, Trưởng Đoàn "
                "kiểm tra Vi Văn Khải cho biết.")
    assert not any(r == "Trưởng Đoàn" for _, r, _, _ in got)
