"""Directives, round 30 (directives40): the recall of documents named without a number, in shapes counted across the
corpus: a decree named by its subject."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def _named(text: str, *orgs: tuple[str, str]) -> list[tuple[str | None, str | None, str | None]]:
    """(type word as written, name, title) of every document found without a symbol, in order."""
    return [(d.type_word, d.name, d.title) for d in extracted(text, *orgs).values() if d.symbol is None]


def test_a_decree_named_by_its_subject():
    assert _named("Sáng nay, Chính phủ đã ban hành Nghị định quy định về quản lý hoạt động quảng cáo trên mạng xã "
                  "hội.") == [
        ("Nghị định", "Nghị định quy định về quản lý hoạt động quảng cáo trên mạng xã hội",
         "quy định về quản lý hoạt động quảng cáo trên mạng xã hội")]
    # a draft, its issuer after "của", the title ending before why the draft is published
    assert _named("Bộ Xây dựng vừa công bố dự thảo Nghị định của Chính phủ quy định điều kiện kinh doanh nhà ở xã "
                  "hội để lấy ý kiến doanh nghiệp.") == [
        ("Nghị định", "Nghị định quy định điều kiện kinh doanh nhà ở xã hội",
         "quy định điều kiện kinh doanh nhà ở xã hội")]
    assert _named("Quốc hội giao Chính phủ nghiên cứu ban hành một Nghị định về chế độ làm việc của công chức "
                  "cấp xã.") == [
        ("Nghị định", "Nghị định về chế độ làm việc của công chức cấp xã", "về chế độ làm việc của công chức cấp xã")]


def test_a_decree_that_replaces_another_is_named_by_it():
    named = _named("Bộ Y tế đang trình Chính phủ dự thảo Nghị định thay thế Nghị định 117/2014/NĐ-CP, tại dự thảo "
                   "Bộ đề xuất tăng mức hỗ trợ.")
    assert named == [("Nghị định", "Nghị định thay thế Nghị định 117/2014/NĐ-CP", "thay thế Nghị định 117/2014/NĐ-CP")]


def test_a_decree_in_passing_names_none():
    assert _named("Nghị định này có hiệu lực từ ngày 1/7. Nghị định thư về hợp tác nghề cá được ký kết.") == []
    assert _named("Việc cấp phép như vậy là chưa đúng với nghị định của Chính phủ về quản lý đất đai.") == []

