"""A removal a question at a press briefing asks about is an earlier decision: "former", not "left" in the
report's event (loaders/extract/asked_removals.py, row "câu hỏi" of loaders/data/asked_removal_cues.tsv).

The sentences are our own, written in the shape of a report on a press briefing; the names are made up.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts


def seat(text: str) -> set[str]:
    """The statuses of Lê Quang Vinh's seat of deputy in the Assembly in ``text``."""
    return {s for p, r, o, s in pipeline_posts(text, title="Họp báo trước kỳ họp")
            if (p, r.lower(), o) == ("Lê Quang Vinh", "đại biểu", "Quốc hội")}


def test_a_removal_answered_at_a_briefing_is_former():
    assert seat("Chiều 12/6, tại buổi họp báo, Tổng thư ký Quốc hội Trần Minh Đức trả lời câu hỏi về việc Ủy "
                "ban Thường vụ Quốc hội cho thôi nhiệm vụ đại biểu Quốc hội đối với ông Lê Quang Vinh. \"Ủy ban "
                "Thường vụ Quốc hội đã xem xét và đồng ý cho thôi nhiệm vụ đại biểu Quốc hội của ông Lê Quang "
                "Vinh\", ông Đức nói.") == {"former"}


def test_a_quoted_answer_after_the_question_is_former():
    assert seat("Về câu hỏi vì sao ông Lê Quang Vinh không bị bãi nhiệm, Tổng thư ký Quốc hội Trần Minh Đức cho "
                "biết ông Vinh có đơn vì lý do sức khỏe. \"Ủy ban Thường vụ Quốc hội đã xem xét và đồng ý cho thôi "
                "nhiệm vụ đại biểu Quốc hội của ông Lê Quang Vinh. Việc này đúng thẩm quyền\", ông Đức "
                "nói.") == {"former"}


def test_the_resolution_itself_stays_left():
    assert seat("Chiều 15/6, Ủy ban Thường vụ Quốc hội đã ra nghị quyết đồng ý cho thôi nhiệm vụ đại biểu Quốc "
                "hội đối với ông Lê Quang Vinh.") == {"left"}
