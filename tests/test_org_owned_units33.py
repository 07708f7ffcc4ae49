"""A ministry's Party group written bare before a minister's title that names the ministry by its
field only (orgs33): the group of that ministry where the report names it in full. The sentences are
our own; the names are made up."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def names(text: str) -> list[str]:
    return [name for name, _ in pipeline_orgs(text, date="2017-05-03")]


def test_the_group_before_a_minister_named_by_field_is_that_ministry_s():
    got = names("Ban Bí thư kỷ luật Ban cán sự đảng Bộ Công Thương. "
                "Ông Hoàng, với vai trò Bí thư Ban cán sự đảng, Bộ trưởng Công Thương, đã vi phạm.")
    assert "Ban cán sự Đảng" not in got
    assert got.count("Ban cán sự Đảng Bộ Công Thương") == 2


def test_a_deputy_minister_s_field_picks_the_ministry_among_several_groups():
    got = names("Ban Bí thư kỷ luật Ban cán sự đảng Bộ Tài chính và Ban cán sự đảng Bộ Nội vụ. "
                "Bà Hà (Ủy viên Ban cán sự đảng, Thứ trưởng Nội vụ) bị khiển trách.")
    assert "Ban cán sự Đảng" not in got
    assert got.count("Ban cán sự Đảng Bộ Nội vụ") == 2


def test_a_field_of_no_named_group_leaves_it_bare():
    got = names("Ban Bí thư kỷ luật Ban cán sự đảng Bộ Văn hóa, Thể thao và Du lịch. "
                "Ông Thăng (Ủy viên Ban cán sự đảng, Thứ trưởng Nội vụ) bị khiển trách.")
    assert got.count("Ban cán sự Đảng Bộ Văn hóa, Thể thao và Du lịch") == 1
    assert "Ban cán sự Đảng" in got


def test_a_bare_group_with_no_title_after_it_stays_bare():
    got = names("Ban Cán sự Đảng Chính phủ đã họp. Thủ tướng đề nghị Ban Cán sự Đảng phải rút ra bài học.")
    assert "Ban cán sự Đảng" in got


def test_the_title_after_it_still_names_the_owner():
    got = names("Ông An, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Hà Tĩnh. Ban cán sự đảng Bộ Tài chính họp.")
    assert "Ban cán sự Đảng Ủy ban nhân dân tỉnh Hà Tĩnh" in got
