"""Twenty-fourth round (events27), events: a session's planned end is no day it is held. Sentences we write, in the
shape of reports'; the exact facts out."""

from __future__ import annotations

from tests.fixtures_directives import event_facts as dated
from tests.fixtures_directives import run_events as run


def test_a_planned_end_of_a_session_does_not_date_it(doc):
    """"Dự kiến, kỳ họp thứ 7 sẽ kết thúc vào ngày 20/6": the day the session is to close, told as a plan, is no
    day it is held on; a closing day told done ("bế mạc ngày 20/6") still dates it."""
    ex = run(doc("Kỳ họp thứ 7, Quốc hội khóa 12 đã đi được nửa chặng đường. Dự kiến, kỳ họp thứ 7 sẽ kết thúc vào "
                 "ngày 20/6.").org("Quốc hội khóa 12"))
    assert dated(ex) == [("Kỳ họp", None, "Quốc hội khóa 12")]
    ex = run(doc("Kỳ họp thứ 7, Quốc hội khóa 12 đã đi được nửa chặng đường. Kỳ họp thứ 7 sẽ bế mạc vào chiều "
                 "20/6.").org("Quốc hội khóa 12"))
    assert dated(ex) == [("Kỳ họp", None, "Quốc hội khóa 12")]
    ex = run(doc("Kỳ họp thứ 7, Quốc hội khóa 12 bế mạc ngày 20/6.").org("Quốc hội khóa 12"))
    assert dated(ex) == [("Kỳ họp", "--06-20", "Quốc hội khóa 12")]


def test_a_body_giving_a_whole_day_to_a_debate_holds_it(doc):
    """"Ngày 8/11, Quốc hội dành cả ngày để thảo luận ở hội trường về …": the clause's body gives its day to the debate,
    its own sitting."""
    ex = run(doc("Ngày 8/11, Quốc hội dành cả ngày để thảo luận ở hội trường về dự án Luật Đất đai (sửa đổi).")
             .org("Quốc hội"))
    assert dated(ex) == [("Phiên thảo luận", "--11-08", "Quốc hội")]
