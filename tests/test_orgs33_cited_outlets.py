"""A newspaper written by its bare name is a body where the report cites it as a source or as the
reporter's outlet (round 33, orgs33): right after a cue of outlet_cues.tsv ("trao đổi với Tuổi Trẻ",
"PV Thanh Niên", "theo Trí Thức Trẻ", "Ảnh: Tiền Phong"), its words capitalised as a title is. The
names are organizations.tsv rows flagged "aftercue"; elsewhere the same words are common nouns ("tuổi
trẻ", "thanh niên"). Sentences written for these tests, in the shape of the reports' own."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def written(text: str) -> set[tuple[str, str]]:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2017-06-10"},
                     title_from_first_line=False)
    return {(o.written, o.name) for o in extract(r).organizations}


def test_a_newspaper_an_official_speaks_to_is_a_body():
    assert written("Trao đổi với Tuổi Trẻ sáng 3/5, ông Lê Văn Tâm cho biết dự án sẽ xong.") == {
        ("Tuổi Trẻ", "Báo Tuổi Trẻ")}


def test_the_reporter_s_outlet_after_pv():
    assert written("Theo ghi nhận của PV Thanh Niên, nhiều đại biểu đề nghị làm rõ.") == {
        ("Thanh Niên", "Báo Thanh Niên")}


def test_the_source_named_at_the_end_of_a_report():
    assert written("Ông Lê Văn Tâm nói thêm về kế hoạch. theo Trí Thức Trẻ") == {
        ("Trí Thức Trẻ", "Báo Trí Thức Trẻ")}


def test_the_same_words_as_common_nouns_are_no_newspaper():
    assert written("Tuổi trẻ Việt Nam luôn sẵn sàng. Thanh niên phải đi đầu trong lao động.") == set()


def test_without_a_cue_the_name_is_not_read():
    assert written("Tiền Phong là tờ báo lâu năm, ông Lê Văn Tâm nói.") == set()
