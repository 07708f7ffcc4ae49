"""Posts of shapes read on reports nobody tuned for (issue 15, twenty-fifth round of officials).

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials, persons_of

_CV = ("Hai nhân sự được giới thiệu là ông Trần Văn Nam và ông Lê Văn Bình.\n"
       "Ông Trần Văn Nam sinh năm 1965 tại tỉnh Long An.\n"
       "Ông hiện là Phó Giám đốc Công an TP. HCM.\n"
       "Từ tháng 3/1990 đến tháng 6/2001: Ông công tác tại Công an quận 5, TP. HCM lần lượt giữ các chức vụ "
       "Cán bộ Đội Cảnh sát Kinh tế, Phó Đội trưởng Đội Cảnh sát Kinh tế.\n"
       "Từ tháng 6/2001 đến tháng 5/2005: Ông là Trưởng Công an quận 5.\n"
       "Ông Lê Văn Bình sinh năm 1966.")


def test_a_body_the_finder_does_not_know_after_a_title_that_needs_one_is_no_name():
    # "Đội Cảnh sát Kinh tế" is the body of "Cán bộ", not a foreigner "Đội Cảnh"; the "Ông" of the
    # next line is still Trần Văn Nam
    ex = officials(_CV)
    assert "Đội Cảnh" not in persons_of(ex)
    got = facts(_CV)
    assert ("Trần Văn Nam", "Trưởng", "Công an quận 5", "former") in got
    assert not any(f[0].startswith("Đội") for f in got)


def test_a_head_of_government_needs_no_body_and_a_foreign_name_follows_it():
    got = facts("Thủ tướng Campuchia Xam Đéc Hun Xen một lần nữa cảm ơn Việt Nam.")
    assert any(f[0] == "Xam Đéc Hun Xen" and f[1] == "Thủ tướng" for f in got)


def _named(text: str) -> set[tuple[str, str, str | None, str]]:
    """(person, role, organization's canonical name, status) of every post."""
    return {(p.person.name, p.role, p.org.name if p.org else None, p.status) for p in officials(text).posts}


def test_a_ministry_after_the_comma_that_closes_a_unit_title_is_the_units_parent():
    text = ("Sau 3 năm công tác tại Công ty Điện lực I, ông Trần Văn Nam chuyển lên làm Phó văn phòng "
            "kiêm Trưởng phòng Tổng hợp, Bộ Công nghiệp.")
    got = _named(text)
    assert ("Trần Văn Nam", "Phó", "Văn phòng Bộ Công nghiệp", "former") in got
    assert ("Trần Văn Nam", "Trưởng", "Phòng Tổng hợp Bộ Công nghiệp", "former") in got
    # the unit as written stays the node's written label (gold sets write it either way)
    assert ("Trần Văn Nam", "Trưởng", "phòng Tổng hợp", "former") in facts(text)
    # the unit's parent inside a career list, the items after the ";" still the person's
    got = _named("Ông Trần Văn Nam từng giữ các chức vụ: Trưởng phòng Kế hoạch, Sở Tài chính tỉnh Nghệ An; "
                 "Phó giám đốc Sở Tài chính tỉnh Nghệ An.")
    assert any(f[1] == "Trưởng" and (f[2] or "").startswith("Phòng Kế hoạch Sở Tài chính") for f in got)


def test_a_seat_after_the_comma_is_no_parent_of_the_unit():
    got = _named("Ông Trần Văn Nam, Trưởng ban Tổ chức, Thường vụ Tỉnh ủy Nghệ An, phát biểu.")
    assert not any("Thường vụ" in (f[2] or "") and f[1] == "Trưởng ban" for f in got)


def test_a_bare_role_takes_no_body_when_its_sentence_names_two_of_the_kind():
    text = ("Sáng qua, tại cuộc giao ban lãnh đạo Bộ Xây dựng, có sự tham dự của các thứ trưởng, đại diện "
            "Bộ Nội vụ và một số ban Đảng Trung ương, ông Lê Văn Bình nói rằng việc Thứ trưởng Trần Văn Tiến "
            "bị tạm đình chỉ là việc không ai mong muốn.")
    got = _named(text)
    assert not any(f[0] == "Trần Văn Tiến" and f[2] is not None for f in got)
    # one ministry in the sentence is still the bare role's
    got = _named("Bộ Nội vụ vừa tổ chức hội nghị, Thứ trưởng Trần Văn Tiến phát biểu.")
    assert ("Trần Văn Tiến", "Thứ trưởng", "Bộ Nội vụ", "holds") in got


def test_a_deputy_set_off_after_the_name_with_the_deputation_sits_in_the_session_assembly():
    text = ("Sáng 5-4, Quốc hội thảo luận tại kỳ họp thứ 5 về dự án đường cao tốc. ĐB Trần Văn Lương (Hà Nội) "
            "phát biểu. Ông Nông Văn Cừ - ĐB Cao Bằng - ủng hộ ngay ý kiến này. Bà Lê Thị Tám, đại biểu "
            "Hà Nội, cho rằng cần làm ngay.")
    got = _named(text)
    assert ("Nông Văn Cừ", "Đại biểu", "Quốc hội", "holds") in got
    assert ("Lê Thị Tám", "Đại biểu", "Quốc hội", "holds") in got
    # outside a session's report "đại biểu" is a delegate, no post
    got = _named("Ông Nông Văn Cừ - đại biểu Cao Bằng - dự lễ khánh thành cây cầu.")
    assert not any(f[0] == "Nông Văn Cừ" for f in got)


def test_a_handover_gives_the_post_to_the_successor_and_takes_it_from_the_predecessor():
    got = _named("Theo quyết định của Bộ Chính trị, ông Nguyễn Văn Độ được giao nhiệm vụ làm Bí thư Tỉnh uỷ "
                 "Quảng Ninh, thay người tiền nhiệm Phạm Minh Chánh giữ chức Phó trưởng ban Tổ chức Trung ương.")
    assert ("Nguyễn Văn Độ", "Bí thư", "Tỉnh ủy Quảng Ninh", "appointed") in got
    assert ("Phạm Minh Chánh", "Bí thư", "Tỉnh ủy Quảng Ninh", "left") in got
    assert ("Phạm Minh Chánh", "Phó trưởng", "Ban Tổ chức Trung ương", "appointed") in got
    assert not any(f[0] == "Nguyễn Văn Độ" and f[1] == "Phó trưởng" for f in got)


def test_a_comma_then_rooi_joins_a_deputy_to_the_head_of_the_same_body():
    got = _named("Từ năm 2005 đến 2010, ông Trần Văn Nam được bổ nhiệm làm Phó giám đốc, rồi Giám đốc Sở Tài chính "
                 "tỉnh Nghệ An.")
    assert {(f[1], f[2]) for f in got if f[0] == "Trần Văn Nam"} >= {
        ("Phó giám đốc", "Sở Tài chính tỉnh Nghệ An"), ("Giám đốc", "Sở Tài chính tỉnh Nghệ An")}


def test_a_vien_fused_into_the_role_heads_the_institute_named_after_it():
    got = _named("Ông Trần Văn Nam từng là Phó viện trưởng, Viện trưởng Kinh tế và Chính trị thế giới, "
                 "Viện Khoa học Xã hội Việt Nam.")
    assert ("Trần Văn Nam", "Viện trưởng", "Viện Kinh tế và Chính trị thế giới", "former") in got
    assert ("Trần Văn Nam", "Phó viện trưởng", "Viện Kinh tế và Chính trị thế giới", "former") in got
