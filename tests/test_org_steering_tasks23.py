"""A steering committee written in a title is named by the task it leads: a verb of
steering_tasks.tsv opens it, and it runs to where the title ends. After "của" only a committee that
writes its level is read so (a plan's task may follow "Kế hoạch của Ban Chỉ đạo"), and a committee
that is the sentence's subject keeps its bare name. Sentences written for these tests; the people in
them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_a_task_in_a_title_up_to_the_comma():
    assert org_names("Ông Lê Văn Tư, Trưởng Ban Chỉ đạo tổng kết 10 năm thi hành Luật Đất đai năm 2013, phát biểu.") \
        == {"Ban Chỉ đạo tổng kết 10 năm thi hành Luật Đất đai năm 2013"}


def test_a_task_with_its_body_after_của_up_to_the_predicate():
    assert org_names("Ông Lê Văn Tư, Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ đã chủ trì hội nghị.") \
        == {"Ban Chỉ đạo cải cách hành chính của Chính phủ", "Chính phủ"}


def test_a_central_committee_s_task_after_của_up_to_the_verb():
    assert org_names("Báo cáo của Ban chỉ đạo trung ương thực hiện quy chế dân chủ ở cơ sở nhận định tình hình tốt.") \
        == {"Ban Chỉ đạo Trung ương thực hiện quy chế dân chủ ở cơ sở"}


def test_a_plan_s_task_after_của_is_not_the_committee_s_name():
    assert "Ban Chỉ đạo" in org_names(
        "Các cơ quan làm theo Kế hoạch số 7 của Ban Chỉ đạo thực hiện Chỉ thị số 10-CT/TW.")


def test_the_committee_as_the_sentence_s_subject_keeps_its_bare_name():
    assert org_names("Ban Chỉ đạo triển khai kế hoạch năm 2019, đạt kết quả tốt.") == {"Ban Chỉ đạo"}
