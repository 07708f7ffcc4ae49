"""A career summary's first posts, told by where the career began ("Đi lên từ cơ sở với chức vụ ...",
"khởi đầu sự nghiệp là ...", "bắt đầu công tác với cương vị ..."), are past posts of the person the summary
is about (loaders/data/career_beginnings.tsv, loaders/extract/careers.py ``beginning_cues``). A sentence that
opens with such a cue and names nobody goes on about the one person the sentence before names.

The sentences are our own; the names are made up.
"""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract


def posts(text: str) -> set[tuple[str, str, str]]:
    report = build_report(report_id="r", source_file="r.txt", text="Tin nhân sự\n\n" + text, encoding="utf-8")
    return {(p.person.name, f"{p.role} @ {p.org.name if p.org else '-'}", p.status) for p in extract(report).posts}


def test_a_subjectless_sentence_of_first_posts_is_the_previous_sentences_persons():
    got = posts("Ông Lê Văn Hòa (60 tuổi) quê ở Phú Yên. Đi lên từ cơ sở với chức vụ giám đốc Lâm trường Sông "
                "Hinh, giám đốc Sở Thủy sản, Bí thư Huyện ủy Tuy An.")
    assert {("Lê Văn Hòa", "giám đốc @ Lâm trường Sông Hinh", "former"),
            ("Lê Văn Hòa", "Bí thư @ Huyện ủy Tuy An", "former")} <= got
    assert any(role.startswith("giám đốc @ Sở Thủy sản") and status == "former" for _, role, status in got)
    two = posts("Ông Lê Văn Hòa và ông Trần Văn Nam gặp nhau. Đi lên từ cơ sở với chức vụ giám đốc Lâm trường "
                "Sông Hinh.")
    assert not any(role.startswith("giám đốc") for _, role, _ in two)  # whose career it is, the text does not say


def test_a_career_begun_as_a_title_is_a_former_post():
    got = posts("Ông Lê Văn Hòa khởi đầu sự nghiệp là giám đốc Lâm trường Sông Hinh, sau đó là Bí thư Huyện ủy "
                "Tuy An.")
    assert got == {("Lê Văn Hòa", "giám đốc @ Lâm trường Sông Hinh", "former"),
                   ("Lê Văn Hòa", "Bí thư @ Huyện ủy Tuy An", "former")}
    unlinked = posts("Ông Lê Văn Hòa khởi đầu sự nghiệp tại huyện Tuy An, nơi Bí thư Huyện ủy Trần Văn Nam làm việc.")
    assert ("Lê Văn Hòa", "Bí thư @ Huyện ủy Tuy An", "former") not in unlinked  # no link: no list


def test_work_begun_in_a_post_is_a_former_post():
    got = posts("Ông Lê Văn Hòa bắt đầu công tác với cương vị Phó Giám đốc Sở Tài chính tỉnh Phú Yên.")
    assert got == {("Lê Văn Hòa", "Phó Giám đốc @ Sở Tài chính tỉnh Phú Yên", "former")}
