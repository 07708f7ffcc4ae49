"""Officials, forty-first round: a posting before the post ("điều động X ... đến nhận công tác tại BODY và
(bổ nhiệm) giữ chức ROLE") and a nomination to the body that will give the post ("giới thiệu để UBND tỉnh
bổ nhiệm giữ chức ROLE", "giới thiệu để hiệp thương cử giữ chức ROLE").

The posting cue (posting_cues.tsv) and its body are passed on the way from the name to the linking verb; the
post is appointed by the act before the name. After "giới thiệu để" (undone_acts.tsv, reach put_forward) the act is the
receiving body's, still to come: nominated. The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_posting_to_a_board_then_its_head_post_is_appointed():
    got = facts("Ban Thường vụ Tỉnh ủy quyết định điều động đồng chí Nguyễn Văn An, Tỉnh ủy viên, Bí thư Huyện ủy "
                "Kỳ Anh đến nhận công tác tại Ban Dân vận Tỉnh ủy và bổ nhiệm giữ chức Trưởng Ban Dân vận Tỉnh ủy.")
    assert ("Nguyễn Văn An", "Trưởng", "Ban Dân vận Tỉnh ủy", "appointed") in got


def test_a_posting_set_off_by_commas_after_a_title_left():
    got = facts("Bộ Chính trị điều động đồng chí Nguyễn Văn An, thôi giữ chức Bí thư Tỉnh ủy Cao Bằng, đến nhận "
                "công tác tại Ban Nội chính Trung ương, giữ chức Phó Trưởng Ban Nội chính Trung ương.")
    assert got == {("Nguyễn Văn An", "Bí thư", "Tỉnh ủy Cao Bằng", "left"),
                   ("Nguyễn Văn An", "Phó Trưởng", "Ban Nội chính Trung ương", "appointed")}


def test_a_post_the_receiving_body_will_give_is_nominated():
    got = facts("Điều động đồng chí Lê Văn Hùng, Phó Chánh Văn phòng UBND tỉnh, đến nhận công tác tại Sở Nội vụ "
                "và giới thiệu để UBND tỉnh bổ nhiệm giữ chức Giám đốc Sở Nội vụ.")
    assert got == {("Lê Văn Hùng", "Phó Chánh", "Văn phòng UBND tỉnh", "holds"),
                   ("Lê Văn Hùng", "Giám đốc", "Sở Nội vụ", "nominated")}
    # an appointment done after a nomination stays appointed
    assert facts("Ông Lê Văn Hùng được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh sau khi được Ban Thường vụ giới "
                 "thiệu để bầu.") == {("Lê Văn Hùng", "Chủ tịch", "UBND tỉnh", "appointed")}


def test_a_posting_to_a_district_then_a_chain_of_assignments():
    got = facts("Luân chuyển đồng chí Nguyễn Văn An, Phó Giám đốc Sở Tài chính, đến nhận công tác tại huyện Quảng "
                "Điền; chỉ định tham gia Ban Chấp hành, giữ chức Phó Bí thư Huyện ủy Quảng Điền và giới thiệu để "
                "hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ huyện Quảng Điền.")
    assert ("Nguyễn Văn An", "Phó Bí thư", "Huyện ủy Quảng Điền", "appointed") in got
    assert ("Nguyễn Văn An", "Phó Chủ tịch", "Ủy ban MTTQ huyện Quảng Điền", "nominated") in got
