"""Directives, round 30 (directives40): the recall of documents named without a number, in shapes counted across the
corpus: a decree named by its subject; a lower-case scheme ("đề án") named by what it does wherever it is written."""

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


def test_a_lower_case_scheme_named_by_what_it_does():
    assert _named("Nhiều đại biểu quan tâm đến đề án cải cách chế độ phụ cấp cho cán bộ thôn, bản; ngân sách "
                  "giáo dục.") == [
        ("đề án", "đề án cải cách chế độ phụ cấp cho cán bộ thôn", "cải cách chế độ phụ cấp cho cán bộ thôn")]
    # the predicate of the clause the scheme heads is no part of its name
    assert _named("Theo ông, đề án điều chỉnh giá dịch vụ y tế có đáp ứng được yêu cầu hay không còn phải bàn.") == [
        ("đề án", "đề án điều chỉnh giá dịch vụ y tế", "điều chỉnh giá dịch vụ y tế")]


def test_a_lower_case_scheme_as_a_task_names_none():
    assert _named("Mỗi hợp tác xã phải gửi đề án chuyển đổi lên UBND huyện trước tháng 6.") == []
    assert _named("Tỉnh đã xây dựng các đề án phát triển du lịch cộng đồng.") == []


def test_whose_scheme_is_no_part_of_its_name():
    # a ministry's scheme: "của Bộ …" is whose; "của Tập đoàn …" is what the scheme restructures
    assert _named("Dư luận phản ứng gay gắt xung quanh đề án điều chỉnh mức thu học phí của Bộ Giáo dục và "
                  "Đào tạo.") == [
        ("đề án", "đề án điều chỉnh mức thu học phí", "điều chỉnh mức thu học phí")]
    assert _named("Ông cho biết, Thủ tướng đã phê duyệt đề án tái cơ cấu của Tập đoàn Dệt may Việt Nam.") == [
        ("đề án", "đề án tái cơ cấu của Tập đoàn Dệt may Việt Nam",
         "tái cơ cấu của Tập đoàn Dệt may Việt Nam")]


def test_a_plan_of_two_acts_named_with_a_comma():
    assert _named("Ban Chỉ đạo ban hành Kế hoạch kiểm tra, giám sát việc thực hiện nhiệm vụ chuyển đổi số tại các "
                  "sở, ngành.") == [
        ("Kế hoạch", "Kế hoạch kiểm tra, giám sát việc thực hiện nhiệm vụ chuyển đổi số tại các sở, ngành",
         "kiểm tra, giám sát việc thực hiện nhiệm vụ chuyển đổi số tại các sở, ngành")]


def test_a_scheme_named_again_by_its_first_words_is_one_document():
    assert _named("Bộ trưởng trả lời chất vấn về đề án điều chỉnh mức thu học phí. Theo ông, Đề án điều chỉnh "
                  "mức thu học phí năm học tới đã được lấy ý kiến rộng rãi.") == [
        ("đề án", "Đề án điều chỉnh mức thu học phí năm học tới", "điều chỉnh mức thu học phí năm học tới")]


def test_a_law_named_by_its_abbreviation_is_the_law_named_in_full():
    assert [n for _, n, _ in _named(
        "Quốc hội thảo luận dự án Luật Quản lý thuế (QLT). Nhiều đại biểu cho rằng Luật QLT cần quy định rõ trách "
        "nhiệm của cơ quan thuế.")] == ["Luật Quản lý thuế"]
    # an abbreviation no law of the report spells stays as written
    assert [n for _, n, _ in _named("Việc làm này vi phạm Luật ĐTC và Luật Đất đai.")] == ["Luật ĐTC", "Luật Đất đai"]
