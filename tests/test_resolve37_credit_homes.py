"""A byline that says where its writer works, in the ways the corpus writes it beyond "Name (TTXVN)"
(round 37): an aggregator's copy signed "Theo Lưu Hoài Phong (Sông Hương)" or "Trịnh An - Lưu Hoài
Phong/Sông Hương" is the same reporter as "Lưu Hoài Phong" at the foot of a report Sông Hương itself
published; a photo credit written with its agency before the name ("Ảnh: VGP/Đào Hải Yến", the Government
portal's photographers) is one person per (name, agency), as "Name (TTXVN)" is; and so is an agency set
on the line below the name ("Cao Thị Lụa" over "TTXVN").

The reporter's node is named after the newspaper, as its own reports' credits are. Before, each of
these credits was one person per outlet that carried its report: the corpus build had six such extra
nodes (Hiền Hạnh, Nhật Bắc, Quang Hiếu, Phương Thảo, Thế Kha, Đặng Dương). A word in brackets that
names no newspaper of the build and no agency ("(tổng hợp)") joins nothing. Reports are
our own sentences, run through the real extraction pipeline; the names and the newspaper are made up.
"""

from __future__ import annotations

from kg.resolve import resolve
from tests.test_resolution import report


def _credits(exs, res, name: str) -> dict[str, str]:
    """report id -> IRI of the credit called ``name`` in it."""
    return {ex.report.id: str(res.of(p)) for ex in exs for p in ex.persons if p.credit and p.name == name}


# (id, text, publisher): the two newspapers, two aggregators and a dataset-like outlet are made up
ROWS = (
    ("a", "Tỉnh đã trao 120 suất quà cho hộ nghèo trước Tết.\nLưu Hoài Phong", "Sông Hương"),
    ("b", "Đoàn công tác đã thăm hỏi gia đình chính sách.\nTheo Lưu Hoài Phong (Sông Hương)", "Tin Tổng Hợp"),
    ("c", "Huyện khánh thành cây cầu dân sinh thứ ba.\nTrịnh An - Lưu Hoài Phong/Sông Hương", "Báo Miền Xa"),
    # "(tổng hợp)" names no newspaper of the build: the reporter of a third outlet stays apart
    ("d", "Xã hoàn thành đường bê tông liên thôn.\nLưu Hoài Phong (tổng hợp)", "Báo Cao Nguyên"),
    ("e", "Thủ tướng phát biểu tại hội nghị. Ảnh: VGP/Đào Hải Yến\nHội nghị kéo dài một ngày.", "Tin Tổng Hợp"),
    ("f", "Thủ tướng thăm công trình (ảnh: VGP / Đào Hải Yến).\nCông trình vượt tiến độ.", "Báo Miền Xa"),
    ("g", "Tỉnh đã trao 120 suất quà cho hộ nghèo trước Tết.\nCao Thị Lụa\nTTXVN", "Sông Hương"),
    ("h", "Đoàn công tác đã thăm hỏi gia đình chính sách.\nCao Thị Lụa (TTXVN)", "Báo Miền Xa"),
)


def _resolved() -> tuple[list, object]:
    exs = [report(rid, text, publisher=publisher) for rid, text, publisher in ROWS]
    return exs, resolve(exs)


def test_a_byline_naming_the_newspaper_it_was_copied_from_is_that_newspapers_reporter():
    exs, res = _resolved()
    iris = _credits(exs, res, "Lưu Hoài Phong")
    assert set(iris) == {"a", "b", "c", "d"}, "the extractor reads every byline"
    assert iris["a"] == iris["b"] == iris["c"] != iris["d"]
    assert "publisher-song-huong" in iris["a"], "the reporter is named after the newspaper, not an aggregator"


def test_an_agency_written_before_the_photographer_or_below_the_writer_is_one_person_per_agency():
    exs, res = _resolved()
    photos, writers = _credits(exs, res, "Đào Hải Yến"), _credits(exs, res, "Cao Thị Lụa")
    assert set(photos) == {"e", "f"} and set(writers) == {"g", "h"}, "the extractor reads every credit"
    assert photos["e"] == photos["f"]
    assert writers["g"] == writers["h"]
