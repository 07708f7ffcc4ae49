"""A role written without its body after the body that elects ("ông X được Ủy ban Trung ương MTTQ Việt
Nam bầu làm chủ tịch thay cho ông Y"), thirty-seventh officials round: the role is the electing body's
own, for the person elected and for the one replaced (electing_assent_words.tsv for "nhất trí bầu"). A
"Ban Chấp hành" elects the head of the body it serves, whose name it does not write: not read. A step
told from the date of the sentence before ("Bốn tháng sau, ...", later_step_spans.tsv) is cited, not
the report's event: the replaced holder is former, not "left".

The sentences are our own.
"""

from __future__ import annotations

from tests.fixtures_pipeline import pipeline_posts  # (person, role, body as written or "", status)


def test_a_bare_chair_elected_by_a_central_committee_is_its_chair():
    got = pipeline_posts("Sáng 12/3, ông Lê Văn Ba được Ủy ban Trung ương MTTQ Việt Nam nhất trí bầu làm chủ tịch "
                         "thay cho ông Trần Văn Đức nghỉ hưu. Ông Hà Văn Tư được Ban Chấp hành Đảng bộ tỉnh bầu làm "
                         "Bí thư.", "Hội nghị Ủy ban Trung ương MTTQ Việt Nam")
    assert ("Lê Văn Ba", "chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam", "appointed") in got
    assert ("Trần Văn Đức", "chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam", "left") in got
    assert all(p[0] != "Hà Văn Tư" for p in got)  # the Ban Chấp hành's secretary is the Tỉnh ủy's


def test_a_step_told_months_after_a_dated_one_is_cited_background():
    got = pipeline_posts("Tháng 5/2013, ông Lê Văn Ba được bầu bổ sung vào Bộ Chính trị. Bốn tháng sau, ông được Ủy "
                         "ban Trung ương MTTQ Việt Nam nhất trí bầu làm chủ tịch thay cho ông Trần Văn Đức. Năm 2017, "
                         "ông Lê Văn Ba phát biểu tại hội nghị.", "Chân dung ông Lê Văn Ba")
    assert ("Trần Văn Đức", "chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam", "former") in got
    assert ("Lê Văn Ba", "chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam", "holds") in got
