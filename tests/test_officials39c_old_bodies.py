"""Officials, thirty-ninth round: a post in a body OF a body that no longer exists ("Trưởng đoàn đàm phán của
Chính phủ Cách mạng Lâm thời ...", the negotiating team of the Provisional Revolutionary Government) is former,
as a post in the old body itself is: no one holds it now. A body of today only named after an old one (a
veterans' "Ban liên lạc ... Liên khu V") is no such body.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_the_head_of_a_team_of_an_old_government_held_a_former_post():
    got = pipeline_posts("Bà Trần Thị Hoa, sinh năm 1930, là Trưởng đoàn đàm phán của Chính phủ Cách mạng Lâm thời "
                         "miền Nam Việt Nam tại hội nghị quốc tế.", "Người phụ nữ của hòa bình")
    assert [p for p in got if p[0] == "Trần Thị Hoa" and p[1] == "Trưởng"] == \
        [("Trần Thị Hoa", "Trưởng", "đoàn đàm phán của Chính phủ Cách mạng Lâm thời miền Nam Việt Nam", "former")]
    # an association of today named after an inter-zone is no body of one
    got = pipeline_posts("Ông Lê Văn Tâm, Trưởng Ban liên lạc truyền thống kháng chiến Liên khu V, phát biểu tại buổi "
                         "gặp mặt.", "Gặp mặt truyền thống")
    assert all(p[3] != "former" for p in got if p[0] == "Lê Văn Tâm")
