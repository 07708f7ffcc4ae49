"""A steering committee named by its task, in two more shapes: two verbs of ``steering_tasks.tsv``
joined by a comma ("xây dựng, phát triển ...") name the task anywhere, not only in a title, up to an
owner written by its bare level ("của thành phố"); and a lower-case task closed by the central level
abbreviated with dots ("T.Ư") before a colon. Sentences written for these tests; the people in them
are fictional."""

from __future__ import annotations

from tests.fixtures_officials import org_names


def test_two_task_verbs_after_a_comma_name_the_committee_as_a_subject():
    assert org_names("Theo quyết định mới, Ban Chỉ đạo xây dựng, phát triển 4 huyện thành quận của thành phố "
                  "gồm 20 người.") == {"Ban Chỉ đạo xây dựng, phát triển 4 huyện thành quận"}


def test_two_task_verbs_in_a_title_go_past_the_comma():
    assert org_names("Ông Lê Văn Tư, Trưởng Ban Chỉ đạo xây dựng, phát triển đô thị vệ tinh, phát biểu.") \
        == {"Ban Chỉ đạo xây dựng, phát triển đô thị vệ tinh"}


def test_one_task_verb_outside_a_title_is_the_sentence_s_verb():
    assert org_names("Ban Chỉ đạo xây dựng báo cáo tổng kết năm.") == {"Ban Chỉ đạo"}


def test_a_lower_case_task_closed_by_the_dotted_central_level():
    assert org_names('Ông Lê Văn Tư, Trưởng ban Chỉ đạo phòng chống lụt bão T.Ư: "Chúng tôi sẽ hỗ trợ".') \
        == {"Ban Chỉ đạo phòng chống lụt bão T.Ư"}


def test_a_task_with_các_and_a_capital_up_to_the_predicate():
    assert org_names("Ban Chỉ đạo các Chương trình mục tiêu quốc gia đã họp.") \
        == {"Ban Chỉ đạo các Chương trình mục tiêu quốc gia"}

