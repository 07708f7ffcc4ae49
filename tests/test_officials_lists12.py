"""Plural roles whose body the sentence names before them (twelfth round, issue 15): each sentence is
written for the test in a shape read in the corpus, and the exact posts come out."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials, posts_of


def test_a_bare_plural_deputy_takes_the_body_of_the_head_written_before_it():
    ex = officials("Ông Trần Văn Lâm tái đắc cử Chủ tịch HĐND tỉnh Sóc Trăng; hai phó chủ tịch là "
                   "ông Lý Văn Hòa và ông Đặng Minh Tú.")
    assert posts_of(ex) == {
        ("Trần Văn Lâm", "Chủ tịch", "HĐND tỉnh Sóc Trăng"),
        ("Lý Văn Hòa", "phó chủ tịch", "HĐND tỉnh Sóc Trăng"),
        ("Đặng Minh Tú", "phó chủ tịch", "HĐND tỉnh Sóc Trăng"),
    }


def test_the_body_may_be_in_the_sentence_before_and_a_term_may_stand_before_the_list():
    ex = officials("HĐND đã bầu ông Phạm Văn Quý, Phó chủ tịch UBND thành phố Cần Thơ, giữ chức Chủ tịch. "
                   "3 Phó chủ tịch khoá 14 gồm các ông Hồ Văn Bé, Lâm Quốc Vĩnh và Trịnh Công Lý.")
    got = posts_of(ex)
    for name in ("Hồ Văn Bé", "Lâm Quốc Vĩnh", "Trịnh Công Lý"):
        assert (name, "Phó chủ tịch", "UBND thành phố Cần Thơ") in got


def test_a_ministry_named_before_gives_its_deputy_ministers():
    ex = officials("Lãnh đạo Bộ Công Thương hiện nay ngoài Bộ trưởng Lê Hữu Tài, có ba Thứ trưởng gồm "
                   "các ông Đỗ Văn Mạnh, Hà Quang Lợi, và Vũ Thành Công.")
    assert posts_of(ex) == {
        ("Lê Hữu Tài", "Bộ trưởng", "Bộ Công Thương"),
        ("Đỗ Văn Mạnh", "Thứ trưởng", "Bộ Công Thương"),
        ("Hà Quang Lợi", "Thứ trưởng", "Bộ Công Thương"),
        ("Vũ Thành Công", "Thứ trưởng", "Bộ Công Thương"),  # after ", và"
    }


def test_a_qualifier_between_the_plural_role_and_its_list():
    ex = officials("Ông Lê Hồng Quang giữ chức phó chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, "
                   "bên cạnh hai phó chủ tịch chuyên trách là các ông Đào Văn Thịnh và Mai Xuân Trường.")
    got = posts_of(ex)
    # the qualifier stays in the role's label, as "Phó Bí thư Thường trực" does (the shared gold; mid20)
    assert ("Đào Văn Thịnh", "phó chủ tịch chuyên trách", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in got
    assert ("Mai Xuân Trường", "phó chủ tịch chuyên trách", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in got


def test_a_bare_plural_role_without_a_body_nearby_gives_nothing():
    # "các phó chủ tịch xã" of a generic sentence: no body named before, no post
    ex = officials("Hội nghị có sự tham dự của hai phó chủ tịch là ông Tô Văn Hải và ông Lò Văn Sơn.")
    assert posts_of(ex) == set()


def test_listed_names_with_bare_titles_of_the_list_body_stay_in_the_list():
    # each name's own title without a body ("Phó Bí thư Thường trực") up to ";" does not end the list
    ex = officials("Cùng với Bí thư Thành ủy Đoàn Văn Kiên, Thành ủy Hải Phòng hiện có 3 Phó Bí thư là "
                   "ông Trần Minh Khôi - Phó Bí thư Thường trực; ông Vũ Đức Lâm - Chủ tịch UBND thành phố "
                   "và bà Ngô Thị Hạnh.")
    got = posts_of(ex)
    for name in ("Trần Minh Khôi", "Vũ Đức Lâm", "Ngô Thị Hạnh"):
        assert (name, "Phó Bí thư", "Thành ủy Hải Phòng") in got
    assert ("Vũ Đức Lâm", "Chủ tịch", "UBND thành phố") in got


def test_a_list_of_deputies_with_bare_titles_after_the_first_name():
    got = facts("Ban Tuyên giáo Trung ương còn có 4 phó trưởng ban, gồm các ông Lâm Văn Đức, Phó trưởng ban "
                "Thường trực; Hoàng Minh Tuấn; Phan Văn Cường và Đỗ Thị Lan.")
    names = {p for p, r, o, _ in got if r == "phó trưởng ban" and o == "Ban Tuyên giáo Trung ương"}
    assert names == {"Hoàng Minh Tuấn", "Phan Văn Cường", "Đỗ Thị Lan"}
    # the first name's bare title is the heading's role with a qualifier: his one post (round 28,
    # mid23 gold: "Phó trưởng ban Thường trực" of the heading's Ban, not a plain deputy besides)
    assert ("Lâm Văn Đức", "Phó trưởng ban Thường trực", "Ban Tuyên giáo Trung ương") in {
        (p, r, o) for p, r, o, _ in got}


def test_a_colon_after_the_bare_plural_role_opens_its_list():
    ex = officials("Về phía Đài Truyền hình Việt Nam có ông Lê Ngọc Quang, Tổng Giám đốc Đài Truyền hình Việt Nam; "
                   "các Phó Tổng Giám đốc: Đỗ Thanh Hải, Trần Bình Minh.")
    got = posts_of(ex)
    for name in ("Đỗ Thanh Hải", "Trần Bình Minh"):
        assert (name, "Phó Tổng Giám đốc", "Đài Truyền hình Việt Nam") in got


def test_a_qualifier_and_a_comma_before_the_opener():
    ex = officials("Bộ Tư pháp hiện có bốn Thứ trưởng đương nhiệm, gồm các ông Phan Chí Hiếu, Nguyễn Khánh Ngọc, "
                   "Đặng Hoàng Oanh và Trần Tiến Dũng.")
    names = {p for p, r, o in posts_of(ex) if (r, o) == ("Thứ trưởng", "Bộ Tư pháp")}
    assert names == {"Phan Chí Hiếu", "Nguyễn Khánh Ngọc", "Đặng Hoàng Oanh", "Trần Tiến Dũng"}


def test_a_title_and_colon_before_a_sentence_is_the_speaker_not_the_named_person():
    # a quote's lead: the holder of the title speaks about the person named after the colon
    ex = officials("Chủ tịch Quốc hội: Ông Lê Văn Thành đã vi phạm quy định về kê khai tài sản.")
    assert posts_of(ex) == set()


def test_a_title_and_colon_before_a_name_alone_heads_that_persons_profile():
    ex = officials("Chủ nhiệm Ủy ban Kiểm tra Trung ương: Nguyễn Văn Kha\nÔng sinh năm 1950 tại Hải Dương.")
    assert posts_of(ex) == {("Nguyễn Văn Kha", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")}


def test_an_aside_after_a_listed_names_own_title_does_not_end_the_list():
    got = facts("Ban Nội chính Trung ương có 4 phó trưởng ban, gồm các ông Lê Hữu Đạo; Trịnh Văn Nam, Thứ trưởng "
                "Bộ Công an (kiêm nhiệm); Vũ Quốc Toản và Phạm Đình Lý.")
    names = {p for p, r, o, _ in got if r == "phó trưởng ban" and o == "Ban Nội chính Trung ương"}
    assert names == {"Lê Hữu Đạo", "Trịnh Văn Nam", "Vũ Quốc Toản", "Phạm Đình Lý"}


def test_a_later_name_described_after_a_dash_does_not_share_the_former_title():
    ex = officials("Tham dự có ông Lê Văn Tâm - thư ký của nguyên Chủ tịch nước Trần Đức Lương và ông Hồ Văn Lợi - "
                   "nguyên trợ lý của ông.")
    # Tâm is the leader's aide (tests/test_officials_aides21.py); Lợi's "trợ lý của ông" names no leader
    assert posts_of(ex) == {("Trần Đức Lương", "Chủ tịch nước", None), ("Lê Văn Tâm", "thư ký", None)}
