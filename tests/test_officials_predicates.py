"""Posts written as predicates away from the name, and words that look like names but are not.
Our own sentences, in the shape of corpus reports."""

from __future__ import annotations

from tests.fixtures_officials import facts, officials, persons_of, posts_of


def test_re_elected_and_sworn_in_are_appointments():
    assert facts("Ông Hoàng Văn Mạc được tín nhiệm tái cử chức Bí thư Tỉnh uỷ. Ông Lê Văn Phong tái đắc cử "
                 "chức danh Chủ tịch UBND tỉnh. Bà Nguyễn Thị Ngân tuyên thệ nhậm chức Chủ tịch Quốc hội.") == {
        ("Hoàng Văn Mạc", "Bí thư", "Tỉnh uỷ", "appointed"),
        ("Lê Văn Phong", "Chủ tịch", "UBND tỉnh", "appointed"),
        ("Nguyễn Thị Ngân", "Chủ tịch", "Quốc hội", "appointed"),
    }


def test_currently_is_held_and_replaced_is_left():
    assert facts("Ông Trần Văn Lộc hiện là Trưởng đoàn ĐBQH tỉnh Phú Yên. Bà Lê Thị Mai được bầu giữ chức "
                 "Phó Chủ tịch HĐND tỉnh thay ông Võ Văn Nam.") == {
        ("Trần Văn Lộc", "Trưởng", "đoàn ĐBQH tỉnh Phú Yên", "holds"),
        ("Lê Thị Mai", "Phó Chủ tịch", "HĐND tỉnh", "appointed"),
        ("Võ Văn Nam", "Phó Chủ tịch", "HĐND tỉnh", "left"),
    }


def test_a_delegation_or_a_union_after_doan_is_not_a_person():
    ex = officials("Ông Trần Văn Bạch, Ủy viên Đoàn Mặt trận Dân tộc giải phóng. Đoàn Quảng Nam dẫn đầu. "
                   "Ông Đoàn Văn Việt dự.")
    assert persons_of(ex) == ["Trần Văn Bạch", "Đoàn Văn Việt"]


def test_a_capitalised_role_right_before_a_name_is_a_post_without_a_body():
    assert facts("Bộ trưởng Nguyễn Thị Hằng bối rối. Phó chủ tịch Trương Quang Được đề nghị. Bộ trưởng Y tế "
                 "Trần Thị Chiến trả lời; Bộ trưởng Trần Thị Chiến nói.") == {
        ("Nguyễn Thị Hằng", "Bộ trưởng", None, "holds"),
        ("Trương Quang Được", "Phó chủ tịch", None, "holds"),
        ("Trần Thị Chiến", "Bộ trưởng", "Y tế", "holds"),
    }


def test_a_term_of_office_is_not_a_tenure_period():
    (post,) = officials("Ông Lê Văn Phong tái cử Phó bí thư Thành uỷ TP HCM nhiệm kỳ 2015-2020.").posts
    assert (post.status, post.start, post.end) == ("appointed", None, None)


def test_still_is_removed_from_and_a_councils_term_for_its_member():
    assert facts("Hiện, ông Đào Tấn Lộc vẫn là Trưởng đoàn ĐBQH tỉnh Phú Yên. Ông Diệp Văn Thạnh, Chủ tịch UBND "
                 "thành phố Trà Vinh bị cách chức Phó bí thư Thành uỷ. HĐND cho thôi làm nhiệm vụ đại biểu "
                 "HĐND tỉnh khoá XVIII, nhiệm kỳ 2016 - 2021 đối với ông Hoàng Dân Mạc.") == {
        ("Đào Tấn Lộc", "Trưởng", "đoàn ĐBQH tỉnh Phú Yên", "holds"),
        ("Diệp Văn Thạnh", "Chủ tịch", "UBND thành phố Trà Vinh", "holds"),
        ("Diệp Văn Thạnh", "Phó bí thư", "Thành uỷ", "left"),
        ("Hoàng Dân Mạc", "đại biểu", "HĐND tỉnh khoá XVIII", "left"),
    }


