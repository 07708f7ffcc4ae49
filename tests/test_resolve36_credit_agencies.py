"""A byline that names its news agency (round 36): "Hoàng Minh Nguyệt (TTXVN)" at the foot of a report an
aggregator carried and "Theo Hoàng Minh Nguyệt / TTXVN" at the foot of one a dataset gathered are one agency
reporter, whichever outlet carried each report; the same name of two agencies, or initials, stay apart.

Before, a credit was one person per (name, outlet) only, and the outlet was the report's publisher or
dataset: 2 bylines of the corpus build, each naming TTXVN, had a node per outlet. Reports are our own
sentences, run through the real extraction pipeline; the names are made up.
"""

from __future__ import annotations

from kg.resolve import resolve
from tests.test_resolution import report


def _credits(exs, res) -> dict[str, str]:
    """report id -> IRI of its (one) credit."""
    return {ex.report.id: str(res.of(p)) for ex in exs for p in ex.persons if p.credit}


def test_one_agencys_byline_carried_by_two_outlets_is_one_person():
    exs = [report("a", "Tỉnh đã trao 120 suất quà cho hộ nghèo trước Tết.\nHoàng Minh Nguyệt (TTXVN)",
                  publisher="Báo A"),
           report("b", "Đoàn công tác đã thăm hỏi gia đình chính sách.\nTheo Hoàng Minh Nguyệt / TTXVN",
                  publisher="Báo B"),
           # the same name of another agency, and initials of one agency: no join
           report("c", "Huyện khánh thành cây cầu dân sinh thứ ba.\nHoàng Minh Nguyệt (VOV)", publisher="Báo C"),
           report("d", "Tỉnh đã trao 120 suất quà cho hộ nghèo trước Tết.\nN.H (TTXVN)", publisher="Báo A"),
           report("e", "Đoàn công tác đã thăm hỏi gia đình chính sách.\nN.H (TTXVN)", publisher="Báo B")]
    res = resolve(exs)
    iris = _credits(exs, res)
    assert set(iris) == {"a", "b", "c", "d", "e"}, "the extractor reads every byline"
    assert iris["a"] == iris["b"] != iris["c"]
    assert iris["d"] != iris["e"]
    assert any(link.kind == "credit" and "TTXVN" in link.reason for link in res.person_links)
