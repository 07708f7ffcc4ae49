"""Officials, thirty-ninth round: an appointment or a nomination told in a question that asks whether the
act happens (the sentence ends with "?" and holds a word of asked_act_words.tsv: "liệu", "xác nhận", "hay
không", ...) is no post the report states. A question that takes the act as done ("Vì sao ...?") keeps it,
and so does an act stated in the sentence before a question, and a title held in the question.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts, officials, persons_of

THIET = ("Lò Văn Thiết", "Giám đốc", "Sở Y tế tỉnh Điện Biên", "appointed")


def test_a_nomination_a_journalist_asks_to_confirm_gives_no_post():
    text = ("Phóng viên: Ông có thể xác nhận thông tin rằng tới đây ông Lò Văn Thiết sẽ được đề cử vào chức "
            "Chủ tịch Quốc hội?")
    assert facts(text) == set()
    assert persons_of(officials(text)) == ["Lò Văn Thiết"]


def test_an_appointment_asked_with_lieu_gives_no_post_one_asked_why_keeps_it():
    assert facts("Liệu ông Lò Văn Thiết có được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Điện Biên hay không?") == set()
    assert facts("Vì sao ông Lò Văn Thiết được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Điện Biên?") == {THIET}


def test_an_asked_appointment_goes_an_act_stated_before_the_question_and_a_held_title_stay():
    got = facts("Ông Lò Văn Thiết được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Điện Biên. Liệu ông có làm tốt hay không? "
                "Liệu Phó Giám đốc Sở Y tế tỉnh Điện Biên Lò Thị Mai có được bổ nhiệm làm Giám đốc Sở Tài chính "
                "tỉnh Điện Biên hay không?")
    assert got == {THIET, ("Lò Thị Mai", "Phó Giám đốc", "Sở Y tế tỉnh Điện Biên", "holds")}


def test_an_appointment_asked_by_a_closing_hay_khong_goes_a_new_title_addressed_before_the_question_stays():
    assert facts("Ông Lò Văn Thiết có được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Điện Biên hay không?") == set()
    assert facts("Thưa tân Giám đốc Sở Y tế tỉnh Điện Biên Lò Văn Thiết, ông có thể xác nhận thông tin này?") == \
        {THIET}
