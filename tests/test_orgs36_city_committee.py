"""Organizations, thirty-sixth round: a city's Party committee written bare in a run of titles takes the city
the run's last body names. The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def test_a_bare_city_committee_in_a_run_of_titles_takes_the_city_the_run_ends_with():
    got = pipeline_orgs("Ông Đinh Công Sơn, Bí thư Thành ủy, Chủ tịch HĐND TP Tam Kỳ dự lễ.")
    assert ("Thành ủy Tam Kỳ", "Thành ủy") in got
    # outside a run of titles the sentence's city is not the committee's
    got = pipeline_orgs("Thành ủy đã làm việc với UBND TP Tam Kỳ về kế hoạch năm.")
    assert ("Thành ủy Tam Kỳ", "Thành ủy") not in got
