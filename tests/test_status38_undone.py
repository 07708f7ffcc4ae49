"""Acts not done and acts told as past, thirty-eighth status round. The words that make an act written after them
not done (a step to come, a condition, a plan, a request) have one home, undone_acts.tsv, read with its reach by
the status rules and by the removal named by its role: a removal written after a condition ("trong trường hợp")
ends nothing. A decision that names no post, cited in a sentence told as before the event ("Trước đó, ..."), ends
the titles written with its person before the report's event: they are past posts ("former"), not left in it.

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_removal_named_by_its_role_after_a_condition_ends_nothing():
    got = pipeline_posts("Bộ trưởng Trần Văn Hòa dự hội nghị. Trong trường hợp Quốc hội miễn nhiệm chức bộ trưởng đối "
                         "với ông Trần Văn Hòa, Chính phủ sẽ giới thiệu người thay thế.", "Hội nghị ngành")
    assert ("Trần Văn Hòa", "Bộ trưởng", "", "holds") in got


def test_a_retirement_decision_told_as_before_the_event_makes_the_titles_past():
    got = pipeline_posts("Sáng 14/3, Quân khu 5 tổ chức hội nghị tổng kết công tác năm. Trước đó, Bộ Quốc phòng đã "
                         "công bố quyết định nghỉ hưu theo chế độ đối với Thiếu tướng Lê Văn Tâm, Phó Tư lệnh Quân "
                         "khu 5.", "Hội nghị Quân khu 5")
    assert ("Lê Văn Tâm", "Phó Tư lệnh", "Quân khu 5", "former") in got
