"""Officials, fortieth round (b): in the report of a session, "đại biểu này" / "vị đại biểu này" ("this
deputy") opening a sentence or a clause right after a person is named tells that the person is a deputy of
the session's assembly, as "đại biểu X" does. The words tell no one when two persons are named before them,
when they are plural ("các vị đại biểu này"), or outside a session's report.

The sentences are our own, written in the shape of corpus reports.
"""

from __future__ import annotations

from tests.fixtures_officials import facts

SESSION = "Tại kỳ họp thứ 8, Quốc hội thảo luận dự toán ngân sách. "


def test_this_deputy_right_after_one_named_speaker_gives_him_the_session_s_seat_and_only_so():
    got = facts(SESSION + "Ông Lò Văn Thiết lo lắng: \"Địa phương thu được 10 đồng thì chỉ xin 8 đồng\", ông Thiết "
                "nói. Đại biểu này cho rằng cần xem lại cách lập dự toán.")
    assert got == {("Lò Văn Thiết", "Đại biểu", "Quốc hội", "holds")}
    got = facts(SESSION + "Bà Lò Thị Mai lo lắng về nợ công. Tuy nhiên, vị đại biểu này vẫn tán thành dự thảo.")
    assert got == {("Lò Thị Mai", "Đại biểu", "Quốc hội", "holds")}
    # the words tell no one after two names, in the plural or outside a session
    got = facts(SESSION + "Ông Lò Văn Thiết hỏi Bộ trưởng Bộ Tài chính Hà Văn Mạnh về nợ công. Đại biểu này "
                "cho rằng cần xem lại.")
    assert got == {("Hà Văn Mạnh", "Bộ trưởng", "Bộ Tài chính", "holds")}
    assert facts(SESSION + "Ông Lò Văn Thiết lo lắng về nợ công. Lợi ích của các vị đại biểu này xung đột.") == set()
    assert facts("Ông Lò Văn Thiết lo lắng về nợ công. Đại biểu này cho rằng cần xem lại.") == set()
