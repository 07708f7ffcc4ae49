"""A byline that says where its writer works, in the ways the corpus writes it beyond "Name (TTXVN)"
(round 37): an aggregator's copy signed "Theo Lưu Hoài Phong (Sông Hương)" or "Trịnh An - Lưu Hoài
Phong/Sông Hương" is the same reporter as "Lưu Hoài Phong" at the foot of a report Sông Hương itself
published; a photo credit written with its agency before the name ("Ảnh: VGP/Đào Hải Yến", the Government
portal's photographers) is one person per (name, agency), as "Name (TTXVN)" is; and so is an agency set
on the line below the name ("Cao Thị Lụa" over "TTXVN").

Before, each of these credits was one person per outlet that carried its report: the corpus build had
seven such nodes (Hiền Hạnh, Nhật Bắc twice, Quang Hiếu, Phương Thảo, Thế Kha, Đặng Dương). A word in
brackets that names no newspaper of the build and no agency ("(tổng hợp)") joins nothing. Reports are
our own sentences, run through the real extraction pipeline; the names and the newspaper are made up.
"""

from __future__ import annotations

from kg.resolve import resolve
from tests.test_resolution import report


def _credits(exs, res, name: str) -> dict[str, str]:
    """report id -> IRI of the credit called ``name`` in it."""
    return {ex.report.id: str(res.of(p)) for ex in exs for p in ex.persons if p.credit and p.name == name}


def test_a_byline_naming_the_newspaper_it_was_copied_from_is_that_newspapers_reporter():
    exs = [report("a", "Tỉnh đã trao 120 suất quà cho hộ nghèo trước Tết.\nLưu Hoài Phong",
                  publisher="Sông Hương"),
           report("b", "Đoàn công tác đã thăm hỏi gia đình chính sách.\nTheo Lưu Hoài Phong (Sông Hương)",
                  publisher="Tin Tổng Hợp"),
           report("c", "Huyện khánh thành cây cầu dân sinh thứ ba.\nTrịnh An - Lưu Hoài Phong/Sông Hương",
                  publisher="Báo Miền Xa"),
           # "(tổng hợp)" names no newspaper of the build: the reporter of a third outlet stays apart
           report("d", "Xã hoàn thành đường bê tông liên thôn.\nLưu Hoài Phong (tổng hợp)", publisher="Báo Cao Nguyên")]
    res = resolve(exs)
    iris = _credits(exs, res, "Lưu Hoài Phong")
    assert set(iris) == {"a", "b", "c", "d"}, "the extractor reads every byline"
    assert iris["a"] == iris["b"] == iris["c"] != iris["d"]


def test_an_agency_written_before_the_photographer_or_below_the_writer_is_one_person_per_agency():
    exs = [report("a", "Thủ tướng phát biểu tại hội nghị. Ảnh: VGP/Đào Hải Yến\nHội nghị kéo dài một ngày.",
                  publisher="Tin Tổng Hợp"),
           report("b", "Thủ tướng thăm công trình (ảnh: VGP / Đào Hải Yến).\nCông trình vượt tiến độ.",
                  publisher="Báo Miền Xa"),
           report("c", "Tỉnh đã trao 120 suất quà cho hộ nghèo trước Tết.\nCao Thị Lụa\nTTXVN",
                  publisher="Sông Hương"),
           report("d", "Đoàn công tác đã thăm hỏi gia đình chính sách.\nCao Thị Lụa (TTXVN)", publisher="Báo Miền Xa")]
    res = resolve(exs)
    photos = _credits(exs, res, "Đào Hải Yến")
    writers = _credits(exs, res, "Cao Thị Lụa")
    assert set(photos) == {"a", "b"} and set(writers) == {"c", "d"}, "the extractor reads every credit"
    assert photos["a"] == photos["b"]
    assert writers["c"] == writers["d"]
