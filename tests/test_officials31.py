"""Officials, thirty-first round: a title set off by a comma after "khi ấy là" inside the name's
bracket, and a move whose object is a pronoun ("điều động ông từ vị trí A vào giữ chức B").

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_at_that_time_after_a_comma_in_the_bracket_is_a_former_post():
    got = facts("Tôi gọi anh Hoàn (ông Trần Văn Hoàn, khi ấy là chánh Văn phòng Trung ương Đảng) lên.")
    assert ("Trần Văn Hoàn", "chánh", "Văn phòng Trung ương Đảng", "former") in got


def test_luc_ay_la_after_the_name_is_a_former_post():
    got = facts("Ông Trần Văn Hoàn, lúc ấy là Bí thư Tỉnh ủy Nam Định, đã ký văn bản.")
    assert ("Trần Văn Hoàn", "Bí thư", "Tỉnh ủy Nam Định", "former") in got
    assert ("Trần Văn Hoàn", "Bí thư", "Tỉnh ủy Nam Định", "holds") not in got


def test_a_pronoun_moved_from_a_post_to_another_takes_both():
    got = facts("Ông Lê Văn Nam sinh năm 1959. Tháng 5/2008, Ban Bí thư điều động ông từ vị trí Tổng giám "
                "đốc Tổng công ty Sông Đà vào giữ chức Phó Bí thư Thành ủy Đà Nẵng.")
    assert ("Lê Văn Nam", "Tổng giám đốc", "Tổng công ty Sông Đà", "former") in got
    assert any(p == "Lê Văn Nam" and r == "Phó Bí thư" and o == "Thành ủy Đà Nẵng" for p, r, o, _ in got)


def test_resigning_is_no_pronoun_move():
    got = facts("Ông Lê Văn Nam sinh năm 1959. Năm 2010, ông từ chức Giám đốc Sở Tài chính tỉnh Nam Định.")
    assert not any(r == "Giám đốc" and s == "appointed" for _, r, _, s in got)


def test_the_central_committee_written_short_as_the_agent_of_a_move():
    got = facts("Hội nghị bầu ông Lê Văn Nam giữ chức Bí thư Tỉnh ủy Gia Lai, thay cho ông Hà Văn Tú được "
                "Trung ương điều động giữ chức Phó trưởng Ban Chỉ đạo Tây Nguyên.")
    assert ("Hà Văn Tú", "Phó trưởng", "Ban Chỉ đạo Tây Nguyên", "appointed") in got
    assert ("Hà Văn Tú", "Bí thư", "Tỉnh ủy Gia Lai", "left") in got


def test_the_central_committee_agent_before_a_nomination():
    got = facts("Ông Hà Văn Tú đã được Trung ương giới thiệu để Quốc hội bầu giữ chức Chủ tịch nước.")
    assert ("Hà Văn Tú", "Chủ tịch nước", None, "nominated") in got


def test_the_central_committee_agent_before_no_verb_gives_nothing():
    got = facts("Ông Hà Văn Tú được Trung ương quan tâm, Bí thư Tỉnh ủy Gia Lai Lê Văn Nam phát biểu.")
    assert not any(p == "Hà Văn Tú" for p, _, _, _ in got)


def test_no_longer_doing_a_post_and_moving_to_another():
    got = facts("Khi ông Trần Văn Hoàn thôi không làm chủ tịch UBND thành phố sang làm Phó bí thư Thành ủy Hà "
                "Nội, ông dùng chiếc xe đó.")
    assert ("Trần Văn Hoàn", "chủ tịch", "UBND thành phố", "former") in got
    assert any(p == "Trần Văn Hoàn" and r == "Phó bí thư" and o == "Thành ủy Hà Nội" for p, r, o, _ in got)


def test_a_career_after_a_kinship_aside_is_the_named_persons_not_the_relatives():
    got = facts("Ông Lê Kim Sơn là Phó bí thư Tỉnh ủy Bình Định. Năm 2016, từ một giáo viên, bà Lê Thị Mai "
                "(vợ ông Sơn) lần lượt được bổ nhiệm các chức vụ: Phó hiệu trưởng, Hiệu trưởng Trường THPT "
                "Trưng Vương.")
    assert ("Lê Thị Mai", "Hiệu trưởng", "Trường THPT Trưng Vương", "former") in got
    assert not any(p == "Lê Kim Sơn" and "Trưng Vương" in (o or "") for p, _, o, _ in got)


def test_a_move_after_a_kinship_aside_with_the_appointment_between_the_posts():
    got = facts("Ông Lê Kim Sơn là Phó bí thư Tỉnh ủy Bình Định. Bà Lê Thị Hương (em ruột ông Sơn) từ "
                "Trưởng phòng Tài chính Sở Khoa học và Công nghệ tỉnh Bình Định được bổ nhiệm làm Phó giám "
                "đốc Sở Lao động - Thương binh và Xã hội tỉnh Bình Định.")
    assert ("Lê Thị Hương", "Phó giám đốc", "Sở Lao động - Thương binh và Xã hội tỉnh Bình Định", "holds") in got
    assert not any(p == "Lê Kim Sơn" and r != "Phó bí thư" for p, r, _, _ in got)


def test_a_rise_from_one_post_to_another():
    got = facts("Bà Lê Thị Hoa (cháu ông Sơn) từ Phó trưởng Phòng Kinh tế huyện Quế Sơn thăng tiến lên làm "
                "Phó chủ tịch UBND xã Quế Long.")
    assert ("Lê Thị Hoa", "Phó chủ tịch", "UBND xã Quế Long", "holds") in got


def test_a_deputy_written_before_an_academic_title_across_a_comma():
    got = facts("Kỳ họp Quốc hội bàn dự án luật. Trao đổi với báo giới, đại biểu, giáo sư Nguyễn Văn Trần cho "
                "rằng luật còn nhiều điểm.")
    assert ("Nguyễn Văn Trần", "Đại biểu", "Quốc hội", "holds") in got


def test_the_deputies_asking_are_not_the_academic_named_after_them():
    got = facts("Kỳ họp Quốc hội bàn dự án luật. Trả lời ý kiến của đại biểu, giáo sư Nguyễn Văn Trần cho "
                "rằng luật còn nhiều điểm.")
    assert not any(p == "Nguyễn Văn Trần" for p, _, _, _ in got)
