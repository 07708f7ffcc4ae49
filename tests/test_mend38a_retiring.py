"""Review mend, thirty-eighth round: a predecessor's retirement day and the event's day, both written without a
year, are read near each other (loaders.dates.days_from, on year_near: the nearest reading within half a year,
across New Year within two months). A retirement from a day four months after the event's is still to come, so
the replaced man leaves the post in this event: "left".

The sentences are our own.
"""

from __future__ import annotations

from kg.loaders.dates import days_from
from kg.model import PartialDate
from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_retirement_months_after_the_event_in_the_same_year_is_still_to_come():
    got = pipeline_posts("Để kiện toàn chức danh Chủ tịch UBND huyện Tân Phước, thay ông Võ Văn Tám, Chủ tịch UBND "
                         "huyện, được nghỉ hưu theo chế độ từ ngày 1-7, sáng 2-3 HĐND huyện đã họp và bầu ông Lâm "
                         "Quang Huy giữ chức Chủ tịch UBND huyện Tân Phước.", "Bầu Chủ tịch UBND huyện")
    assert ("Võ Văn Tám", "Chủ tịch", "UBND huyện Tân Phước", "left") in got


def test_two_days_without_a_year_are_read_near_each_other():
    assert days_from(PartialDate(None, 3, 2), PartialDate(None, 7, 1)) == 121
    assert days_from(PartialDate(None, 12, 29), PartialDate(None, 1, 1)) == 3
    assert days_from(PartialDate(None, 11, 28), PartialDate(None, 10, 1)) == -58
    # a day the text tells as the later one is the first such day on or after the other
    assert days_from(PartialDate(2016, 9, 9), PartialDate(None, 5, 12), after=True) == 245
    assert days_from(PartialDate(2015, 2, 29), PartialDate(None, 5, 12)) is None
