"""Sentence shapes that were missing on reports nobody tuned for (issue 15). Our own sentences, in the
shape of corpus reports: one fact in, the exact posts out."""

from __future__ import annotations

from tests.fixtures_officials import officials


def facts(text: str) -> set[tuple[str, str, str | None, str]]:
    """(person, role, organization as written, status) of every post."""
    return {(p.person.name, p.role, p.org.written if p.org else None, p.status) for p in officials(text).posts}


def test_a_birth_date_or_an_age_between_the_name_and_its_titles():
    assert facts("1. Ông Lê Văn An, sinh ngày 3 tháng 5 năm 1968, Ủy viên Ban Chấp hành Trung ương Đảng, "
                 "Phó Bí thư Thường trực Tỉnh ủy Hà Nam. 2. Bà Trần Thị Bích (SN 1971) - Giám đốc Sở Y tế. "
                 "Ông Đỗ Văn Cường, 52 tuổi, Phó Chủ tịch UBND huyện.") == {
        ("Lê Văn An", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "holds"),
        ("Lê Văn An", "Phó Bí thư Thường trực", "Tỉnh ủy Hà Nam", "holds"),
        ("Trần Thị Bích", "Giám đốc", "Sở Y tế", "holds"),
        ("Đỗ Văn Cường", "Phó Chủ tịch", "UBND huyện", "holds"),
    }


def test_an_aside_that_is_not_a_birth_date_or_an_age_does_not_open_an_apposition():
    assert facts("Ông Lê Văn An, quê Hà Nam, nông dân, Giám đốc Sở Y tế Hồ Văn Bình cho biết.") == {
        ("Hồ Văn Bình", "Giám đốc", "Sở Y tế", "holds"),
    }


def test_a_plural_title_before_a_colon_over_names_that_each_have_their_own_title_first():
    assert facts("Dự lễ có các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Y tế Lê Văn Giang; Tư lệnh Quân khu II, "
                 "trung tướng Trần Văn Khánh... cùng đông đảo đồng bào.") == {
        ("Lê Văn Giang", "Ủy viên", "Trung ương Đảng", "holds"),
        ("Lê Văn Giang", "Bộ trưởng", "Bộ Y tế", "holds"),
        ("Trần Văn Khánh", "Ủy viên", "Trung ương Đảng", "holds"),
        ("Trần Văn Khánh", "Tư lệnh", "Quân khu II", "holds"),
    }


def test_a_rank_between_a_title_and_the_name_it_precedes():
    assert facts("Giám đốc Công an tỉnh, Đại tá Lê Văn Minh cho biết.") == {
        ("Lê Văn Minh", "Giám đốc", "Công an tỉnh", "holds"),
    }


def test_a_second_predicate_with_its_own_verb_continues_the_same_subject():
    assert facts("Từ năm 2000 đến năm 2006, ông Hồ Văn Em là Bí thư Thành uỷ Hà Nội và sau đó giữ chức "
                 "Chủ tịch Quốc hội hai khoá XI, XII.") == {
        ("Hồ Văn Em", "Bí thư", "Thành uỷ Hà Nội", "former"),
        ("Hồ Văn Em", "Chủ tịch", "Quốc hội", "former"),
    }


def test_a_decision_after_the_apposition_gives_the_new_post():
    assert facts("Ông Hồ Văn Em, Giám đốc Sở Kế hoạch và Đầu tư, đã có quyết định bổ nhiệm giữ chức vụ Chánh "
                 "Văn phòng Thành ủy.") == {
        ("Hồ Văn Em", "Giám đốc", "Sở Kế hoạch và Đầu tư", "holds"),
        ("Hồ Văn Em", "Chánh", "Văn phòng Thành ủy", "appointed"),
    }


def test_a_role_without_a_body_belongs_to_the_workplace_named_before_it():
    assert facts("Từ tháng 3/1990 đến tháng 6/2001, ông Hồ Văn Em công tác tại Sở Tư pháp, giữ các chức vụ "
                 "Phó Trưởng phòng, Trưởng phòng.") == {
        ("Hồ Văn Em", "Phó Trưởng phòng", "Sở Tư pháp", "former"),
        ("Hồ Văn Em", "Trưởng phòng", "Sở Tư pháp", "former"),
    }
    assert facts("Ông Hồ Văn Em công tác nhiều năm ở Tạp chí Cộng sản và giữ chức Tổng biên tập.") == {
        ("Hồ Văn Em", "Tổng biên tập", "Tạp chí Cộng sản", "holds"),
    }


