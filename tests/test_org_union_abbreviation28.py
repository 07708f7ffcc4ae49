""""CĐ" is the trade union's abbreviation ("CĐ Việt Nam"), and "lần thứ" after a body's name begins
the ordinal of the meeting it holds, no part of its name (orgs28). The sentences are our own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def names(text: str) -> set[str]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2021-05-03"},
                     title_from_first_line=False)
    return {o.name for o in extract(r).organizations}


def test_the_national_union_abbreviated_inside_its_congress_s_name():
    assert "Công đoàn Việt Nam" in names("Các cấp chuẩn bị tiến tới Đại hội CĐ Việt Nam lần thứ XIII; "
                                         "đẩy mạnh công tác vận động.")


def test_the_congress_s_ordinal_is_no_part_of_the_body_s_name():
    got = names("Các cấp chuẩn bị tiến tới Đại hội Công đoàn Việt Nam lần thứ XIII; đẩy mạnh vận động.")
    assert "Công đoàn Việt Nam" in got
    assert not any("lần thứ" in name for name in got)


def test_the_union_s_bare_abbreviation_in_the_plural_is_no_body():
    assert names("Năm qua, các cấp CĐ đã vận động doanh nghiệp hỗ trợ vé xe.") == set()
