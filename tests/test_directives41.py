"""Directives, round 30, second wave (directives41): lower-case decisions named by the team or inspection they set
up when a body gives them (directive_words.tsv: lower_decision_act)."""

from __future__ import annotations

from tests.fixtures_directives import directives_by_name as extracted


def _decisions(text: str, *orgs: tuple[str, str]) -> list[tuple[str | None, str | None, str | None]]:
    """(type word as written, title, issuer as written) of every decision found without a symbol, in order."""
    return [(d.type_word, d.title, d.issuer.written if d.issuer else None)
            for d in extracted(text, *orgs).values() if d.symbol is None and d.doc_type == "QĐ"]


def test_a_lower_case_decision_setting_up_a_team_by_a_body():
    assert _decisions("Ngày 3-4, UBND tỉnh Nam Định đã ban hành quyết định thành lập 2 tổ công tác liên ngành về "
                      "phòng, chống dịch tả lợn châu Phi.", ("UBND tỉnh Nam Định", "province")) == [
        ("quyết định", "thành lập 2 tổ công tác liên ngành về phòng, chống dịch tả lợn châu Phi",
         "UBND tỉnh Nam Định")]


def test_a_lower_case_decision_to_inspect_announced_by_the_inspectorate():
    # "công bố" is no verb by which a body gives a document in general; here the body is its subject all the same
    assert _decisions("Tháng 5/2018, Thanh tra tỉnh Bắc Giang đã công bố quyết định thanh tra việc quản lý đất đai "
                      "tại khu công nghiệp Song Khê.", ("Thanh tra tỉnh Bắc Giang", "province")) == [
        ("quyết định", "thanh tra việc quản lý đất đai tại khu công nghiệp Song Khê", "Thanh tra tỉnh Bắc Giang")]


def test_a_lower_case_decision_in_passing_names_none():
    # another act ("thu hồi", "giao đất"), a person who signs, or no body: told in passing
    assert _decisions("Năm 2010, UBND huyện Yên Lạc ra quyết định thu hồi khu đất này.",
                      ("UBND huyện Yên Lạc", "district")) == []
    assert _decisions("Ông Hùng đã ký quyết định thành lập mới 3 phòng chuyên môn trái thẩm quyền.") == []
    assert _decisions("Người ra quyết định thanh tra phải chịu trách nhiệm trước pháp luật.") == []


def _named(text: str) -> list[tuple[str | None, str | None]]:
    """(type word as written, title) of every document found without a symbol, in order."""
    return [(d.type_word, d.title) for d in extracted(text).values() if d.symbol is None]


def test_whose_scheme_is_read_from_the_owner_heads_of_the_table():
    # every head in directive_words.tsv's plan_owner_head ends a lower-case scheme's subject, as written
    from kg.loaders.extract.doc_tables import words_by_use

    heads = words_by_use("directive_words.tsv", keyed=False)["plan_owner_head"]
    assert {"Bộ", "UBND", "Tỉnh ủy", "Tỉnh uỷ"} <= set(heads)
    for head in heads:
        assert _named(f"Nhiều ý kiến xung quanh đề án sắp xếp lại trường học của {head} Nam Định.") == [
            ("đề án", "sắp xếp lại trường học")], head
    # in lower case the word is no body's head: the subject runs on
    assert _named("Nhiều ý kiến xung quanh đề án sắp xếp lại trường học của bộ phận quản lý.") == [
        ("đề án", "sắp xếp lại trường học của bộ phận quản lý")]


def test_a_name_in_quotes_inside_a_decisions_title_is_the_titles():
    assert _decisions("Thanh tra tỉnh Nghệ An vừa ban hành quyết định thành lập đoàn thanh tra dự án “Khu đô thị "
                      "Cửa Tiền”, làm rõ trách nhiệm của các cá nhân liên quan.",
                      ("Thanh tra tỉnh Nghệ An", "province")) == [
        ("quyết định", "thành lập đoàn thanh tra dự án “Khu đô thị Cửa Tiền”", "Thanh tra tỉnh Nghệ An")]


def test_a_title_goes_on_through_a_semicolon_with_the_same_subject():
    named = _named("Hội nghị đã thông qua Kết luận về tình hình thực hiện ngân sách tỉnh năm 2021; kế hoạch "
                   "phát triển kinh tế - xã hội năm 2022.")
    assert named == [("Kết luận", "về tình hình thực hiện ngân sách tỉnh năm 2021; kế hoạch phát triển kinh tế - "
                                  "xã hội năm 2022")]
    # any other piece after the semicolon is the sentence's next item
    assert _named("Hội nghị đã thông qua Kết luận về tình hình thực hiện ngân sách tỉnh năm 2021; đẩy mạnh cải "
                  "cách hành chính.") == [("Kết luận", "về tình hình thực hiện ngân sách tỉnh năm 2021")]
    # a document named inside a report's title: the piece after the semicolon is the report's
    assert _named("Quốc hội nghe Báo cáo kết quả thực hiện Nghị quyết của Quốc hội về dự toán ngân sách nhà nước "
                  "năm 2021; tình hình những tháng đầu năm 2022.")[-1:] == [
        ("Nghị quyết", "về dự toán ngân sách nhà nước năm 2021")]
