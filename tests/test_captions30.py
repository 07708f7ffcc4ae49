"""The held titles of a photo caption of the past are former (loaders/extract/captions.py,
loaders/data/caption_cues.tsv); a caption of today is left as it reads.

The sentences are our own, written in the shape of corpus reports with archive photos; the living
names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def facts(text: str, date: str | None = None) -> set[tuple[str, str, str]]:
    """(person, role, status) of every post of ``text``."""
    report = build_report(report_id="r", source_file="r.txt", text="Tin lịch sử\n" + text, encoding="utf-8",
                          meta={"date": date} if date else None)
    return {(p.person.name, p.role, p.status) for p in extract(report).posts}


def test_a_caption_naming_a_leader_dead_before_the_report_is_of_the_past():
    got = facts("Trong ảnh, từ phải sang trái: Chủ tịch Hồ Chí Minh, Chủ nhiệm Tổng cục Hậu cần Lê Văn Tâm, "
                "Phó Thủ tướng Trần Văn Bình tại chiến khu. (Ảnh tư liệu) Đoàn đại biểu đã dâng hương.",
                "2017-05-19")
    assert ("Lê Văn Tâm", "Chủ nhiệm", "former") in got
    assert ("Trần Văn Bình", "Phó Thủ tướng", "former") in got


def test_a_caption_followed_by_an_archive_credit_and_writing_an_old_year_is_of_the_past():
    got = facts("Bà gặp ông Lê Văn Tâm - Thủ tướng Chính phủ năm 1975. Ảnh tư liệu. Triển lãm mở đến tháng 5.",
                "2019-03-01")
    assert ("Lê Văn Tâm", "Thủ tướng", "former") in got


def test_a_caption_of_today_is_left_as_it_reads():
    got = facts("Từ trái qua: Chủ tịch Quốc hội Lê Thị Hoa, Thủ tướng Trần Văn Bình trước phiên khai mạc kỳ "
                "họp năm 2018.", "2019-03-01")
    assert ("Lê Thị Hoa", "Chủ tịch", "holds") in got
    assert ("Trần Văn Bình", "Thủ tướng", "holds") in got


def test_an_old_year_outside_a_caption_changes_nothing():
    got = facts("Ông Trần Văn Bình, Phó Thủ tướng, nhắc lại chiến thắng năm 1975.", "2019-03-01")
    assert ("Trần Văn Bình", "Phó Thủ tướng", "holds") in got
