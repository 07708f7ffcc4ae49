"""Careers, forty-second round: career steps the subject is not written beside.

- A profile's pronoun that opens with "có nhiều năm" ("Ông có nhiều năm công tác tại Vụ X và từng là Y") is the
  person last named: Y is a past post of theirs (pronoun_next.tsv).
- A pronoun after a fronted capacity clause ("Trên cương vị Bộ trưởng, đồng chí đã ...") is its sentence's
  subject and continues the biography's subject, not a predecessor the sentence before names ("thay ông B").
- A dated career line that goes on with a passive move ("- Từ 3/2014 - 9/2015: Được luân chuyển về địa phương,
  giữ chức X") gives X as the line's step.
- A reason clause told in the active voice ("... đối với ông X, ..., do chuyển công tác làm Y") gives Y, held;
  one with a long agent ("do được Ban Thường vụ Tỉnh ủy Z điều động, bổ nhiệm giữ chức Y") too.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_pronoun_with_many_years_of_work_and_tung_la_gives_the_past_post():
    got = facts("Bộ Nội vụ bổ nhiệm ông Trần Văn Hùng giữ chức Vụ trưởng Vụ Tổ chức cán bộ. Ông có nhiều năm "
                "công tác tại Vụ Tiền lương và từng là Phó Chánh Văn phòng Bộ Nội vụ giai đoạn 2010-2014.")
    assert ("Trần Văn Hùng", "Phó Chánh", "Văn phòng Bộ Nội vụ", "former") in got


def test_a_pronoun_after_a_capacity_clause_continues_the_biography_not_the_predecessor():
    text = ("Đồng chí Lương Văn Tư sinh năm 1941. Năm 2001, đồng chí được Quốc hội phê chuẩn giữ chức Bộ trưởng "
            "Bộ Nội vụ, thay ông Hà Minh Châu chuyển công tác khác. Trên cương vị người đứng đầu ngành, đồng chí "
            "đã cùng tập thể lãnh đạo Bộ xây dựng nhiều luật.\n"
            "Tóm tắt quá trình công tác:\n"
            "- Từ 1980 đến 1990: Phó Chủ tịch UBND tỉnh Hà Nam Ninh.\n"
            "- Từ 1991 đến 2001: Bí thư Tỉnh ủy Ninh Bình.")
    got = facts(text)
    assert ("Lương Văn Tư", "Phó Chủ tịch", "UBND tỉnh Hà Nam Ninh", "former") in got
    assert ("Lương Văn Tư", "Bí thư", "Tỉnh ủy Ninh Bình", "former") in got
    assert not {f for f in got if f[0] == "Hà Minh Châu" and f[2] in ("UBND tỉnh Hà Nam Ninh", "Tỉnh ủy Ninh Bình")}


def test_a_dated_career_line_with_a_passive_move_gives_its_post_other_words_none():
    text = ("Đồng chí Trần Văn Minh sinh năm 1970.\n"
            "Quá trình công tác:\n"
            "- Từ 3/2010 - 2/2014: Phó Vụ trưởng Vụ Kế hoạch, Bộ Nội vụ.\n"
            "- Từ 3/2014 - 9/2015: Được luân chuyển về địa phương, giữ chức Phó Chủ tịch UBND tỉnh Nam Định.\n"
            "- Từ 10/2015 đến nay: Thứ trưởng Bộ Nội vụ.")
    got = facts(text)
    assert ("Trần Văn Minh", "Phó Chủ tịch", "UBND tỉnh Nam Định", "former") in got
    assert ("Trần Văn Minh", "Thứ trưởng", "Bộ Nội vụ", "holds") in got
    other = ("Đồng chí Trần Văn Minh sinh năm 1970.\n"
             "Quá trình công tác:\n"
             "- Từ 3/2014 - 9/2015: Học tập tại Học viện Chính trị, làm luận án về Phó Chủ tịch UBND tỉnh.")
    assert not {f for f in facts(other) if f[1] == "Phó Chủ tịch"}  # no passive move: no step


def test_a_reason_clause_in_the_active_voice_gives_the_new_post_held():
    got = facts("HĐND tỉnh miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Lê Văn An, nguyên Giám đốc Sở Tư "
                "pháp, do chuyển công tác làm Phó Trưởng Ban Nội chính Tỉnh ủy.")
    assert ("Lê Văn An", "Phó Trưởng", "Ban Nội chính Tỉnh ủy", "holds") in got
    assert ("Lê Văn An", "Ủy viên", "UBND tỉnh", "left") in got


def test_a_reason_clause_with_a_long_agent_gives_the_new_post_held():
    got = facts("HĐND thành phố miễn nhiệm chức vụ Chủ tịch UBND thành phố đối với ông Lê Văn An, Phó Bí thư "
                "Thành ủy, do được Ban Thường vụ Tỉnh ủy Quảng Ngãi điều động, bổ nhiệm giữ chức Phó Giám đốc Sở "
                "Công Thương.")
    assert ("Lê Văn An", "Phó Giám đốc", "Sở Công Thương", "holds") in got
