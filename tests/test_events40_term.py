""""nhiệm kỳ Đại hội XII" is a term, a span of time between two congresses, not a congress told.

"… đặc biệt từ đầu nhiệm kỳ Đại hội XII của Đảng đến nay", "tổng kết công tác xây dựng Đảng nhiệm kỳ Đại hội XIII",
"trong các nhiệm kỳ Đại hội Đảng, …": no event; the people speaking there speak at the event the report tells.
"""

from __future__ import annotations

from tests.fixtures_directives import event_facts
from tests.fixtures_directives import run_events as run


def test_a_congress_s_term_is_no_event(doc):
    text = ("Sáng 14/4, Tổng Bí thư Lê Văn Sơn làm việc với Ban Thường vụ Tỉnh ủy Kiên Giang. Tổng Bí thư ghi nhận "
            "những đổi thay của tỉnh, đặc biệt từ đầu nhiệm kỳ Đại hội XII của Đảng đến nay.")
    ex = run(doc(text, "2019-04-14").org("Ban Thường vụ Tỉnh ủy Kiên Giang").org("Đảng").person("Lê Văn Sơn"))
    assert [kind for kind, _d, _o in event_facts(ex)] == ["Buổi làm việc"]


def test_the_congress_itself_is_still_an_event(doc):
    text = "Đại hội XII của Đảng khai mạc sáng 21/1 tại Hà Nội."
    ex = run(doc(text, "2016-01-21").org("Đảng"))
    assert [kind for kind, _d, _o in event_facts(ex)] == ["Đại hội"]
