"""Envoys, thirty-fifth titles round: a foreign ambassador's post takes the sending country as its body,
as written ("Đại sứ Cộng hòa Cuba tại Việt Nam X" -> Đại sứ @ Cộng hòa Cuba), with or without the lead
word "nước"; Vietnam's own ambassador keeps no body, as the read sets' gold writes it.

The sentences are our own, written in the shape of foreign-affairs reports.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts  # posts: (person, role, body or "", status)


def test_a_foreign_ambassador_before_his_name_takes_the_country_as_written():
    got = pipeline_posts("Phó Chủ tịch nước đã tiếp Đại sứ Cộng hòa Cuba tại Việt Nam Orlando Pérez Guillén "
                         "mới sang nhận nhiệm vụ.", "Tiếp Đại sứ")
    assert ("Orlando Pérez Guillén", "Đại sứ", "Cộng hòa Cuba", "holds") in got


def test_a_foreign_ambassador_after_his_name_with_the_full_title():
    text = "Phó Thủ tướng đã tiếp ông Kenji Watanabe, Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam, đến chào."
    assert ("Kenji Watanabe", "Đại sứ Đặc mệnh toàn quyền", "Nhật Bản", "holds") in pipeline_posts(text, "Tiếp")
    assert "Nhật Bản" in [written for _, written in pipeline_orgs(text)]
    got = pipeline_posts("Dự lễ có ông Somphone Keomany, Đại sứ Lào tại Việt Nam.", "Lễ kỷ niệm")
    assert ("Somphone Keomany", "Đại sứ", "Lào", "holds") in got
    # Vietnam's own ambassador keeps no body
    got = pipeline_posts("Dự buổi lễ có Đại sứ Việt Nam tại Nhật Bản Nguyễn Văn Hòa. Ông Trần Văn Nam, Đại sứ "
                         "Việt Nam tại Pháp, cho biết.", "Lễ kỷ niệm")
    assert ("Nguyễn Văn Hòa", "Đại sứ", "", "holds") in got
    assert ("Trần Văn Nam", "Đại sứ", "", "holds") in got
