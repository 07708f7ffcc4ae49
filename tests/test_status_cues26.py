"""Status cues of the twenty-sixth round (loaders/data/status_cues.tsv). The sentences are our own."""

from __future__ import annotations

from tests.test_officials_careers import facts


def test_whether_someone_will_be_elected_is_a_nomination_not_an_election():
    got = facts("Ông Nguyễn Văn Bình cho rằng, ông Trần Văn Tâm có trúng cử chức danh Chủ tịch UBND tỉnh hay "
                "không là do HĐND quyết định.")
    assert ("Trần Văn Tâm", "Chủ tịch", "UBND tỉnh", "nominated", "", "") in got
