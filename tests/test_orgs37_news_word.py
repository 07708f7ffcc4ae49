""""tin tức" (news) in lower case is a common noun, not the newspaper Báo Tin Tức (organizations.tsv's
tin_tuc row is read only when capitalised; orgs37). The sentences are our own."""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_orgs


def names(text: str) -> list[str]:
    return [name for name, _ in pipeline_orgs(text)]


def test_news_in_lower_case_before_the_paper_that_carried_it():
    assert names("Theo tin tức trên báo Vietnamnet, ông Trần Văn An đã xin nghỉ hưu.") == ["VietNamNet"]


def test_news_in_lower_case_names_no_paper():
    assert names("Đây là một số tin tức nổi bật trong tuần qua.") == []


def test_the_newspaper_capitalised_stays():
    assert names("Theo Báo Tin Tức, ông Trần Văn An đã xin nghỉ hưu.") == ["Báo Tin Tức"]
