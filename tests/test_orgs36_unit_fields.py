"""Organizations, thirty-sixth round: a unit's name held in a title runs through the lower-case words of its
field up to the punctuation that closes the title ("và" and "về" inside it), as a procuracy's or a police
unit's name states its field in full. The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs, pipeline_posts


def test_a_units_field_in_lower_case_runs_to_the_comma_closing_the_title():
    got = pipeline_posts("Bà Võ Thị Lan, Phó Trưởng Phòng Kiểm sát giải quyết án dân sự và hôn nhân về tranh chấp "
                         "đất đai, trình bày ý kiến.", "Hội nghị ngành kiểm sát")
    assert ("Võ Thị Lan", "Phó Trưởng", "Phòng Kiểm sát giải quyết án dân sự và hôn nhân về tranh chấp đất đai",
            "holds") in got
    # a name ending in a capitalised word does not run on through a list after it
    written = [w for _, w in pipeline_orgs("Ban Thường vụ kỷ luật Phó Trưởng Ban Chỉ đạo Tây Bắc và một số cán "
                                           "bộ, theo báo cáo.")]
    assert not any(w.endswith("cán bộ") for w in written)
