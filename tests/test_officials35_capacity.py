"""Titles told in a fronted capacity clause before a bare "ông" / "bà" / "đồng chí" ("Trên cương vị A, B,
đồng chí luôn ..."): the honorific is the subject of the sentence, a pronoun for the person named just
before, whatever verb follows it, so the clause's titles are that person's.

The sentences are our own, written in the shape of corpus obituaries and profiles.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)

_LEAD = "Đồng chí Trần Văn Bình sinh năm 1940 tại xã Yên Lạc, huyện Ý Yên, tỉnh Nam Định. "


def test_titles_of_a_capacity_clause_go_to_a_pronoun_with_any_verb_after_it():
    got = pipeline_posts(_LEAD + "Trên cương vị Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, đồng chí luôn giữ gìn "
                         "phẩm chất của người cộng sản.", "Tưởng nhớ đồng chí Trần Văn Bình")
    assert ("Trần Văn Bình", "Ủy viên", "Trung ương Đảng", "holds") in got
    assert ("Trần Văn Bình", "Bí thư", "Tỉnh ủy", "holds") in got


def test_a_capacity_clause_opened_by_voi_before_ong_and_a_plain_verb():
    got = pipeline_posts("Ông Lê Văn Tâm sinh năm 1968. Với cương vị Chủ tịch UBND tỉnh Hà Nam, ông chỉ đạo "
                         "quyết liệt việc giải phóng mặt bằng.", "Chân dung")
    assert ("Lê Văn Tâm", "Chủ tịch", "UBND tỉnh Hà Nam", "holds") in got
    # a clause with no capacity cue has a subject of its own: its title is not the pronoun's
    got = pipeline_posts("Ông Lê Văn Tâm sinh năm 1968. Khi Chủ tịch UBND tỉnh Hà Nam về thăm, ông rất xúc động.",
                         "Chân dung")
    assert not any(p == "Lê Văn Tâm" and r == "Chủ tịch" for p, r, _, _ in got)
