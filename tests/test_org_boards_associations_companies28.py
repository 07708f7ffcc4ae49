"""A standing board written bare belongs to the one owner the report gives that board elsewhere; an
association named in lower case up to the country's name; no company name ends with "và"; "Tổng Cty"
is a corporation (orgs28). The sentences are our own; the names are made up."""

from __future__ import annotations

from kg.loaders.build import build_report
from kg.loaders.extract.pipeline import extract
from kg.model import Extraction


def run(text: str) -> Extraction:
    r = build_report(report_id="r", source_file="r.txt", text=text, encoding="utf-8", meta={"date": "2021-05-03"},
                     title_from_first_line=False)
    return extract(r)


def names(text: str) -> set[str]:
    return {o.name for o in run(text).organizations}


def test_a_bare_standing_board_is_the_board_the_report_gives_an_owner():
    got = names("Hội nghị góp ý tờ trình về nhân sự Ban Thường trực Hội Nông dân Việt Nam. "
                "Sau đó, tờ trình của Ban Thường trực về công tác cán bộ được thông qua.")
    assert "Ban Thường trực Hội Nông dân Việt Nam" in got
    assert "Ban Thường trực" not in got


def test_with_two_owners_the_bare_board_stays_as_written():
    got = names("Ban Thường trực Hội Nông dân Việt Nam và Ban Thường trực Hội Cựu chiến binh Việt Nam "
                "đã họp. Sau đó, tờ trình của Ban Thường trực về công tác cán bộ được thông qua.")
    assert "Ban Thường trực" in got


def test_an_association_named_in_lower_case_up_to_the_country_s_name():
    got = names("Ông Lê Văn Tâm, Chủ tịch Hiệp hội nhà hàng tư nhân VN, kể lại câu chuyện.")
    assert "Hiệp hội nhà hàng tư nhân VN" in got


def test_an_association_s_lower_case_words_without_a_closing_name_are_no_name():
    got = names("Ông Lê Văn Tâm cho biết Hiệp hội liên tục phát động phong trào thi đua.")
    assert not any(name.startswith("Hiệp hội liên") for name in got)


def test_no_company_name_ends_with_and():
    got = names("Việc phát hành cổ phiếu mới dừng lại ở Công ty dạng thí điểm và chưa cho phép chuyển nhượng.")
    assert not any(name.endswith(" và") for name in got)


def test_a_corporation_written_with_the_short_company_word():
    got = names("Các đơn vị gồm Viễn thông Đà Nẵng; Tổng Cty Điện lực Miền Trung; Cty CP Bình Vinh.")
    assert "Tổng công ty Điện lực Miền Trung" in got
    assert not any(name.startswith("Công ty Điện lực") for name in got)


def test_corporations_written_short_in_the_plural_are_a_kind():
    assert names("Việc phát hành cổ phiếu mới dừng lại ở các Tổng Cty dạng thí điểm và chưa được chuyển nhượng.") \
        == set()
