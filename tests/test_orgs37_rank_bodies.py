"""A province's People's Committee or Council written only as a rank's body, in a report that names no
province and where no person holds the rank, is a kind of official, no body the report tells of (orgs37).
The sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def names(text: str) -> list[str]:
    return [name for name, _ in pipeline_orgs(text)]


def test_ranks_listed_as_those_a_draft_law_protects():
    assert "Ủy ban nhân dân tỉnh" not in names(
        "Theo dự thảo luật, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cũng là đối tượng được bảo vệ.")


def test_a_rank_written_with_its_level_word_in_lower_case():
    assert names("Ở nhiều địa phương, chủ tịch tỉnh trực tiếp đối thoại với nông dân mỗi tuần.") == []


def test_a_council_chair_as_a_kind_of_official():
    assert names("Luật quy định Chủ tịch HĐND tỉnh được hưởng phụ cấp theo quy định.") == []


def test_the_body_a_person_holds_the_rank_of_stays():
    assert names("Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh, phát biểu tại hội nghị.") == ["Ủy ban nhân dân tỉnh"]


def test_the_body_a_person_is_elected_to_lead_stays():
    assert names("Ông Lê Văn Tâm được bầu làm Chủ tịch tỉnh.") == ["Ủy ban nhân dân tỉnh"]


def test_the_body_of_a_person_named_by_an_honorific_and_a_given_name_stays():
    assert names("Bà Lan, Phó Chủ tịch UBND tỉnh, cho biết sẽ kiểm tra lại.") == ["Ủy ban nhân dân tỉnh"]