def test_a_visit_is_not_a_workplace():
    assert facts("Đoàn công tác làm việc tại UBND tỉnh Nam Định, Bộ trưởng Hồ Văn Em phát biểu.") == {
        ("Hồ Văn Em", "Bộ trưởng", None, "holds"),
    }


def test_a_secretary_before_a_peoples_committee_is_the_secretary_of_that_places_party_committee():
    got = facts("Ông Trần Văn Nam, Bí thư kiêm Chủ tịch UBND quận 3, phát biểu. Bà Lê Thị Hoa là con gái "
                "của ông Trần Đình Mạnh, nguyên Bí thư, Chủ tịch UBND huyện Tuy Đức.")
    assert {f[:3] for f in got} == {
        ("Trần Văn Nam", "Bí thư", "Quận ủy quận 3"),
        ("Trần Văn Nam", "Chủ tịch", "UBND quận 3"),
        ("Trần Đình Mạnh", "Bí thư", "Huyện ủy huyện Tuy Đức"),
        ("Trần Đình Mạnh", "Chủ tịch", "UBND huyện Tuy Đức"),
    }


def test_rarer_roles_from_the_role_table():
    assert facts("Ông Hồ Văn Em, Thẩm phán Tòa án nhân dân tối cao, và ông Lê Văn Phú, Đặc phái viên của "
                 "Tổng Bí thư, dự. Người phát ngôn Bộ Ngoại giao Lê Thị Hằng cho biết.") == {
        ("Hồ Văn Em", "Thẩm phán", "Tòa án nhân dân tối cao", "holds"),
        ("Lê Văn Phú", "Đặc phái viên", None, "holds"),
        ("Lê Thị Hằng", "Người phát ngôn", "Bộ Ngoại giao", "holds"),
    }


def test_a_post_proposed_for_a_body_to_approve():
    assert facts("Thủ tướng đã giới thiệu ông Nguyễn Văn Thành - Bí thư Tỉnh uỷ Sóc Trăng để Quốc hội phê "
                 "chuẩn giữ chức Bộ trưởng Giao thông Vận tải. Ban Bí thư chỉ định ông Hồ Văn Em giữ chức Phó Bí "
                 "thư Tỉnh ủy và giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh.") == {
        ("Nguyễn Văn Thành", "Bí thư", "Tỉnh uỷ Sóc Trăng", "holds"),
        ("Nguyễn Văn Thành", "Bộ trưởng", "Giao thông Vận tải", "appointed"),
        ("Hồ Văn Em", "Phó Bí thư", "Tỉnh ủy", "appointed"),
        ("Hồ Văn Em", "Chủ tịch", "UBND tỉnh", "appointed"),
    }


def test_a_compound_title_after_a_preposition_is_the_name_s_own():
    assert facts("Báo chí trao đổi với nguyên Ủy viên Bộ Chính trị - Chủ tịch Quốc hội Nguyễn Văn An.") == {
        ("Nguyễn Văn An", "Ủy viên", "Bộ Chính trị", "former"),
        ("Nguyễn Văn An", "Chủ tịch", "Quốc hội", "holds"),
    }


def test_a_guest_s_titles_after_de_are_not_given_to_the_host_who_speaks_next():
    assert facts("Chào mừng chuyến thăm của Chủ tịch Thượng viện, kiêm Chủ tịch Quốc hội Myanmar, ông Nguyễn "
                 "Văn Nhân nhấn mạnh quan hệ hai nước.") == set()


def test_titles_written_before_the_subject_in_a_fronted_clause_with_their_periods():
    got = facts("Trong thời gian giữ chức vụ Phó Chủ tịch UBND huyện (từ 7/2014 - 10/2017), sau đó là Chủ tịch "
                "UBND huyện Krông Nô từ năm 2017 đến nay, ông Ngô Văn Đông đã vi phạm.")
    assert got == {("Ngô Văn Đông", "Phó Chủ tịch", "UBND huyện", "former"),
                   ("Ngô Văn Đông", "Chủ tịch", "UBND huyện Krông Nô", "holds")}
