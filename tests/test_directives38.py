"""Directives, round 29 (directives38): the precision of documents named without a number, in shapes counted
across the corpus: a title that ends at the writer's ellipsis; one plenum's resolution written twice in a report."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def _named(text: str, *orgs: tuple[str, str]) -> list[tuple[str | None, str | None, str | None]]:
    """(type word as written, name, title) of every document found without a symbol, in order."""
    return [(d.type_word, d.name, d.title) for d in extracted(text, *orgs).values() if d.symbol is None]


def test_a_title_ends_at_an_ellipsis():
    assert _named("Các bộ, ngành triển khai Nghị quyết về các giải pháp thúc đẩy tăng trưởng xuất khẩu năm 2019... là "
                  "nội dung chính của phiên họp.") == [
        ("Nghị quyết", "Nghị quyết về các giải pháp thúc đẩy tăng trưởng xuất khẩu năm 2019",
         "về các giải pháp thúc đẩy tăng trưởng xuất khẩu năm 2019")]
    assert _named("Bộ triển khai Chương trình hành động thực hiện Chiến lược phát triển ngành giáo dục nghề "
                  "nghiệp…/.") == [
        ("Chương trình", "Chương trình hành động thực hiện Chiến lược phát triển ngành giáo dục nghề nghiệp",
         "thực hiện Chiến lược phát triển ngành giáo dục nghề nghiệp")]