def test_a_province_after_a_role_that_names_its_body():
    assert facts("Ông Lê Minh Hoan, Bí thư tỉnh Đồng Tháp, phát biểu. Phó Chủ tịch tỉnh Quảng Nam Lê Văn Trí "
                 "dự.") == {
        ("Lê Minh Hoan", "Bí thư", "tỉnh Đồng Tháp", "holds"),
        ("Lê Văn Trí", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam", "holds"),
    }


def test_the_agent_between_duoc_and_its_verb_does_not_cut_the_name_from_the_post():
    got = {(p.person.name, p.role, p.org.written if p.org else None, p.status)
           for p in officials("Ông Trương Văn Nghĩa được Bộ Chính trị phân công làm Bí thư Thành ủy Đà Nẵng. "
                              "Bà Lê Thị Hoa được Thủ tướng bổ nhiệm làm Thứ trưởng Bộ Tài chính. Ông Trần "
                              "Văn Cường được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh.").posts}
    assert got == {
        ("Trương Văn Nghĩa", "Bí thư", "Thành ủy Đà Nẵng", "appointed"),
        ("Lê Thị Hoa", "Thứ trưởng", "Bộ Tài chính", "appointed"),
        ("Trần Văn Cường", "Chủ tịch", "UBND tỉnh", "appointed"),
    }


def test_a_person_named_as_the_agent_keeps_only_their_own_title():
    got = {(p.person.name, p.role, p.org.written if p.org else None)
           for p in officials("Ông Lê Văn Tám được Bộ trưởng Trần Văn Bình khen thưởng.").posts}
    assert got == {("Trần Văn Bình", "Bộ trưởng", None)}


def test_pronoun_verbs_kiem_nhiem_and_ve_lam():
    got = {(p.person.name, p.role, p.org.written if p.org else None, p.status)
           for p in officials("Ông Lê Văn Tám sinh năm 1950. Giai đoạn 1998-1999, ông kiêm nhiệm chức vụ Giám "
                              "đốc Sở Tài chính. Năm 2008 ông về làm Phó Bí thư Thành ủy.").posts}
    assert got == {
        ("Lê Văn Tám", "Giám đốc", "Sở Tài chính", "former"),
        ("Lê Văn Tám", "Phó Bí thư", "Thành ủy", "holds"),
    }


def test_degrees_after_la_do_not_cut_the_name_from_its_titles():
    got = {(p.person.name, p.role, p.org.written if p.org else None)
           for p in officials("Ông Lê Văn Tám sinh năm 1960. Ông là thạc sĩ kinh tế, cử nhân luật, Trưởng Đoàn "
                              "đại biểu Quốc hội tỉnh Phú Yên. Bà Trần Thị Hoa là Thạc sĩ Quản trị kinh doanh, Ủy "
                              "viên Trung ương Đảng.").posts}
    assert got == {
        ("Lê Văn Tám", "Trưởng", "Đoàn đại biểu Quốc hội tỉnh Phú Yên"),
        ("Trần Thị Hoa", "Ủy viên", "Trung ương Đảng"),
    }
    assert not any(p.name == "Quản Trị" for p in officials("Bà Trần Thị Hoa là Thạc sĩ Quản trị kinh doanh.").persons)


def test_a_disciplinary_form_between_the_name_and_the_removal_from_posts():
    got = {(p.person.name, p.role, p.org.written if p.org else None, p.status)
           for p in officials("Ban Chấp hành Trung ương kỷ luật ông Nguyễn Văn An bằng hình thức cảnh cáo và cho "
                              "thôi giữ chức Ủy viên Bộ Chính trị khóa XII. Ban Bí thư kỷ luật bà Trần Thị Hoa "
                              "bằng hình thức: Cách chức Bí thư Thành ủy Đà Nẵng, Ủy viên Ban Thường vụ.").posts}
    assert got == {
        ("Nguyễn Văn An", "Ủy viên", "Bộ Chính trị", "left"),
        ("Trần Thị Hoa", "Bí thư", "Thành ủy Đà Nẵng", "left"),
        ("Trần Thị Hoa", "Ủy viên", "Ban Thường vụ", "left"),
    }


def test_a_predicate_after_a_title_set_off_by_two_dashes_is_the_named_person_s():
    from tests.fixtures_officials import officials

    got = {(p.person.name, p.role, p.org.written if p.org else None, p.status)
           for p in officials("Ông Lê Văn An - Phó Chủ tịch UBND tỉnh Hà Nam - được HĐND bầu làm Chủ tịch "
                              "UBND tỉnh Hà Nam thay ông Trần Văn Nam.").posts}
    assert got == {
        ("Lê Văn An", "Phó Chủ tịch", "UBND tỉnh Hà Nam", "holds"),
        ("Lê Văn An", "Chủ tịch", "UBND tỉnh Hà Nam", "appointed"),
        ("Trần Văn Nam", "Chủ tịch", "UBND tỉnh Hà Nam", "left"),
    }


def test_a_title_nobody_gains_before_thay_is_the_post_the_named_person_leaves():
    from tests.fixtures_officials import officials

    got = {(p.person.name, p.role, p.org.written if p.org else None, p.status)
           for p in officials("Quốc hội sẽ phê chuẩn Bộ trưởng Bộ Y tế mới thay ông Trương Văn Nghĩa.").posts}
    assert got == {("Trương Văn Nghĩa", "Bộ trưởng", "Bộ Y tế", "left")}
    got = {(p.person.name, p.role, p.org.written if p.org else None, p.status)
           for p in officials("Ông Lê Văn An sinh năm 1960. Ông được bầu làm Chủ tịch UBND tỉnh thay ông "
                              "Trần Văn Bình.").posts}
    assert got == {("Lê Văn An", "Chủ tịch", "UBND tỉnh", "appointed"),
                   ("Trần Văn Bình", "Chủ tịch", "UBND tỉnh", "left")}


def test_one_name_s_predicate_is_not_the_title_of_the_next_name_after_a_comma():
    """"ông A làm T1, ông B giữ chức T2": T1 is A's (reached by "làm"), not set off before B's name."""
    assert facts("Hội nghị đã bầu ông Nguyễn Văn An làm Bí thư Tỉnh ủy Hà Nam, ông Trần Văn Bình giữ chức "
                 "Phó Bí thư Tỉnh ủy.") == {
        ("Nguyễn Văn An", "Bí thư", "Tỉnh ủy Hà Nam", "appointed"),
        ("Trần Văn Bình", "Phó Bí thư", "Tỉnh ủy", "appointed"),
    }
    # who holds what (the second clause's status is read across the comma: not this rule's business)
    assert posts_of(officials("Đến nay ông Lê Văn Tâm đã bị miễn nhiệm chức vụ Giám đốc Sở Y tế, ông Phạm "
                              "Văn Hòa giữ chức Phó Giám đốc Sở Tài chính.")) == {
        ("Lê Văn Tâm", "Giám đốc", "Sở Y tế"),
        ("Phạm Văn Hòa", "Phó Giám đốc", "Sở Tài chính"),
    }
