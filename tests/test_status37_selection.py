"""Chosen for a post, thirty-seventh status round: "được" + a verb of choosing (selection_verbs.tsv: "lựa chọn",
"chọn", "bầu chọn") gives the post after the link as "được bầu làm" does: appointed. The table's verbs were passed
over between the name and the linking verb, but only "bầu chọn" took a status (status_cues.tsv's "bầu").

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_chosen_for_a_post_is_appointed_as_elected_is():
    got = pipeline_posts("Bà Lê Thị Mai được lựa chọn làm Chủ tịch Hội Nông dân xã Tân Lập. Ông Trần Văn Hải được "
                         "chọn làm Phó Chủ tịch Hội Nông dân xã Tân Lập.", "Đại hội Hội Nông dân xã Tân Lập")
    assert ("Lê Thị Mai", "Chủ tịch", "Hội Nông dân xã Tân Lập", "appointed") in got
    assert ("Trần Văn Hải", "Phó Chủ tịch", "Hội Nông dân xã Tân Lập", "appointed") in got
