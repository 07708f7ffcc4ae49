"""Posts missed or given a wrong body on the read sets (issue 15): a role that needs a body written
alone in a parenthesis after a name is a post with no body, as the text gives it; a minister's body
is not guessed from a list of ministries written before the title; a congress named by its number
opens a sentence as a fronted time does, so that its later subjectless clauses are the subject's; a
parenthesis saying what a person is now ("(nay là ...)") makes the titles written before it former.

The sentences are our own, written in the shape of corpus disciplinary reports and session reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_role_alone_in_a_parenthesis_after_a_name_is_a_post_with_no_body():
    got = facts("Văn phòng Thành uỷ đã kỷ luật khiển trách ông Hoàng Văn Thi (Phó tổng giám đốc) và ông "
                "Huỳnh Văn Hải (kiểm soát viên).")
    assert got == {
        ("Hoàng Văn Thi", "Phó tổng giám đốc", None, "holds"),
        ("Huỳnh Văn Hải", "kiểm soát viên", None, "holds"),
    }
    got = facts("Ông Huỳnh Văn Tài (Bí thư chi bộ, Kế toán trưởng) bị kỷ luật.")
    assert got == {
        ("Huỳnh Văn Tài", "Bí thư", "chi bộ", "holds"),
        ("Huỳnh Văn Tài", "Kế toán trưởng", None, "holds"),
    }


def test_a_parenthesis_holding_anything_but_titles_gives_no_bare_role():
    assert facts("Ông Nguyễn Văn Hùng (43 tuổi, Giám đốc) phát biểu.") == set()



def test_a_list_of_ministries_gives_no_body_to_a_minister_named_after_it():
    got = facts("Có 5 bộ trưởng trả lời chất vấn, gồm bộ trưởng các bộ: Công nghiệp, Y tế, Nông nghiệp và Phát "
                "triển Nông thôn. Riêng Bộ trưởng Nguyễn Văn Hiển, đây là lần thứ tư trả lời chất vấn.")
    assert ("Nguyễn Văn Hiển", "Bộ trưởng", None, "holds") in got
    assert not any(f[0] == "Nguyễn Văn Hiển" and f[2] for f in got)
    # one ministry named before: the minister's, as before
    got = facts("Bộ Nội vụ vừa có báo cáo. Theo Bộ trưởng Nguyễn Văn Hiển, việc này cần làm ngay.")
    assert got == {("Nguyễn Văn Hiển", "Bộ trưởng", "Bộ Nội vụ", "holds")}


def test_a_congress_named_by_its_number_is_a_fronted_time_before_the_subject():
    # the later clause with no subject of its own is the subject's, as after "Năm 2002, ông ..."
    got = facts("Tại Đại hội IX, ông Hoàng Văn Hải được bầu vào Ban chấp hành Trung ương Đảng; từ năm 2002 trở "
                "thành Bộ trưởng Công nghiệp.")
    assert ("Hoàng Văn Hải", "Bộ trưởng", "Công nghiệp", "former") in got


def test_a_parenthesis_saying_what_the_person_is_now_makes_the_titles_before_it_former():
    got = facts("Chiếc xe chỉ dùng cho Chủ tịch thành phố Hoàng Văn Nghiêm (nay là Phó Bí thư Thành ủy Hà Nội).")
    assert got == {
        ("Hoàng Văn Nghiêm", "Chủ tịch thành phố", None, "former"),
        ("Hoàng Văn Nghiêm", "Phó Bí thư", "Thành ủy Hà Nội", "holds"),
    }
    got = facts("Ông Trần Công Chính - Chủ tịch UBND tỉnh Hậu Giang nhiệm kỳ 2010-2015 (hiện là Bí thư Tỉnh ủy "
                "Hậu Giang) nhận thấy thiếu trách nhiệm.")
    assert got == {
        ("Trần Công Chính", "Chủ tịch", "UBND tỉnh Hậu Giang", "former"),
        ("Trần Công Chính", "Bí thư", "Tỉnh ủy Hậu Giang", "holds"),
    }
    # an aside of another kind leaves the title held
    assert facts("Ông Lê Văn An, Bí thư Tỉnh ủy Nghệ An (43 tuổi), phát biểu.") == {
        ("Lê Văn An", "Bí thư", "Tỉnh ủy Nghệ An", "holds")}
