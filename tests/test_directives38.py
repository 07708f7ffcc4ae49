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


def test_one_plenums_resolution_written_twice_is_one_document():
    # the bare name after the one with its term: the plenum of that term
    assert _named("Tỉnh ủy quán triệt Nghị quyết Trung ương 4 (khóa XII) đến từng chi bộ. Sau khi học tập Nghị quyết "
                  "Trung ương 4, các chi bộ đã xây dựng kế hoạch.") == [
        ("Nghị quyết", "Nghị quyết Trung ương 4 (khóa XII)", None)]
    # the bare name first: the document takes the name that says its term
    assert _named("Cử tri đánh giá cao việc thực hiện Nghị quyết Trung ương 4. Mặt trận kiến nghị tiếp tục chỉ đạo "
                  "thực hiện nghị quyết Trung ương 4 khóa XII.") == [
        ("Nghị quyết", "nghị quyết Trung ương 4 khóa XII", None)]
    # by the plenum's ordinal and by its number, one term
    assert _named("Hội nghị học tập Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII diễn ra sáng "
                  "nay. Các cấp ủy cần nắm vững những điểm mới của Nghị quyết Hội nghị Trung ương 5, khóa XII.") == [
        ("Nghị quyết", "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII", None)]


def test_a_plenums_resolutions_stay_apart_when_the_report_does_not_say_which():
    # two terms' fourth plenums: which the bare one is, the text does not say
    assert [n for _, n, _ in _named(
        "Đảng bộ thực hiện Nghị quyết Trung ương 4 khóa XI và Nghị quyết Trung ương 4 khóa XII. Việc học tập Nghị "
        "quyết Trung ương 4 được duy trì.")] == [
        "Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Trung ương 4"]
    # one plenum, a resolution by its title: the untitled mention may be another of that plenum's resolutions
    assert [n for _, n, _ in _named(
        "Các bộ triển khai Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII về hội nhập kinh tế quốc "
        "tế. Tỉnh tổ chức quán triệt Nghị quyết Trung ương 4 khóa XII.")] == [
        "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII", "Nghị quyết Trung ương 4 khóa XII"]


def test_a_plenums_second_session_written_with_a_dash():
    assert _named("Các cấp ủy tiếp tục thực hiện Nghị quyết Trung ương 6-2 về xây dựng Đảng.") == [
        ("Nghị quyết", "Nghị quyết Trung ương 6-2", "về xây dựng Đảng")]
    assert _named("Tình hình khi ấy đòi hỏi Nghị quyết Trung ương 6 lần 2 phải được thực hiện nghiêm.") == [
        ("Nghị quyết", "Nghị quyết Trung ương 6 lần 2", None)]


def test_a_treaty_that_amends_another_is_named_with_it():
    assert _named("Quốc hội phê chuẩn Hiệp ước giữa Việt Nam và Lào bổ sung Hiệp ước về quy chế biên giới "
                  "năm 1990.") == [
        ("Hiệp ước", "Hiệp ước giữa Việt Nam và Lào bổ sung Hiệp ước về quy chế biên giới năm 1990",
         "giữa Việt Nam và Lào bổ sung Hiệp ước về quy chế biên giới năm 1990"),
        ("Hiệp ước", "Hiệp ước về quy chế biên giới năm 1990", "về quy chế biên giới năm 1990")]
    # "bổ sung" that is no amended treaty's: the name ends as before
    assert [n for _, n, _ in _named("Hai bên ký Hiệp định Thương mại biên giới bổ sung nhiều mặt hàng mới.")] == [
        "Hiệp định Thương mại biên giới"]
