"""Officials, thirty-ninth round: a title written as the subject of a held-now cue that names its holder
right after ("Tân Giám đốc Sở Y tế hiện nay là ông A") is A's post now, held, whatever its prefix ("tân":
appointed) told. A title after a comma before the cue is another clause's and keeps its status.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts


def test_a_new_title_hien_nay_la_its_holder_is_held():
    got = facts("Tân Giám đốc Sở Y tế tỉnh Điện Biên hiện nay là ông Lò Văn Thiết - Phó Chủ tịch UBND tỉnh Điện Biên.")
    assert got == {("Lò Văn Thiết", "Giám đốc", "Sở Y tế tỉnh Điện Biên", "holds"),
                   ("Lò Văn Thiết", "Phó Chủ tịch", "UBND tỉnh Điện Biên", "holds")}


def test_a_new_title_without_the_cue_and_an_appointment_before_a_comma_stay_appointed():
    assert facts("Tân Giám đốc Sở Y tế tỉnh Điện Biên hiện nay là ông Lò Văn Thiết. Tân Giám đốc Sở Tài chính tỉnh "
                 "Điện Biên là ông Lò Văn Hải. Ông Lò Văn Minh được bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Điện Biên, "
                 "hiện là Phó Chủ tịch UBND tỉnh Điện Biên.") == {
        ("Lò Văn Thiết", "Giám đốc", "Sở Y tế tỉnh Điện Biên", "holds"),
        ("Lò Văn Hải", "Giám đốc", "Sở Tài chính tỉnh Điện Biên", "appointed"),
        ("Lò Văn Minh", "Giám đốc", "Sở Xây dựng tỉnh Điện Biên", "appointed"),
        ("Lò Văn Minh", "Phó Chủ tịch", "UBND tỉnh Điện Biên", "holds")}


def test_the_post_of_the_holder_before_a_new_one_named_now_is_former():
    got = facts("Ông Lò Văn Hải - Giám đốc Sở Y tế tỉnh Điện Biên sau đó được điều động giữ chức Bí thư Huyện ủy Mường "
                "Chà. Tân Giám đốc Sở Y tế tỉnh Điện Biên hiện nay là ông Lò Văn Thiết.")
    assert got == {("Lò Văn Hải", "Giám đốc", "Sở Y tế tỉnh Điện Biên", "former"),
                   ("Lò Văn Hải", "Bí thư", "Huyện ủy Mường Chà", "appointed"),
                   ("Lò Văn Thiết", "Giám đốc", "Sở Y tế tỉnh Điện Biên", "holds")}
